"""`triage`: the command line (Typer). A thin face over `pipeline.chain` and `flows`.

Standard output carries only results (JSON Lines with `--format json`);
progress and logs go to standard error. Exit codes: 0 every packet
processed, 1 at least one packet failed, 2 usage error, 3 environment
problem (the message names the command that fixes it).
"""

from __future__ import annotations

import atexit
import gc
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from pipeline.errors import EXIT_OK, EXIT_PACKET_FAILED, EnvironmentProblem

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Preliminary-review triage of INTERPOL Red Notices and Wanted Person Diffusions. "
    "Flags are indications for a person to weigh, never findings.",
)


class Format(StrEnum):
    table = "table"
    json = "json"


# Commands that run no Prefect and leave no work behind once their output is written;
# `main` ends their process without tearing the interpreter down (see `_quick_exit`).
_QUICK_EXIT: set[str] = set()


def _stderr():  # type: ignore[no-untyped-def]
    from rich.console import Console

    return Console(stderr=True)


def _fail_environment(exc: EnvironmentProblem) -> None:
    _stderr().print(f"[bold red]environment problem:[/] {exc.message}")
    raise typer.Exit(exc.exit_code)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="packets: folders, .zip or single files")],
    fmt: Annotated[Format, typer.Option("--format", help="table or json (JSON Lines)")] = (
        Format.table
    ),
) -> None:
    """Ingest and extract packets: documents, pages, method per page, language, OCR confidence."""
    _QUICK_EXIT.add("extract")
    from pipeline.chain import extract_path, packet_status
    from pipeline.progress import PageProgress

    failed = False
    with PageProgress(_stderr(), total_packets=len(paths)) as progress:
        for raw in paths:
            progress.start_packet(str(raw))
            try:
                packet = extract_path(raw, source=str(raw), on_page=progress.page_done)
            except EnvironmentProblem as exc:
                progress.stop()
                _fail_environment(exc)
            failed |= packet_status(packet) == "failed"
            if fmt is Format.json:
                sys.stdout.write(packet.model_dump_json() + "\n")
                sys.stdout.flush()
            else:
                from rich.console import Console

                from pipeline.report.tables import fields_table, packet_table

                console = Console()
                console.print(packet_table(packet))
                said = fields_table(packet)
                if said is not None:
                    console.print(said)
            progress.packet_done()
    raise typer.Exit(EXIT_PACKET_FAILED if failed else EXIT_OK)


@app.command()
def analyze(
    paths: Annotated[list[Path], typer.Argument(help="packets: folders, .zip or single files")],
    fmt: Annotated[Format, typer.Option("--format", help="table or json (JSON Lines)")] = (
        Format.table
    ),
    model: Annotated[
        bool, typer.Option("--model/--no-model", help="use the offence-category model")
    ] = True,
) -> None:
    """Full analysis: one assessment per packet (level, flags with evidence and provenance)."""
    _QUICK_EXIT.add("analyze")
    from pipeline.chain import analyze_path
    from pipeline.progress import PageProgress

    failed = False
    with PageProgress(_stderr(), total_packets=len(paths)) as progress:
        for raw in paths:
            progress.start_packet(str(raw))
            try:
                _packet, assessment = analyze_path(
                    raw, source=str(raw), on_page=progress.page_done, use_model=model
                )
            except EnvironmentProblem as exc:
                progress.stop()
                _fail_environment(exc)
            failed |= assessment.status == "failed"
            if fmt is Format.json:
                sys.stdout.write(assessment.model_dump_json() + "\n")
                sys.stdout.flush()
            else:
                from rich.console import Console

                from pipeline.report.tables import assessment_table

                Console().print(assessment_table(assessment))
            progress.packet_done()
    raise typer.Exit(EXIT_PACKET_FAILED if failed else EXIT_OK)


class PaperSize(StrEnum):
    a4 = "A4"
    letter = "Letter"


