"""Benchmarks: `make bench` runs them and merges the figures into bench/results.json."""
