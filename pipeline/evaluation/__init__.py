"""Evaluators: score pipeline stages against the held-out labelled sets in `data/eval/`.

Nothing in the pipeline proper imports this package; only the `triage eval`
commands, the tests and the benchmarks do.
"""
