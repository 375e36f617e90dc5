"""Timeline requests for the parity test: receipt times across zones and
daylight-saving weeks, the edges of business hours seen from each zone,
offsets in the string, clock-change gaps and repeats, and unusable input.

2026: the US changes its clocks on 8 March and 1 November, the EU (and the UK)
on 29 March and 25 October. Morocco (Africa/Casablanca) and British Columbia
(America/Vancouver) changed their rules in releases after the one many hosts
still ship, so their answers in late 2026 depend on which database is read:
both runtimes must read the tzdata package (checks/_zones.py)."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from checks import _zones

CUSTOMER_ZONES = (
    "America/Sao_Paulo",
    "Africa/Johannesburg",
    "Asia/Dubai",
    "Europe/Madrid",
    "Europe/London",
    "Africa/Casablanca",
)
# Mondays of the weeks around the clock changes, and ordinary weeks.
WEEKS = (
    dt.date(2026, 3, 2),  # before any change
    dt.date(2026, 3, 9),  # the US has changed, Europe has not: 4 h to Madrid, not 6
    dt.date(2026, 3, 23),  # Europe changes on Sunday 29 March
    dt.date(2026, 10, 19),  # Europe changes on Sunday 25 October
    dt.date(2026, 10, 26),  # Europe has changed, the US changes on Sunday 1 November
    dt.date(2026, 12, 7),  # an ordinary winter week
)
# Eastern wall times at the edges of business hours (08:00 included, 17:00 not).
EDGES = (dt.time(7, 59), dt.time(8, 0), dt.time(12, 0), dt.time(16, 59), dt.time(17, 0))
OPTIONS = (
    {"sms": "none"},
    {"sms": "port", "forwarding": True},
    {"sms": "keep"},
    {"sms": "keep", "forwarding": True},
)


def _zone(key: str) -> dt.tzinfo:
    found = _zones.zone(key)
    assert found is not None, key
    return found


def _request(received: str, tz: str | None, **options: Any) -> dict[str, Any]:
    request: dict[str, Any] = {"check": "timeline", "received": received}
    if tz is not None:
        request["tz"] = tz
    request.update(options)
    return request


def edge_requests() -> list[dict[str, Any]]:
    """Each business-hours edge of each day of the weeks, as each customer's wall time."""
    eastern = _zone("America/New_York")
    out = []
    options = itertools.cycle(OPTIONS)
    for monday in WEEKS:
        for day in range(7):
            date = monday + dt.timedelta(days=day)
            for edge in EDGES:
                instant = dt.datetime.combine(date, edge, tzinfo=eastern)
                for key in CUSTOMER_ZONES:
                    local = instant.astimezone(_zone(key))
                    out.append(_request(f"{local:%Y-%m-%dT%H:%M}", key, **next(options)))
    return out


def local_requests() -> list[dict[str, Any]]:
    """Customers' own wall times: Friday evening, the weekend, clock changes."""
    wall = [
        "2026-12-04T16:30",  # the example, Madrid: 10:30 ET, Friday
        "2026-12-04T18:00",  # Friday evening
        "2026-12-04T23:59",
        "2026-12-05T10:00",  # Saturday
        "2026-12-06T23:30",  # Sunday night
        "2026-12-07T00:00",
        "2026-12-07T13:59",  # Madrid 07:59 ET: before opening
        "2026-12-07T14:00",
        "2026-03-27T21:30",  # the Friday before Europe's change
        "2026-03-29T02:30",  # does not exist in Madrid
        "2026-03-29T01:30",  # does not exist in London
        "2026-10-25T02:30",  # happens twice in Madrid
        "2026-10-25T01:30",  # happens twice in London
        "2026-10-30T22:15",  # Friday, between the EU and the US changes
        "2026-11-01T01:30",  # happens twice in New York
        "2026-03-08T02:30",  # does not exist in New York
        "2026-03-06T17:00",  # the Friday before the US change
        "2026-12-31T23:59",
        "2028-02-29T09:00",  # leap day
        "2026-12-04T16:30:45",  # seconds
        "2026-12-04 16:30",  # a space instead of T
    ]
    zones = (*CUSTOMER_ZONES, "America/New_York", "UTC", "Asia/Kathmandu", "Australia/Lord_Howe")
    return [_request(w, z, sms="none") for w in wall for z in zones]