@app.command()
def run(
    paths: Annotated[list[Path], typer.Argument(help="packets: folders, .zip or single files")],
    out: Annotated[Path, typer.Option(help="folder for worksheets and the batch report")] = (
        Path("out")
    ),
    paper: Annotated[PaperSize, typer.Option(help="worksheet PDF paper size")] = PaperSize.a4,
    redact: Annotated[
        bool, typer.Option(help="also write worksheet-redacted.html/.pdf for sharing")
    ] = False,
    concurrency: Annotated[int, typer.Option(help="packets processed at once")] = 2,
) -> None:
    """Whole pipeline in-process: per packet worksheet.html/.pdf and assessment.json, and the
    batch flag report (CSV, Parquet, HTML)."""
    from rich.console import Console

    from pipeline.progress import PageProgress
    from pipeline.report.batch_report import report_frame
    from pipeline.report.run import run_packets
    from pipeline.report.tables import batch_table

    with PageProgress(_stderr(), total_packets=len(paths)) as progress:
        started: list[Path] = []

        def on_packet(path: Path) -> None:
            if started:
                progress.packet_done()
            started.append(path)
            progress.start_packet(str(path))

        try:
            summary = run_packets(
                paths, out, on_packet=on_packet, on_page=progress.page_done,
                page_size=paper.value, redacted=redact, concurrency=concurrency,
            )
        except EnvironmentProblem as exc:
            progress.stop()
            _fail_environment(exc)
        if started:
            progress.packet_done()
    console = Console()
    console.print(batch_table(report_frame(summary.results).to_dict("records")))
    for r in summary.results:
        console.print(f"{r.source}: {r.result_dir}")
    for kind, path in summary.report.items():
        console.print(f"Batch report ({kind}): {path.resolve()}")
    raise typer.Exit(EXIT_PACKET_FAILED if summary.failed else EXIT_OK)


@app.command()
def batch(
    inbox: Annotated[Path, typer.Option(help="folder whose top-level entries are packets")],
    out: Annotated[Path, typer.Option(help="folder for the results")] = Path("out"),
    concurrency: Annotated[int, typer.Option(help="packets processed at once")] = 2,
    dask_address: Annotated[
        str | None, typer.Option(help="run the packets on this Dask scheduler (tcp://...)")
    ] = None,
    dask_workers: Annotated[
        int | None, typer.Option(help="run the packets on a local Dask cluster of N workers")
    ] = None,
) -> None:
    """Run the batch flow (Prefect) once over an inbox: packets already processed with the
    same code, lexicons and model are skipped; then the batch flag report."""
    if not inbox.is_dir():
        _stderr().print(f"[red]--inbox {inbox}: not a folder[/]")
        raise typer.Exit(2)
    from flows.batch import run_batch

    try:
        summary = run_batch(
            inbox, out, concurrency=concurrency, dask_address=dask_address,
            dask_workers=dask_workers,
        )
    except EnvironmentProblem as exc:
        _fail_environment(exc)
    from collections import Counter

    from rich.console import Console

    from pipeline.report.tables import batch_table

    console = Console()
    console.print(batch_table(summary.rows))
    counts = Counter(r.status for r in summary.results)
    console.print(
        f"processed {counts['done'] + counts['partial']}, skipped as already done "
        f"{counts['skipped']}, failed {counts['failed']}"
        + ("" if summary.started_prefect else " (nothing to process: Prefect not started)")
    )
    console.print(f"Results: {summary.out_dir.resolve()}")
    for kind, path in summary.report.items():
        console.print(f"Batch report ({kind}): {path.resolve()}")
    raise typer.Exit(EXIT_PACKET_FAILED if summary.failed else EXIT_OK)


@app.command()
def schedule(
    inbox: Annotated[Path, typer.Option(help="folder whose top-level entries are packets")],
    out: Annotated[Path, typer.Option(help="folder for the results")] = Path("out"),
    cron: Annotated[str, typer.Option(help='cron expression, e.g. "*/30 * * * *"')] = (
        "0 * * * *"
    ),
    name: Annotated[str, typer.Option(help="deployment name")] = "triage-inbox",
) -> None:
    """Serve the inbox batch flow on a schedule against a Prefect server (PREFECT_API_URL);
    see docs/operations.md. Runs until stopped (Ctrl-C)."""
    import os

    if not inbox.is_dir():
        _stderr().print(f"[red]--inbox {inbox}: not a folder[/]")
        raise typer.Exit(2)
    from pipeline.prefect_settings import configure_prefect

    configure_prefect()
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=cron)
    except ValueError as exc:
        _stderr().print(f"[red]--cron {cron!r}: not a valid cron expression[/]")
        raise typer.Exit(2) from exc
    if not os.environ.get("PREFECT_API_URL"):
        _stderr().print(
            "[bold red]environment problem:[/] no Prefect server: start one with "
            "`.venv/bin/prefect server start` and set "
            "PREFECT_API_URL=http://127.0.0.1:4200/api (docs/operations.md)"
        )
        raise typer.Exit(3)
    from prefect import serve

    from flows.packet import deployment

    _stderr().print(f"Serving {name}: {inbox} every {cron!r} into {out} (Ctrl-C to stop)")
    serve(deployment(inbox, out, cron, name))


