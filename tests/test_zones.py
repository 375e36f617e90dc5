"""Zone rules come from the tzdata package (as in the browser), never from the host."""

from __future__ import annotations

import datetime as dt
import importlib.resources
import shutil
import zoneinfo
from collections.abc import Iterator
from pathlib import Path

import pytest

from checks import _zones, timeline
from checks.records import Coverage

# tzdata 2026.6 (IANA 2026f): Morocco stays on UTC+00:00 after 20 September
# 2026; older releases (Debian 12 ships 2025b) have it back on UTC+01:00.
CASABLANCA_OCTOBER = "2026-10-05T10:00"


@pytest.fixture
def host_zones(tmp_path: Path) -> Iterator[Path]:
    """A host zoneinfo directory that lies: its Europe/Madrid is Asia/Dubai."""
    (tmp_path / "Europe").mkdir()
    with importlib.resources.as_file(
        importlib.resources.files("tzdata.zoneinfo").joinpath("Asia", "Dubai")
    ) as path:
        shutil.copy(path, tmp_path / "Europe" / "Madrid")
    zoneinfo.reset_tzpath(to=[str(tmp_path)])
    zoneinfo.ZoneInfo.clear_cache()
    try:
        yield tmp_path
    finally:
        zoneinfo.reset_tzpath()
        zoneinfo.ZoneInfo.clear_cache()


def test_one_object_per_zone() -> None:
    first = _zones.zone("Europe/Madrid")
    assert first is not None
    assert first.key == "Europe/Madrid"
    assert _zones.zone("Europe/Madrid") is first


@pytest.mark.parametrize("key", ["Mars/Olympus", "Europe", "__pycache__", "leapseconds"])
def test_what_is_not_a_zone(key: str) -> None:
    assert _zones.zone(key) is None


def test_the_host_files_are_not_read(host_zones: Path, coverage: Coverage) -> None:
    assert zoneinfo.ZoneInfo("Europe/Madrid").utcoffset(dt.datetime(2026, 12, 4)) == dt.timedelta(
        hours=4
    )
    result = timeline.plan("2026-12-04T16:30", coverage, tz="Europe/Madrid")
    assert result.ok
    assert result.milestones[0].at == dt.datetime(2026, 12, 4, 15, 30, tzinfo=dt.UTC)
    assert result.milestones[0].local_text == "Friday 4 December 2026, 16:30 CET"


def test_the_rules_are_the_packages(coverage: Coverage) -> None:
    result = timeline.plan(CASABLANCA_OCTOBER, coverage, tz="Africa/Casablanca")
    assert result.ok
    assert result.milestones[0].at == dt.datetime(2026, 10, 5, 10, 0, tzinfo=dt.UTC)