def offset_requests() -> list[dict[str, Any]]:
    """With an offset in the string, the offset wins over the zone."""
    out = []
    for received in (
        "2026-12-04T16:30+01:00",
        "2026-12-04T16:30+0100",
        "2026-12-04T16:30+01",
        "2026-12-04T15:30Z",
        "2026-12-04T15:30z",
        "2026-12-04T12:30-03:00",
        "2026-12-04T19:30+04:00",
        "2026-10-25T02:30+02:00",  # the first 02:30 in Madrid
        "2026-10-25T02:30+01:00",  # the second
        "2026-11-01T01:30-04:00",  # the first 01:30 in New York
        "2026-11-01T01:30-05:00",
        "2026-12-04T16:30+05:45",
        "2026-12-04T16:30-00:00",
    ):
        out += [
            _request(received, None),
            _request(received, "Asia/Dubai", sms="keep"),
            _request(received, "Europe/Madrid", display_tz="America/Sao_Paulo"),
        ]
    return out


def database_requests() -> list[dict[str, Any]]:
    """Answers that differ between IANA releases (see the module docstring)."""
    return [
        _request("2026-10-05T10:00", "Africa/Casablanca"),
        _request("2026-12-04T09:00", "Africa/Casablanca", sms="port"),
        _request("2026-11-16T06:00", "America/Vancouver"),
        _request("2026-12-04T16:30", "Europe/Madrid", display_tz="Africa/Casablanca"),
    ]


def bad_requests() -> list[dict[str, Any]]:
    """Unusable input: a plan with problems, never an exception."""
    out = [
        _request("", "Europe/Madrid"),
        _request("   ", "Europe/Madrid"),
        _request("2026-02-30T10:00", "Europe/Madrid"),
        _request("2026-13-01T10:00", "Europe/Madrid"),
        _request("2026-12-04T24:00", "Europe/Madrid"),
        _request("2026-12-04T16:60", "Europe/Madrid"),
        _request("2026-12-04T16:30+24:00", "Europe/Madrid"),
        _request("2026-12-04T16:30+01:60", None),
        _request("1969-12-31T23:59", "UTC"),
        _request("2200-01-01T00:00", "UTC"),
        _request("04/12/2026 16:30", "Europe/Madrid"),
        _request("tomorrow", "Europe/Madrid"),
        _request("2026-12-04T16:30", None),
        _request("2026-12-04T16:30", ""),
        _request("2026-12-04T16:30", "Mars/Olympus"),
        _request("2026-12-04T16:30", "Europe"),
        _request("2026-12-04T16:30", "../../etc/passwd"),
        _request("2026-12-04T16:30", "/usr/share/zoneinfo/UTC"),
        _request("2026-12-04T16:30", "europe/madrid"),
        _request("2026-12-04T16:30", "leapseconds"),
        _request("2026-12-04T16:30", "A" * 65),
        _request("2026-12-04T16:30", "Europe/Madrid", display_tz="Nowhere/Land"),
        _request("2026-12-04T16:30", "Europe/Madrid", sms="maybe"),
        _request("2026-12-04T16:30", "Europe/Madrid", sms="PORT"),
        _request("2026-02-30T10:00", "Mars/Olympus", display_tz="x y", sms="?"),
        _request("<script>alert(1)</script>", "<img src=x onerror=alert(1)>"),
        _request("2026-12-04T16:30\u202e", "Europe/Madrid\u0000"),
        _request("9" * 5000, "Europe/Madrid"),
        # Wrong types count as missing.
        {"check": "timeline", "received": 20261204, "tz": "Europe/Madrid"},
        {"check": "timeline", "received": "2026-12-04T16:30", "tz": ["Europe/Madrid"]},
        {"check": "timeline", "received": "2026-12-04T16:30", "tz": "UTC", "forwarding": "yes"},
        {"check": "timeline", "received": "2026-12-04T16:30", "tz": "UTC", "sms": None},
        {"check": "timeline", "received": "2026-12-04T16:30", "tz": "UTC", "sms": 3},
        {"check": "timeline"},
    ]
    return out


def timeline_requests() -> list[dict[str, Any]]:
    return [
        *edge_requests(),
        *local_requests(),
        *offset_requests(),
        *database_requests(),
        *bad_requests(),
    ]