@app.command()
def samples(
    out: Annotated[Path | None, typer.Option(help="where to write (default: data/samples)")] = None,
) -> None:
    """Regenerate the fictional sample packets deterministically."""
    from pipeline.config import repo_root
    from pipeline.samples.generate import generate

    target = out or repo_root() / "data" / "samples"
    truth = repo_root() / "tests" / "data" / "sample_truth.json" if out is None else None
    written = generate(target, truth)
    for path in written:
        typer.echo(str(path))


@app.command()
def train(
    model: Annotated[
        list[str] | None,
        typer.Option("--model", help="Model to build (default: every one): "
                     "offense-categories, misuse-context, packet-signs, charge-spans."),
    ] = None,
) -> None:
    """Build the text models into models/ (each with its model card): the sentence models from
    data/train/, the packet model from the development evaluation cases, the charge-wording
    tagger from the development field documents."""
    from pipeline.flags.modelfiles import MODELS, PACKET, SPECS
    from pipeline.flags.packet_training import train as train_packet
    from pipeline.flags.training import train as run_training
    from pipeline.understand.charge_spans import NAME as CHARGE_SPANS

    known = [*MODELS, CHARGE_SPANS]
    unknown = sorted(set(model or []) - set(known))
    if unknown:
        _stderr().print(f"[red]unknown model {', '.join(unknown)}; known: {', '.join(known)}[/]")
        raise typer.Exit(2)
    for name in model or known:
        if name == CHARGE_SPANS:
            from pipeline.understand.charge_spans_training import train as train_spans

            built = train_spans()
            oof = built.meta["cv"]["charges"]["all"]
            typer.echo(f"{name} {built.meta['version']}: {built.meta['documents']} development "
                       f"field documents; charges out of fold P {oof['precision']} "
                       f"R {oof['recall']} F1 {oof['f1']}")
            for path in (built.model_path, built.meta_path, built.card_path):
                typer.echo(str(path))
            continue
        try:
            result = train_packet() if name == PACKET else run_training(spec=SPECS[name])
        except ValueError as exc:
            _stderr().print(f"[red]{exc}[/]")
            raise typer.Exit(2) from exc
        meta = result.meta
        if name == PACKET:
            raised = sum(1 for bar in meta["thresholds"].values() if bar <= 1)
            typer.echo(f"{name} {meta['version']}: {meta['cases']} development cases in "
                       f"{meta['batches']} batches; {raised} of {len(meta['classes'])} codes "
                       f"have a bar (out of fold, grouped by batch)")
        else:
            cv = meta["cv"]
            typer.echo(
                f"{meta['name']} {meta['version']}: {meta['rows']} rows; "
                f"grouped {cv['folds']}-fold macro-F1 {cv['macro_f1']:.2f}; "
                f"{meta['negative']} rows flagged {cv['negative_flagged_rate']:.1%}"
            )
        for path in (result.model_path, result.meta_path, result.card_path):
            typer.echo(str(path))


eval_app = typer.Typer(
    no_args_is_help=True,
    help="Score pipeline stages against the held-out labelled sets in data/eval/.",
)
app.add_typer(eval_app, name="eval")


