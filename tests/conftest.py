"""Shared fixtures: the real data file, loaded once."""

from __future__ import annotations

import pytest

from checks.datafile import load_coverage
from checks.records import Coverage


@pytest.fixture(scope="session")
def coverage() -> Coverage:
    return load_coverage()
