"""The process-wide worker budget: how many Tesseract processes may run at once.

Tesseract runs as child processes driven from threads (process pools fail inside Dask
workers). Every Tesseract call in the process goes through `tesseract_slot()`, so the
number of concurrent Tesseract processes never exceeds `settings().workers`, however many
packets are extracted concurrently. Page jobs (render, preprocess, OCR) run on one shared
thread pool with one thread more than the budget, so the next page is being rendered while
the budget's Tesseract processes run.

The pool takes jobs in priority order, not arrival order: each extraction draws a ticket
when it starts and its pages go before those of extractions that started later. Two packets
extracted at once then finish one after the other instead of both at the end, so the first
one's analysis (Python, one core) runs while the second one's pages are still being read,
rather than both analyses running while Tesseract waits.
"""

from __future__ import annotations

import itertools
import queue
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from typing import Any, TypeVar

from pipeline.config import settings

T = TypeVar("T")

_lock = threading.Lock()
_size = 0
_semaphore: threading.BoundedSemaphore | None = None
_executor: PriorityExecutor | None = None
_tickets = itertools.count()

# PDFium is not thread-safe, not even across documents: every pypdfium2 call holds this lock.
PDFIUM_LOCK = threading.RLock()


class PriorityExecutor:
    """A thread pool whose queued jobs run lowest priority first (first come, first served
    among equals). Its `max_workers` daemon threads start with the first job."""

    def __init__(self, max_workers: int, name: str) -> None:
        self._jobs: queue.PriorityQueue[tuple[Any, ...]] = queue.PriorityQueue()
        self._order = itertools.count()
        self._max = max_workers
        self._name = name
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._closed = False

    def submit(self, priority: tuple[int, ...], fn: Callable[..., T], *args: Any) -> Future[T]:
        future: Future[T] = Future()
        with self._lock:
            if self._closed:
                raise RuntimeError("the page pool has been shut down")
            if not self._threads:
                for i in range(self._max):
                    thread = threading.Thread(
                        target=self._work, name=f"{self._name}_{i}", daemon=True
                    )
                    self._threads.append(thread)
                    thread.start()
            self._jobs.put((priority, next(self._order), future, fn, args))
        return future

    def _work(self) -> None:
        while True:
            _priority, _n, future, fn, args = self._jobs.get()
            if future is None:  # shutdown
                return
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(fn(*args))
                except BaseException as exc:
                    future.set_exception(exc)

    def shutdown(self) -> None:
        """Stop the threads once the jobs queued so far are done (without waiting)."""
        with self._lock:
            self._closed = True
            for _ in self._threads:
                self._jobs.put(((1 << 62,), next(self._order), None, None, ()))


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
        _executor = PriorityExecutor(want + 1, "extract")
        if old is not None:
            old.shutdown()


def budget() -> int:
    """The number of Tesseract processes allowed to run at once."""
    _ensure()
    return _size


def ticket() -> int:
    """A priority for one extraction's page jobs: lower tickets (earlier starts) run first."""
    return next(_tickets)


def executor() -> PriorityExecutor:
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