@eval_app.command("fields")
def eval_fields(
    out: Annotated[
        Path | None,
        typer.Option(help="Markdown report (default docs/evaluation-fields.md; none with --only)"),
    ] = None,
    only: Annotated[
        list[str] | None, typer.Option("--only", help="evaluate only this document id (repeatable)")
    ] = None,
    set_name: Annotated[
        str,
        typer.Option(
            "--set",
            help="labelled set: data/eval/NAME/ (fields, or the held-out fields-holdout6; never "
            "tune on the latter); its report goes to docs/evaluation-NAME.md",
        ),
    ] = "fields",
    show_misses: Annotated[
        bool,
        typer.Option(
            "--show-misses",
            help="print per-document misses for a held-out set too (only once it is retired)",
        ),
    ] = False,
) -> None:
    """Field extraction: render, extract and understand each labelled document, score P/R/F1."""
    from rich.console import Console

    from pipeline.config import repo_root
    from pipeline.evaluation.fields import DocResult, load_items, markdown, rich_tables, run_eval

    try:
        if not (repo_root() / "data" / "eval" / set_name).is_dir():
            raise ValueError(f"no evaluation set data/eval/{set_name}/")
        total = len(load_items(only=only, set_name=set_name))
    except ValueError as exc:
        _stderr().print(f"[red]{exc}[/]")
        raise typer.Exit(2) from exc
    err = _stderr()
    done = 0

    def on_item(result: DocResult) -> None:
        nonlocal done
        done += 1
        note = f" [red]{result.error}[/]" if result.error else ""
        err.print(f"[{done}/{total}] {result.item.id} ({result.item.render}) "
                  f"{result.seconds:.1f}s{note}")

    try:
        report = run_eval(only, set_name=set_name, on_item=on_item)
    except EnvironmentProblem as exc:
        _fail_environment(exc)
    console = Console()
    for table in rich_tables(report):
        console.print(table)
    target = out if out is not None else (None if only else repo_root() / "docs" /
                                          f"evaluation-{set_name}.md")
    if target is not None:
        command = "triage eval fields" + (f" --set {set_name}" if set_name != "fields" else "")
        command += "".join(f" --only {i}" for i in only or [])
        command += f" --out {out}" if out is not None else ""
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(
            markdown(report, command, set_name, show_misses=show_misses), encoding="utf-8"
        )
        err.print(f"Report: {target}")


class CaseSplit(StrEnum):
    dev = "dev"
    holdout = "holdout"
    all = "all"


@eval_app.command("cases")
def eval_cases(
    split: Annotated[
        CaseSplit, typer.Option(help="dev (rules are written against it), holdout, or all")
    ] = CaseSplit.all,
    only: Annotated[
        list[str] | None, typer.Option("--only", help="evaluate only this case id (repeatable)")
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(help="Markdown report (default docs/evaluation-cases.md with --split all)"),
    ] = None,
    model: Annotated[bool, typer.Option("--model/--no-model", help="score rules+model")] = True,
    show_misses: Annotated[
        bool,
        typer.Option(
            "--show-misses",
            help="print per-case results for the held-out split too (only once it is retired)",
        ),
    ] = False,
) -> None:
    """Flag engine: per-code P/R/F1, level confusion, goals, against a keyword baseline.
    Per-case results of the held-out split are withheld unless `--show-misses`."""
    from rich.console import Console

    from pipeline.config import repo_root
    from pipeline.evaluation.cases import (
        SPLITS,
        CaseResult,
        load_cases,
        markdown,
        rich_tables,
        run_eval,
    )

    splits = SPLITS if split is CaseSplit.all else (split.value,)
    err = _stderr()
    try:
        totals = {s: len(load_cases(s, only)) for s in splits}  # type: ignore[arg-type]
    except ValueError as exc:
        err.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from exc
    reports = []
    for s in splits:
        done = 0

        def on_case(result: CaseResult, s: str = s) -> None:
            nonlocal done
            done += 1
            if s == "holdout" and not show_misses:
                err.print(f"[{s} {done}/{totals[s]}]")
                return
            level = result.levels["rules+model"]
            mark = "" if level == result.case.expected_level else " [red]level differs[/]"
            err.print(f"[{s} {done}/{totals[s]}] {result.case.id}: {level}{mark}")

        try:
            reports.append(run_eval(s, only, on_case, with_model=model))  # type: ignore[arg-type]
        except EnvironmentProblem as exc:
            _fail_environment(exc)
    console = Console()
    for report in reports:
        for table in rich_tables(report):
            console.print(table)
    default = repo_root() / "docs" / "evaluation-cases.md"
    target = out if out is not None else (default if split is CaseSplit.all and not only else None)
    if target is not None:
        command = "triage eval cases" + (f" --split {split.value}" if split is not CaseSplit.all
                                         else "")
        command += " --show-misses" if show_misses else ""
        command += f" --out {out}" if out is not None else ""
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(markdown(reports, command, show_misses=show_misses), encoding="utf-8")
        err.print(f"Report: {target}")


