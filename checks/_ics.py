"""A small RFC 5545 (iCalendar) writer: the few pieces the timeline's "Add to
calendar" needs, with no clock and no randomness, so the same input gives the
same bytes in CPython and in the browser."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["Event", "calendar", "escape_text", "fold", "utc_stamp"]

# RFC 5545 3.1: lines are delimited by CRLF and SHOULD NOT be longer than 75
# octets, excluding the line break; longer lines are folded with CRLF + space.
CRLF = "\r\n"
MAX_OCTETS = 75

# RFC 5545 3.3.11: TEXT may not contain control characters other than HTAB.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    uid: str
    stamp: dt.datetime  # DTSTAMP (aware)
    start: dt.datetime  # DTSTART (aware)
    end: dt.datetime  # DTEND (aware, later than start: RFC 5545 3.6.1)
    summary: str
    description: str


def utc_stamp(moment: dt.datetime) -> str:
    """RFC 5545 3.3.5 form #2, UTC time: 20261204T153000Z (seconds, no fraction)."""
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def escape_text(value: str) -> str:
    """RFC 5545 3.3.11: backslash, semicolon and comma escaped, line breaks as \\n."""
    value = _CONTROLS.sub("", value)
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """RFC 5545 3.1: at most 75 octets a line; never splits a UTF-8 character."""
    out: list[str] = []
    current: list[str] = []
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > MAX_OCTETS:
            out.append("".join(current))
            current, size = [" "], 1  # a continuation line starts with one space
        current.append(char)
        size += width
    out.append("".join(current))
    return CRLF.join(out)


def calendar(events: Iterable[Event], *, prodid: str) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{prodid}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{utc_stamp(event.stamp)}",
            f"DTSTART:{utc_stamp(event.start)}",
            f"DTEND:{utc_stamp(event.end)}",
            f"SUMMARY:{escape_text(event.summary)}",
            f"DESCRIPTION:{escape_text(event.description)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)
