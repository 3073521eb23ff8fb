"""`triage`: the command line (Typer). A thin face over `pipeline.chain` and `flows`.

Standard output carries only results (JSON Lines with `--format json`);
progress and logs go to standard error. Exit codes: 0 every packet
processed, 1 at least one packet failed, 2 usage error, 3 environment
problem (the message names the command that fixes it).
"""

from __future__ import annotations

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
def batch(
    inbox: Annotated[Path, typer.Option(help="folder whose top-level entries are packets")],
    out: Annotated[Path, typer.Option(help="folder for the results")] = Path("out"),
    concurrency: Annotated[int, typer.Option(help="packets processed at once")] = 2,
) -> None:
    """Run the batch flow (Prefect) once over an inbox and print what it did."""
    if not inbox.is_dir():
        _stderr().print(f"[red]--inbox {inbox}: not a folder[/]")
        raise typer.Exit(2)
    from flows.batch import run_batch

    try:
        summary = run_batch(inbox, out, concurrency=concurrency)
    except EnvironmentProblem as exc:
        _fail_environment(exc)
    from rich.console import Console

    from pipeline.report.tables import batch_table

    console = Console()
    console.print(batch_table(summary.rows))
    console.print(f"Results: {summary.out_dir.resolve()}")
    console.print(f"Summary: {summary.summary_path.resolve()}")
    raise typer.Exit(EXIT_PACKET_FAILED if summary.failed else EXIT_OK)


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
            help="labelled set: data/eval/NAME/ (fields, or fields-holdout; never tune on the "
            "latter); its report goes to docs/evaluation-NAME.md",
        ),
    ] = "fields",
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
        target.write_text(markdown(report, command, set_name), encoding="utf-8")
        err.print(f"Report: {target}")


def main() -> None:
    """Console entry point."""
    app()
