"""The process-wide worker budget: how many Tesseract processes may run at once.

Tesseract runs as child processes driven from threads (process pools fail inside Dask
workers). Every Tesseract call in the process goes through `tesseract_slot()`, so the
number of concurrent Tesseract processes never exceeds `settings().workers`, however many
packets are extracted concurrently. Page jobs (render, preprocess, OCR) run on one shared
thread pool with one thread more than the budget, so the next page is being rendered while
the budget's Tesseract processes run.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

from pipeline.config import settings

T = TypeVar("T")

_lock = threading.Lock()
_size = 0
_semaphore: threading.BoundedSemaphore | None = None
_executor: ThreadPoolExecutor | None = None

# PDFium is not thread-safe, not even across documents: every pypdfium2 call holds this lock.
PDFIUM_LOCK = threading.RLock()


def _ensure() -> None:
    """(Re)build the budget when the configured worker count changed (tests change it)."""
    global _size, _semaphore, _executor
    want = settings().workers
    if want == _size and _semaphore is not None:
        return
    with _lock:
        if want == _size and _semaphore is not None:
            return
        old = _executor
        _size = want
        _semaphore = threading.BoundedSemaphore(want)
        _executor = ThreadPoolExecutor(max_workers=want + 1, thread_name_prefix="extract")
        if old is not None:
            old.shutdown(wait=False)


def budget() -> int:
    """The number of Tesseract processes allowed to run at once."""
    _ensure()
    return _size


def executor() -> ThreadPoolExecutor:
    """The shared thread pool that runs page jobs."""
    _ensure()
    assert _executor is not None
    return _executor


@contextmanager
def tesseract_slot() -> Iterator[None]:
    """Hold one unit of the budget while a Tesseract process runs."""
    _ensure()
    sem = _semaphore
    assert sem is not None
    with sem:
        yield


_DONE = object()


def read_ahead(items: Iterator[T], depth: int = 16) -> Iterator[T]:
    """Yield `items`, produced by a side thread up to `depth` ahead of the consumer.

    Reading text layers spends most of its time inside PDFium, which releases the GIL; with
    the reading done ahead, the caller's Python work on one page (language detection,
    garbage checks) overlaps PDFium's work on the next. The producer's exception is raised
    in the consumer; a consumer that stops early stops the producer."""
    buffer: queue.Queue[Any] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(item: Any) -> bool:
        while not stop.is_set():
            try:
                buffer.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not put(item):
                    return
            put(_DONE)
        except BaseException as exc:  # handed to the consumer, raised there
            put(exc)

    thread = threading.Thread(target=produce, name="read-ahead", daemon=True)
    thread.start()
    try:
        while True:
            item = buffer.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        thread.join()
