"""A batch flag report: one row per packet, as CSV, Parquet and a self-contained HTML page.

The HTML page has no external links, fonts, scripts or styles: the charts are inline SVG drawn
here, the row filter is a few lines of plain JavaScript. Flags are indications for a person to
weigh, never findings; a level sorts the reviewer's work, it decides nothing.
"""

from __future__ import annotations

import io
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from html import escape
from pathlib import Path
from typing import Any

import pandas as pd
from jinja2 import Environment
from markupsafe import Markup

from pipeline.fileio import write_atomic
from pipeline.records import NOTICE_TYPES, Assessment, Packet

CAVEAT = (
    "Flags are indications for a person to weigh, never findings. "
    "A Red Notice or Wanted Person Diffusion is not an arrest warrant."
)
FAMILIES = ("prohibited-offense", "article-3", "misuse", "compliance", "validity", "consistency")
SEVERITIES = ("high", "medium", "low")
# Level groups in report order; `failed` holds packets that could not be analysed at all.
GROUPS = ("likely-non-compliant", "review-needed", "no-concerns-found", "failed", "not-assessed")
COLOURS = {
    "likely-non-compliant": "#b03a2e",
    "review-needed": "#d68910",
    "no-concerns-found": "#2e86c1",
    "failed": "#7f8c8d",
    "not-assessed": "#bdc3c7",
}
FAMILY_COLOURS = dict(
    zip(FAMILIES, ("#922b21", "#6c3483", "#b9770e", "#1f618d", "#117a65", "#566573"), strict=True)
)
COLUMNS = [
    "source", "packet_id", "status", "error", "reference", "issuing_country", "notice_type",
    "level",
    *(f"flags_{f.replace('-', '_')}" for f in FAMILIES),
    *(f"flags_{s}" for s in SEVERITIES),
    "top_flags", "documents", "pages", "ocr_pages", "mean_ocr_confidence", "seconds",
    "received", "result_dir",
]


@dataclass
class PacketResult:
    """What a batch run knows about one packet."""

    source: str
    packet: Packet | None  # None when the packet could not be ingested at all, or compacted
    assessment: Assessment | None
    status: str  # done | partial | failed | skipped
    error: str = ""
    seconds: float = 0.0
    result_dir: str = ""
    row: dict[str, Any] | None = None  # the report row, kept when the packet is dropped

    def compact(self) -> PacketResult:
        """This result reduced to its report row (computed first), without the packet record
        or the assessment: what a batch keeps per packet, so a thousand packets' fields and
        flags do not pile up in memory (Prefect also keeps every task's returned value until
        its flow ends). The full records are in the result folder and the store."""
        return replace(self, packet=None, assessment=None, row=_row(self))

    @property
    def level(self) -> str:
        """The triage level ("" when the packet could not be assessed)."""
        if self.assessment is not None:
            return self.assessment.level
        return str((self.row or {}).get("level", ""))


def notice_values(packet: Packet) -> tuple[str, str, str]:
    """Reference, issuing country and notice type: the manifest's, else the documents'
    (the country as the flag engine reads it: `pipeline.flags.compliance.issuing_country`)."""
    from pipeline.flags.compliance import issuing_country

    m = packet.manifest
    ref, kind = (m.reference, m.notice_type) if m else (None, None)
    for doc in packet.documents:
        if not ref and doc.fields.notice.references:
            ref = doc.fields.notice.references[0].value
        if not kind and doc.doc_type in NOTICE_TYPES:
            kind = doc.doc_type
    return ref or "", issuing_country(packet)[0] or "", kind or ""


def _row(r: PacketResult) -> dict[str, Any]:
    if r.row is not None:
        return r.row
    p, a = r.packet, r.assessment
    flags = a.flags if a else []
    families = Counter(f.family for f in flags)
    severities = Counter(f.severity for f in flags)
    top: list[str] = []
    for f in sorted(flags, key=lambda f: SEVERITIES.index(f.severity)):
        if f.code not in top:
            top.append(f.code)
    pages = [pg for d in p.documents for pg in d.pages] if p else []
    ocr = [pg for pg in pages if pg.method == "ocr"]
    confs = [pg.ocr_confidence for pg in ocr if pg.ocr_confidence is not None]
    errors = [*(p.all_errors() if p else []), *(a.errors if a and not p else [])]
    error = r.error or (f"{errors[0].file}: {errors[0].message}" if errors else "")
    ref, country, kind = notice_values(p) if p else ("", "", "")
    return {
        "source": r.source,
        "packet_id": (p.id if p else "") or (a.packet_id if a else ""),
        "status": r.status,
        "error": error,
        "reference": ref,
        "issuing_country": country,
        "notice_type": kind,
        "level": a.level if a else "",
        **{f"flags_{f.replace('-', '_')}": families[f] for f in FAMILIES},
        **{f"flags_{s}": severities[s] for s in SEVERITIES},
        "top_flags": ";".join(top[:3]),
        "documents": len(p.documents) if p else 0,
        "pages": len(pages),
        "ocr_pages": len(ocr),
        "mean_ocr_confidence": round(sum(confs) / len(confs), 1) if confs else None,
        "seconds": float(r.seconds or (p.seconds if p else 0.0)),
        "received": p.received_at.date().isoformat() if p else "",
        "result_dir": r.result_dir,
    }


