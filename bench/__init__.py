"""`make bench`: what a customer waits for, measured on the built site (see BENCHMARKS.md)."""
