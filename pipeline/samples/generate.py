"""Write the sample packets to `data/samples/` and their page texts to a truth file.

Run `python -m pipeline.samples.generate` (or `triage samples`). Each packet
uses its own random stream derived from (seed, packet number), so building
one packet alone gives the same bytes as building all of them.

Truth keys are "<packet entry>/<document path in packet>#<page>": the path is
relative to the packet folder, a zip member, an e-mail attachment's file
name, or, for a single-file packet, the file's own name (so
"09-rn-bundle-mixed.pdf/09-rn-bundle-mixed.pdf#3"). A DOCX is one page (#1).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import yaml
from PIL import Image

from pipeline.samples import cases as c
from pipeline.samples.content import notice, warrant_en
from pipeline.samples.degrade import photo, scan
from pipeline.samples.office import docx_bytes, eml_bytes, fixed_zip
from pipeline.samples.render import (
    Doc,
    html_to_pdf,
    images_to_pdf,
    jpeg_bytes,
    merge_pdfs,
    page_text,
    rasterize,
    strip_unicode_maps,
)

SCAN_DPI = 200
PHOTO_DPI = 200


@dataclass
class Packet:
    """Files of one packet (path in packet -> bytes) and page texts per file."""

    files: dict[str, bytes] = field(default_factory=dict)
    truth: dict[str, list[str]] = field(default_factory=dict)

    def add_pdf(self, name: str, doc: Doc) -> bytes:
        data = html_to_pdf(doc)
        self.files[name] = data
        self.truth[name] = doc.page_texts()
        return data

    def add_manifest(self, **manifest: object) -> None:
        self.files["packet.yaml"] = yaml.safe_dump(
            manifest, sort_keys=False, allow_unicode=True
        ).encode()


def scanned_pdf(doc: Doc, rng: np.random.Generator, turns: dict[int, int] | None = None) -> bytes:
    """Image-only PDF of `doc`; `turns` maps 1-based page numbers to a 90/180/270° turn."""
    turns = turns or {}
    pages = rasterize(html_to_pdf(doc), SCAN_DPI)
    images = [scan(img, rng, dpi=SCAN_DPI, turn=turns.get(n, 0)) for n, img in enumerate(pages, 1)]
    return images_to_pdf(images, SCAN_DPI, quality=75)


def phone_photo_jpeg(doc: Doc, rng: np.random.Generator) -> bytes:
    """A JPEG phone photo of the first page, stored sideways with EXIF Orientation=6."""
    upright = photo(rasterize(html_to_pdf(doc), PHOTO_DPI)[0], rng)
    stored = upright.rotate(90, expand=True)  # the viewer turns it 90° clockwise back
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation
    exif[0x010F] = "SampleCam"  # Make
    exif[0x0110] = "Phone 12"  # Model
    exif[0x0132] = "2024:03:22 10:41:07"  # DateTime
    exif[0x011A] = exif[0x011B] = PHOTO_DPI  # X/YResolution
    exif[0x0128] = 2  # ResolutionUnit: inch
    return jpeg_bytes(stored, 60, exif=exif.tobytes())


# --- the packets -------------------------------------------------------------------------


def p01(rng: np.random.Generator) -> Packet:
    p = Packet()
    p.add_manifest(
        notice_type="red-notice",
        issuing_country="ZA",
        reference="A-4127/6-2024",
        languages=["en"],
        documents={"red-notice.pdf": "red-notice", "arrest-warrant.pdf": "arrest-warrant"},
    )
    p.add_pdf("red-notice.pdf", notice(c.ROBBERY))
    p.add_pdf("arrest-warrant.pdf", warrant_en(c.ROBBERY))
    return p


def p02(rng: np.random.Generator) -> Packet:
    p = Packet()
    p.add_manifest(
        notice_type="diffusion",
        issuing_country="GB",
        reference="DIFF/2024/0477",
        languages=["en"],
        documents={"diffusion.pdf": "diffusion", "police-report.pdf": "police-report"},
    )
    p.add_pdf("diffusion.pdf", notice(c.DRUGS, "diffusion"))
    report = c.police_report_drugs()
    p.files["police-report.pdf"] = scanned_pdf(report, rng, turns={2: 90})
    p.truth["police-report.pdf"] = report.page_texts()
    return p


def p03(rng: np.random.Generator) -> Packet:
    p = Packet()
    p.add_manifest(
        notice_type="red-notice",
        issuing_country="GH",
        reference="A-1873/3-2024",
        languages=["en"],
        documents={"red-notice.pdf": "red-notice", "warrant-photo.jpg": "arrest-warrant"},
    )
    p.add_pdf("red-notice.pdf", notice(c.HOMICIDE))
    warrant = warrant_en(c.HOMICIDE)
    p.files["warrant-photo.jpg"] = phone_photo_jpeg(warrant, rng)
    p.truth["warrant-photo.jpg"] = warrant.page_texts()
    return p


def p04(rng: np.random.Generator) -> Packet:
    p = Packet()
    p.add_manifest(
        notice_type="red-notice",
        issuing_country="TG",
        reference="A-2291/3-2024",
        languages=["fr", "en"],
        documents={
            "notice-rouge.pdf": "red-notice",
            "mandat-arret.pdf": "arrest-warrant",
            "lettre-avocat.pdf": "other",
        },
    )
    p.add_pdf("notice-rouge.pdf", notice(c.JOURNALIST))
    p.files["mandat-arret.pdf"] = strip_unicode_maps(p.add_pdf("mandat-arret.pdf", c.mandat_fr()))
    p.add_pdf("lettre-avocat.pdf", c.counsel_letter())
    return p


def p05(rng: np.random.Generator) -> Packet:
    p = Packet()
    p.add_manifest(
        notice_type="red-notice",
        issuing_country="PE",
        reference="A-3358/5-2024",
        languages=["es"],
        documents={"notificacion-roja.pdf": "red-notice", "escrito-acusacion.docx": "indictment"},
    )
    p.add_pdf("notificacion-roja.pdf", notice(c.CHEQUE))
    blocks = c.escrito_es()
    p.files["escrito-acusacion.docx"] = docx_bytes(
        blocks, "Escrito de acusación", "Fiscalía Provincial de Arequipa"
    )
    p.truth["escrito-acusacion.docx"] = [page_text(blocks)]
    return p


def p06(rng: np.random.Generator) -> Packet:
    p = Packet()
    p.add_manifest(
        notice_type="diffusion",
        issuing_country="EG",
        reference="DIFF/2023/1142",
        languages=["en", "ar"],
        documents={"diffusion.pdf": "diffusion", "judgment-ar.pdf": "judgment"},
    )
    p.add_pdf("diffusion.pdf", notice(c.ARSON_EN, "diffusion"))
    p.add_pdf("judgment-ar.pdf", c.judgment_ar())
    return p


def p07(rng: np.random.Generator) -> Packet:
    inner = Packet()
    diffusion = inner.add_pdf("diffusion.pdf", notice(c.OPPOSITION, "diffusion"))
    warrant = inner.add_pdf(
        "detention-decision.pdf",
        warrant_en(
            c.OPPOSITION,
            title="DECISION ON DETENTION (ARREST WARRANT)",
            command="IT IS DECIDED to search for, detain and deliver the said person to the "
            "Investigative Committee, the measure of restraint being taken into custody.",
        ),
    )
    p = Packet(truth=inner.truth)
    p.files["07-diffusion-email.eml"] = eml_bytes(
        c.EMAIL, [("diffusion.pdf", diffusion), ("detention-decision.pdf", warrant)]
    )
    return p


def p08(rng: np.random.Generator) -> Packet:
    inner = Packet()
    inner.add_manifest(
        notice_type="red-notice",
        issuing_country="US",
        reference="A-9034/11-2022",
        languages=["en"],
        documents={
            "red-notice.pdf": "red-notice",
            "arrest-warrant.pdf": "arrest-warrant",
            "indictment.docx": "indictment",
        },
    )
    inner.add_pdf("red-notice.pdf", notice(c.FRAUD))
    inner.add_pdf("arrest-warrant.pdf", warrant_en(c.FRAUD))
    blocks = c.indictment_en()
    inner.files["indictment.docx"] = docx_bytes(
        blocks, "Indictment 22-CR-20417", "U.S. Attorney's Office"
    )
    inner.truth["indictment.docx"] = [page_text(blocks)]
    p = Packet(truth=inner.truth)
    p.files["08-rn-fraud-zip.zip"] = fixed_zip(sorted(inner.files.items()))
    return p


def p09(rng: np.random.Generator) -> Packet:
    rn = notice(c.EMBEZZLE)
    warrant = warrant_en(c.EMBEZZLE, dob=c.WARRANT_DOB_09)
    name = "09-rn-bundle-mixed.pdf"
    p = Packet()
    p.files[name] = merge_pdfs(
        [html_to_pdf(rn), scanned_pdf(warrant, rng, turns={1: 180})],
        title="Red Notice A-0652/2-2021 with arrest warrant",
    )
    p.truth[name] = rn.page_texts() + warrant.page_texts()
    return p


# Entry name -> (builder, what it is; a folder unless the name has a suffix).
PACKETS: dict[str, tuple[Callable[[np.random.Generator], Packet], str]] = {
    "01-rn-robbery-text": (p01, "clean: EN red notice + warrant, text PDFs, manifest"),
    "02-diffusion-drugs-scan": (
        p02,
        "clean: EN diffusion + 3-page scanned police report, page 2 turned 90°",
    ),
    "03-rn-homicide-photo": (p03, "clean: EN red notice + phone photo of the warrant (EXIF 6)"),
    "04-rn-journaliste-fr": (
        p04,
        "FR journalist, false news / insulting the President after "
        "protests, refugee status in Canada; warrant without "
        "Unicode maps",
    ),
    "05-rn-cheque-es": (
        p05,
        "ES bounced cheque in a commercial dispute, max penalty 18 "
        "months; DOCX escrito de acusación",
    ),
    "06-diffusion-absentia-ar": (
        p06,
        "EN diffusion + AR judgment: protest arson, judgment in "
        "absentia, confession retracted as obtained under torture",
    ),
    "07-diffusion-email.eml": (
        p07,
        "e-mail with diffusion + detention decision: opposition "
        "figure, boilerplate facts, case opened after elections",
    ),
    "08-rn-fraud-zip.zip": (
        p08,
        "clean: zip with EN red notice, warrant, DOCX indictment; organised investment fraud",
    ),
    "09-rn-bundle-mixed.pdf": (
        p09,
        "one PDF: text notice (cancelled, validity passed) + "
        "scanned warrant turned 180°, date of birth differs",
    ),
}


def build(name: str, seed: int) -> Packet:
    index = list(PACKETS).index(name) + 1
    return PACKETS[name][0](np.random.default_rng([seed, index]))


def _write_packet(out_dir: Path, name: str, packet: Packet) -> Path:
    target = out_dir / name
    if target.is_dir():
        shutil.rmtree(target)
    if Path(name).suffix:
        target.write_bytes(packet.files[name])
        return target
    target.mkdir()
    for rel, data in packet.files.items():
        (target / rel).write_bytes(data)
    return target


def generate(
    out_dir: Path,
    truth_path: Path | None = None,
    seed: int = 20240601,
    *,
    only: Iterable[str] | None = None,
) -> list[Path]:
    """Write the sample packets (all, or the entries named in `only`) into `out_dir`."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    names = list(only) if only is not None else list(PACKETS)
    written: list[Path] = []
    truth: dict[str, str] = {}
    for name in names:
        packet = build(name, seed)
        written.append(_write_packet(out_dir, name, packet))
        for rel, pages in sorted(packet.truth.items()):
            for n, text in enumerate(pages, 1):
                truth[f"{name}/{rel}#{n}"] = text
    if truth_path is not None:
        truth_path = Path(truth_path)
        truth_path.parent.mkdir(parents=True, exist_ok=True)
        truth_path.write_text(
            json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    return written


def main() -> None:
    """Regenerate the committed samples: data/samples/ and tests/data/sample_truth.json."""
    root = Path(__file__).resolve().parents[2]
    for path in generate(root / "data" / "samples", root / "tests" / "data" / "sample_truth.json"):
        print(path.relative_to(root))


if __name__ == "__main__":
    main()
