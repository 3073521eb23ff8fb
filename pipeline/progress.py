"""A progress display on standard error: packets done and pages extracted."""

from __future__ import annotations

import threading
from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn


class PageProgress:
    """Counts packets and pages; safe to call `page_done` from worker threads."""

    def __init__(self, console: Console, total_packets: int) -> None:
        self.console = console
        self._lock = threading.Lock()
        self._pages = 0
        self._progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[pages]} pages"),
            TimeElapsedColumn(),
            console=console,
            transient=True,
            disable=not console.is_terminal,
        )
        self._task = self._progress.add_task("packets", total=total_packets, pages=0)

    def __enter__(self) -> PageProgress:
        self._progress.start()
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def stop(self) -> None:
        self._progress.stop()

    def start_packet(self, name: str) -> None:
        self._progress.update(self._task, description=name[-40:])

    def page_done(self) -> None:
        with self._lock:
            self._pages += 1
            self._progress.update(self._task, pages=self._pages)

    def packet_done(self) -> None:
        self._progress.advance(self._task)
