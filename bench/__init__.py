"""Benchmarks with budgets. Run them with ``./dev bench``; results go in docs/performance.md."""