def _group(row: pd.Series | dict[str, Any]) -> str:
    """The level group a row sorts and charts under."""
    if row["status"] == "failed":
        return "failed"
    return row["level"] or "not-assessed"


def report_frame(results: list[PacketResult]) -> pd.DataFrame:
    """One row per packet (failed ones included), in `COLUMNS` order, as given."""
    frame = pd.DataFrame([_row(r) for r in results], columns=COLUMNS)
    return frame.astype({"mean_ocr_confidence": "float64", "seconds": "float64"})


# --- inline SVG ---------------------------------------------------------------------------


def stacked_bars_svg(
    title: str, data: dict[str, Counter[str]], series: tuple[str, ...], colours: dict[str, str]
) -> str:
    """Horizontal stacked bars, one per label of `data`, with a legend; plain SVG text."""
    bar_h, gap, label_w, plot_w, top = 18, 6, 120, 360, 46
    total = max((sum(c.values()) for c in data.values()), default=0) or 1
    height = top + len(data) * (bar_h + gap) + 10
    width = label_w + plot_w + 50
    out = [
        f'<svg width="{width}" height="{height}" '
        f'role="img" aria-label="{escape(title)}" font-family="sans-serif" font-size="11">',
        f'<text x="0" y="14" font-size="13" font-weight="bold">{escape(title)}</text>',
    ]
    x = 0
    for name in series:  # legend
        out.append(f'<rect x="{x}" y="22" width="10" height="10" fill="{colours[name]}"/>')
        out.append(f'<text x="{x + 13}" y="31">{escape(name)}</text>')
        x += 18 + 6 * len(name)
    if not data:
        out.append(f'<text x="0" y="{top + 12}">no data</text>')
    for i, (label, counts) in enumerate(data.items()):
        y = top + i * (bar_h + gap)
        out.append(
            f'<text x="{label_w - 6}" y="{y + 13}" text-anchor="end">{escape(label)}</text>'
        )
        x0 = float(label_w)
        for name in series:
            n = counts.get(name, 0)
            if not n:
                continue
            w = n / total * plot_w
            out.append(
                f'<rect x="{x0:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" '
                f'fill="{colours[name]}"><title>{escape(f"{label}: {n} {name}")}</title></rect>'
            )
            x0 += w
        out.append(f'<text x="{x0 + 4:.1f}" y="{y + 13}">{sum(counts.values())}</text>')
    out.append("</svg>")
    return "".join(out)


def _charts(frame: pd.DataFrame) -> list[str]:
    """Levels by issuing country, flag families by issuing country, levels by received month."""
    by_country: dict[str, Counter[str]] = defaultdict(Counter)
    families: dict[str, Counter[str]] = defaultdict(Counter)
    by_month: dict[str, Counter[str]] = defaultdict(Counter)
    for _, row in frame.iterrows():
        country = row["issuing_country"] or "(unknown)"
        by_country[country][_group(row)] += 1
        for f in FAMILIES:
            families[country][f] += int(row[f"flags_{f.replace('-', '_')}"])
        by_month[row["received"][:7] or "(unknown)"][_group(row)] += 1
    order = sorted(by_country, key=lambda c: (-sum(by_country[c].values()), c))
    flagged = {c: families[c] for c in order if sum(families[c].values())}
    return [
        stacked_bars_svg(
            "Levels by issuing country", {c: by_country[c] for c in order}, GROUPS, COLOURS
        ),
        stacked_bars_svg("Flag families by issuing country", flagged, FAMILIES, FAMILY_COLOURS),
        stacked_bars_svg(
            "Levels by received month", dict(sorted(by_month.items())), GROUPS, COLOURS
        ),
    ]


