"""Benchmarks of Coordinator at scale: a synthetic database generator and the benchmark runner."""