@eval_app.command("charges")
def eval_charges(
    real_charges: Annotated[
        Path, typer.Option("--real-charges", help="CSV with a 'charge' column (read only)")
    ],
    show: Annotated[int, typer.Option(help="list at most this many flagged charges")] = 200,
) -> None:
    """How often a category flag is raised on real published charges (goal: 3% or less)."""
    from rich.console import Console
    from rich.table import Table

    from pipeline.evaluation.charges import read_charges, run_charges, summary_lines

    err = _stderr()
    try:
        total = len(read_charges(real_charges))
    except (OSError, ValueError) as exc:
        err.print(f"[red]{real_charges}: {exc}[/]")
        raise typer.Exit(2) from exc
    reports = []
    for use_model in (False, True):
        def tick(i: int, name: str = "rules+model" if use_model else "rules") -> None:
            if i % 250 == 0 or i == total:
                err.print(f"{name}: {i}/{total}")

        reports.append(run_charges(real_charges, use_model=use_model, on_item=tick))
    console = Console()
    final = reports[-1]
    table = Table(title="Charges with a category flag (rules+model): probable false alarms",
                  title_justify="left")
    for col in ("charge", "flags", "by"):
        table.add_column(col, overflow="fold")
    for r in final.raised[:show]:
        table.add_row(
            r.charge[:200], ", ".join(f.code for f in r.flags),
            ", ".join(f.provenance.id for f in r.flags),
        )
    console.print(table)
    for line in summary_lines(reports):
        console.print(line)


@eval_app.command("calibrate")
def eval_calibrate(
    write: Annotated[bool, typer.Option(help="store the bars in models/<name>.*")] = False,
    model: Annotated[
        list[str] | None,
        typer.Option(help="model to calibrate (repeatable; default: both)"),
    ] = None,
) -> None:
    """Set on the development cases the score from which each model raises a flag alone
    (see pipeline/evaluation/calibration.py); never reads the held-out cases."""
    from rich.console import Console
    from rich.table import Table

    from pipeline.evaluation.calibration import PRECISION, calibrate
    from pipeline.flags.model import load_model
    from pipeline.flags.modelfiles import SPECS

    names = model or list(SPECS)
    unknown = [n for n in names if n not in SPECS]
    if unknown:
        _stderr().print(f"[red]unknown model {', '.join(unknown)}: one of {', '.join(SPECS)}[/]")
        raise typer.Exit(2)
    missing = [n for n in names if load_model(n) is None]
    if missing:
        _stderr().print(f"[red]models/{missing[0]}.* missing: run `triage train` first[/]")
        raise typer.Exit(2)
    chosen = calibrate(write=write, specs=tuple(SPECS[n] for n in names))
    for name, choices in chosen.items():
        table = Table(
            title=f"{name}: alone from (no legitimate dev case, precision >= {PRECISION:.0%})",
            title_justify="left",
        )
        for col in ("code", "alone from", "flagged alone", "labelled",
                    "labelled, missed by rules"):
            table.add_column(col)
        for c in choices:
            table.add_row(c.code, "never" if c.threshold > 1 else f"{c.threshold:.3f}",
                          str(c.flagged), str(c.labelled), str(c.candidates))
        Console().print(table)
        if write:
            typer.echo(f"written: models/{name}.json and .md")


def _quick_exit(code: int) -> None:
    """End the process once every result is out, skipping the interpreter's teardown.

    Freeing spaCy's, SQLAlchemy's and the lexicons' objects module by module takes
    0.5 to 1 s, a third of a one-file `analyze` (the bench's `analyze_one_file_s`);
    mypy ends its runs the same way. Exit handlers still run (logging flushes, temporary
    folders go), the store has committed, and every worker thread has finished.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    atexit._run_exitfuncs()
    os._exit(code)


def main() -> None:
    """Console entry point."""
    # A command builds a few hundred thousand long-lived objects (spaCy's vocabulary, the
    # lexicons, the models, the records) and frees few of them: collecting the youngest
    # generation every 700 allocations, Python's default, spends about 8% of a one-file run
    # walking them again. Every 50,000 still collects what a long batch drops.
    gc.set_threshold(50_000, 20, 20)
    try:
        app()
    except SystemExit as exc:
        if _QUICK_EXIT and (exc.code is None or isinstance(exc.code, int)):
            _quick_exit(exc.code or 0)
        raise