# --- HTML ---------------------------------------------------------------------------------

_TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Batch flag report</title>
<style>
body{font:13px sans-serif;margin:1.5em;color:#222}
.caveat{border:2px solid #b03a2e;padding:.6em;font-weight:bold;background:#fdf2f0}
.charts svg{margin:0 2em 1em 0;vertical-align:top}
table{border-collapse:collapse;font-size:12px}th,td{border:1px solid #ccc;padding:2px 5px}
th{background:#eee;position:sticky;top:0}.lvl{color:#fff;font-weight:bold;white-space:nowrap}
.wrap{overflow-x:auto}label{margin-right:1em}
</style></head><body>
<p class="caveat">{{ caveat }}</p>
<h1>Batch flag report</h1>
<p>{{ total }} packets: {{ counts }}.
Failed packets could not be analysed; a person must look at them.</p>
<div class="charts">{% for svg in charts %}{{ svg }}{% endfor %}</div>
<p>{% for name, values in filters %}<label>{{ name }}
<select data-filter="{{ name }}"><option value="">all</option>
{% for v in values %}<option>{{ v }}</option>{% endfor %}</select></label>{% endfor %}
<span id="shown"></span></p>
<div class="wrap"><table id="packets"><thead><tr>
{% for c in columns %}<th>{{ c }}</th>{% endfor %}</tr></thead><tbody>
{% for row in rows %}<tr data-level="{{ row.group }}" data-country="{{ row.country }}"
 data-status="{{ row.status }}">{% for c in columns %}{% if c == "level" %}
<td class="lvl" style="background:{{ row.colour }}">{{ row.group }}</td>{% else %}
<td>{{ row.cells[c] }}</td>{% endif %}{% endfor %}</tr>
{% endfor %}</tbody></table></div>
<script>
(function () {
  var selects = document.querySelectorAll("select[data-filter]");
  function apply() {
    var shown = 0;
    document.querySelectorAll("#packets tbody tr").forEach(function (tr) {
      var ok = true;
      selects.forEach(function (s) {
        if (s.value && tr.getAttribute("data-" + s.dataset.filter) !== s.value) ok = false;
      });
      tr.style.display = ok ? "" : "none";
      if (ok) shown++;
    });
    document.getElementById("shown").textContent = shown + " shown";
  }
  selects.forEach(function (s) { s.addEventListener("change", apply); });
  apply();
})();
</script>
</body></html>
"""


def render_html(frame: pd.DataFrame) -> str:
    """The self-contained HTML report: caveat, inline SVG charts, sortable-by-level table."""
    groups = [_group(row) for _, row in frame.iterrows()]
    order = sorted(range(len(frame)), key=lambda i: (GROUPS.index(groups[i]), i))
    rows = []
    for i in order:
        rec = frame.iloc[i]
        cells = {c: "" if pd.isna(rec[c]) else rec[c] for c in COLUMNS}
        cells["packet_id"] = cells["packet_id"][:12]
        rows.append({
            "group": groups[i], "colour": COLOURS[groups[i]], "status": rec["status"],
            "country": rec["issuing_country"] or "(unknown)", "cells": cells,
        })
    present = Counter(groups)
    filters = [
        ("level", [g for g in GROUPS if g in present]),
        ("country", sorted({r["country"] for r in rows})),
        ("status", sorted({r["status"] for r in rows})),
    ]
    env = Environment(autoescape=True, keep_trailing_newline=True)
    return env.from_string(_TEMPLATE).render(
        caveat=CAVEAT,
        total=len(frame),
        counts=", ".join(f"{present[g]} {g}" for g in GROUPS if g in present),
        charts=[Markup(svg) for svg in _charts(frame)],  # built from escaped text above
        filters=filters, columns=COLUMNS, rows=rows,
    )


def write_batch_report(results: list[PacketResult], out_dir: Path) -> dict[str, Path]:
    """Write `batch_report.csv`, `.parquet` and `.html` into `out_dir`, each atomically."""
    frame = report_frame(results)
    paths = {k: out_dir / f"batch_report.{k}" for k in ("csv", "parquet", "html")}
    write_atomic(paths["csv"], frame.to_csv(index=False))
    buf = io.BytesIO()
    frame.to_parquet(buf, engine="pyarrow", index=False)
    write_atomic(paths["parquet"], buf.getvalue())
    write_atomic(paths["html"], render_html(frame))
    return paths
