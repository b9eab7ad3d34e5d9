"""Benchmarks of newsloupe's components against public reference data (run by hand, not in CI)."""
