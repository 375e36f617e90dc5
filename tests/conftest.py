"""Shared fixtures: the real data file, loaded once."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

from checks.datafile import load_coverage
from checks.records import Coverage

# Hypothesis: `ci` for every run, `fuzz` for `make fuzz` (>= 100,000 examples per test).
settings.register_profile("ci", max_examples=150, deadline=None)
settings.register_profile("fuzz", max_examples=100_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def coverage() -> Coverage:
    return load_coverage()
