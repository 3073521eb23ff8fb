"""`python -m bench`: run every benchmark, merge into bench/results.json, print a table."""

from __future__ import annotations


def main() -> None:
    from bench import analyze_bench, extract_bench, orchestration_bench, understand_bench
    from bench.results import run_and_merge

    run_and_merge(extract_bench.run, understand_bench.run, analyze_bench.run,
                  orchestration_bench.run)


if __name__ == "__main__":
    main()
