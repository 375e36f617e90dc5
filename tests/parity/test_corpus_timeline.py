"""The timeline parity corpus reaches every problem, milestone and basis, and
pins the answers that depend on the time zone database (checked in CPython;
test_parity.py runs the same requests in Pyodide and compares)."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from checks import bridge
from checks.datafile import load_coverage
from checks.timeline import Basis, MilestoneId, ProblemCode
from tests.parity.corpus import all_requests
from tests.parity.corpus_timeline import database_requests, timeline_requests
from tests.support.paths import ROOT


@cache
def responses() -> tuple[dict[str, Any], ...]:
    bridge.init(json.dumps(load_coverage(ROOT / "data" / "coverage.yaml").to_dict()))
    return tuple(json.loads(bridge.handle(json.dumps(r))) for r in timeline_requests())


def test_the_corpus_is_part_of_the_parity_run() -> None:
    requests = {json.dumps(r, sort_keys=True) for r in all_requests()}
    assert all(json.dumps(r, sort_keys=True) in requests for r in timeline_requests())


def test_every_problem_milestone_and_basis() -> None:
    reports = [r["report"] for r in responses()]
    assert all(r["ok"] for r in responses())
    assert {p["code"] for r in reports for p in r["problems"]} == set(ProblemCode)
    milestones = [m for r in reports for m in r["milestones"]]
    assert {m["milestone"] for m in milestones} == set(MilestoneId)
    # No closures in data/coverage.yaml, so no closed day.
    assert {m["basis"] for m in milestones} == set(Basis) - {Basis.CLOSED_DAY}
    # Every plan that was made has its calendar; every refused one has none.
    assert all(bool(r["ics"]) == bool(r["milestones"]) for r in reports)
    assert all(bool(r["milestones"]) != bool(r["problems"]) for r in reports)


def test_every_report_names_the_tzdata_release() -> None:
    import tzdata

    assert {r["report"]["tzdata"] for r in responses()} == {tzdata.IANA_VERSION}


# tzdata 2026.6 (IANA 2026f). Hosts with an older database (Debian 12: 2025b)
# put Casablanca on UTC+01:00 and Vancouver on UTC-08:00 at these times, which
# would move the receipt by an hour, and change how the pick-up is found.
DATABASE_ANSWERS = {
    ("2026-10-05T10:00", "Africa/Casablanca"): ("2026-10-05T10:00:00+00:00", "before-opening"),
    ("2026-12-04T09:00", "Africa/Casablanca"): ("2026-12-04T09:00:00+00:00", "before-opening"),
    ("2026-11-16T06:00", "America/Vancouver"): ("2026-11-16T13:00:00+00:00", "during-hours"),
}


@pytest.mark.parametrize(("received", "zone"), DATABASE_ANSWERS)
def test_answers_come_from_the_package_not_the_host(received: str, zone: str) -> None:
    request = next(
        r for r in database_requests() if (r["received"], r.get("tz")) == (received, zone)
    )
    index = timeline_requests().index(request)
    milestones = responses()[index]["report"]["milestones"]
    at, basis = DATABASE_ANSWERS[received, zone]
    assert milestones[0]["at"] == at
    assert milestones[1]["basis"] == basis


def test_this_host_would_disagree_without_the_package() -> None:
    """Why it matters here: the system files give other instants (if it has them)."""
    host = Path(zoneinfo.TZPATH[0]) if zoneinfo.TZPATH else None
    if host is None or not (host / "Africa" / "Casablanca").is_file():
        pytest.skip("no system time zone files on this host: nothing to disagree with")
    with (host / "Africa" / "Casablanca").open("rb") as data:
        system = zoneinfo.ZoneInfo.from_file(data, key="Africa/Casablanca")
    ours = dt.datetime.fromisoformat(DATABASE_ANSWERS["2026-10-05T10:00", "Africa/Casablanca"][0])
    theirs = dt.datetime(2026, 10, 5, 10, 0, tzinfo=system)
    if theirs.utcoffset() == ours.utcoffset():
        pytest.skip("this host's database already has the 2026 Moroccan rule")
    assert theirs != ours
