"""When each step of a port happens, in the customer's time zone and in Eastern time.

The rule (issue 4; the seed: "our support technicians handle your request during
our normal business hours: M-F 8 AM - 5 PM EST ... process your port request
within 24 hours of receipt, it could take up to 10 days to confirm an exact port
date"). Every number comes from `coverage.support` (data/coverage.yaml):

- Receipt R: when the request email arrives; the support ticket is created then.
- Business hours: `business_days` that are not `closures`, from `opens`
  (included) to `closes` (excluded), on the wall clock of `timezone`
  (America/New_York: Eastern time, EST or EDT as in force).
- Picked up: the first business instant at or after R.
- Processed by: pick-up plus `processing_hours` elapsed hours (computed in UTC,
  so a clock change in between neither stretches nor shrinks them), moved to
  the next business instant if that falls outside business hours.
- Port date confirmed by: R plus `port_date_confirmation_days` calendar days,
  at the same wall time in the support zone. Where that wall time does not exist
  (clocks go forward) it is read with the offset before the change, so it comes
  out an hour later; where it happens twice (clocks go back), the first.
- Customer actions (`forwarding-setup`, `forwarding-removal` with forwarding;
  `sms-reply-all` to port SMS, `sms-reconnect` to keep it): the rule gives
  them no instant, so their `at`, `at_local` and `at_eastern` are None and
  `after` names the milestone they follow (a relative anchor); the
  explanation says when to act. They have no calendar event.

Input: R as an aware datetime (taken as the instant it denotes), a naive one
plus an IANA zone, or a string (`parse_received`). A naive time that falls in a
daylight-saving gap, or in the repeated hour when the clocks go back, is a
problem, not a guess. Never raises on user input: unusable input gives a plan
with no milestones and one problem per field concerned.

Zone rules come from the `tzdata` package, never from the host's zoneinfo
files (checks/_zones.py): CPython and the browser give the same instants.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from checks import _ics, _zones
from checks.messages import text
from checks.records import WEEKDAYS, Coverage, SupportCalendar
from checks.serialize import plain

__all__ = [
    "EVENT_MINUTES",
    "MAX_YEAR",
    "MIN_YEAR",
    "Basis",
    "Milestone",
    "MilestoneId",
    "Problem",
    "ProblemCode",
    "Receipt",
    "SmsChoice",
    "TimelinePlan",
    "first_business_instant",
    "is_business_instant",
    "milestone_to_dict",
    "parse_received",
    "plan",
    "plan_from_fields",
    "plan_to_dict",
    "to_ics",
]

# Documented limits (CLI help): dates outside them are refused with a message.
MIN_YEAR = 1970
MAX_YEAR = 2199
# Length of a calendar event: RFC 5545 wants DTEND later than DTSTART.
EVENT_MINUTES = 30

_MAX_ZONE_CHARS = 64
_ZONE_KEY = re.compile(r"[A-Za-z0-9_+\-]+(?:/[A-Za-z0-9_+\-]+)*", re.ASCII)
# 2026-12-04T16:30, optional seconds and fraction, optional offset (Z, +01:00, +0100, +01).
_RECEIVED = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)[Tt ](?P<hour>\d\d):(?P<minute>\d\d)"
    r"(?::(?P<second>\d\d)(?:[.,](?P<fraction>\d{1,6}))?)?"
    r"(?P<offset>[Zz]|(?P<sign>[+-])(?P<oh>\d\d)(?::?(?P<om>\d\d))?)?",
    re.ASCII,
)
_PRODID = "-//Genesys Cloud Voice porting guide//Timeline planner//EN"
_UID_DOMAIN = "timeline.porting-guide"
# Safety bound when looking for the next business day (the data could close every day).
_MAX_DAYS = 3660


class MilestoneId(StrEnum):
    """A contract: support tools and tests rely on these ids."""

    RECEIVED = "received"
    PICKED_UP = "picked-up"
    PROCESSED_BY = "processed-by"
    PORT_DATE_CONFIRMED_BY = "port-date-confirmed-by"
    FORWARDING_SETUP = "forwarding-setup"
    SMS_REPLY_ALL = "sms-reply-all"
    FORWARDING_REMOVAL = "forwarding-removal"
    SMS_RECONNECT = "sms-reconnect"


class SmsChoice(StrEnum):
    PORT = "port"  # Seed: Reply All to the port submission confirmation
    KEEP = "keep"  # Seed: ask the current carrier to reconnect SMS after the port
    NONE = "none"


class Basis(StrEnum):
    """How a milestone's instant was found (selects its explanation)."""

    ARRIVAL = "arrival"
    DURING_HOURS = "during-hours"
    BEFORE_OPENING = "before-opening"
    AFTER_HOURS = "after-hours"
    NON_WORKING_DAY = "non-working-day"
    CLOSED_DAY = "closed-day"
    WITHIN_HOURS = "within-hours"
    MOVED = "moved"
    CALENDAR_DAYS = "calendar-days"
    CUSTOMER_ACTION = "customer-action"


class ProblemCode(StrEnum):
    RECEIVED_MISSING = "received-missing"
    RECEIVED_FORMAT = "received-format"
    IMPOSSIBLE_DATE = "impossible-date"
    IMPOSSIBLE_TIME = "impossible-time"
    IMPOSSIBLE_OFFSET = "impossible-offset"
    OUT_OF_RANGE = "out-of-range"
    ZONE_MISSING = "zone-missing"
    UNKNOWN_ZONE = "unknown-zone"
    UNKNOWN_DISPLAY_ZONE = "unknown-display-zone"
    NONEXISTENT_TIME = "nonexistent-time"
    AMBIGUOUS_TIME = "ambiguous-time"
    UNKNOWN_SMS = "unknown-sms"


@dataclass(frozen=True, slots=True, kw_only=True)
class Problem:
    field: str  # the input it concerns: received, tz, display_tz or sms
    code: ProblemCode
    message: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Milestone:
    milestone: MilestoneId
    title: str
    at: dt.datetime | None  # the instant, in UTC; None for customer actions
    at_local: dt.datetime | None  # the same instant in the display zone
    at_eastern: dt.datetime | None  # the same instant in the support zone (EST or EDT)
    local_text: str  # "Friday 4 December 2026, 16:30 CET"; "" without an instant
    eastern_text: str
    explanation: str
    basis: Basis
    customer_action: bool
    after: MilestoneId | None  # customer actions: the milestone they follow


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelinePlan:
    received: dt.datetime | None  # R in UTC; None when the input was unusable
    zone: str  # what R was read in: an IANA zone, or the offset that won ("UTC+01:00")
    display_zone: str
    support_zone: str
    forwarding: bool
    sms: SmsChoice | None
    milestones: tuple[Milestone, ...]
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True, slots=True, kw_only=True)
class Receipt:
    """A receipt time read from text: the instant, or the problems."""

    instant: dt.datetime | None  # UTC
    zone: dt.tzinfo | None  # the zone it was read in, or the fixed offset that won
    problems: tuple[Problem, ...]


# Reading the input ------------------------------------------------------


def _problem(field: str, code: ProblemCode, **fields: object) -> Problem:
    return Problem(field=field, code=code, message=text(f"timeline.problem.{code}", **fields))


def _shown(value: str) -> str:
    """User input quoted back in a message: printable, and not too long."""
    clean = "".join(c if c.isprintable() else "?" for c in value)
    return clean if len(clean) <= 40 else clean[:39] + "…"


def _zone(name: str) -> ZoneInfo | None:
    # Zone rules from the tzdata package, as in the browser (checks/_zones.py).
    if len(name) > _MAX_ZONE_CHARS or not _ZONE_KEY.fullmatch(name):
        return None
    return _zones.zone(name)


def _zone_name(zone: dt.tzinfo) -> str:
    return zone.key if isinstance(zone, ZoneInfo) else str(zone)


def _read_zone(
    tz: str | None, field: str, code: ProblemCode
) -> tuple[ZoneInfo | None, Problem | None]:
    name = (tz or "").strip()
    if not name:
        return None, None
    zone = _zone(name)
    return zone, None if zone is not None else _problem(field, code, zone=_shown(name))


def parse_received(value: str, tz: str | None = None) -> Receipt:
    """`2026-12-04T16:30` (seconds optional) read in `tz`, or with an offset
    (`Z`, `+01:00`), which wins over `tz`. Every problem of both fields at once."""
    zone, zone_problem = _read_zone(tz, "tz", ProblemCode.UNKNOWN_ZONE)
    problems = [zone_problem] if zone_problem else []
    raw = value.strip()
    match = _RECEIVED.fullmatch(raw)
    if not raw or match is None:
        code = ProblemCode.RECEIVED_FORMAT if raw else ProblemCode.RECEIVED_MISSING
        return Receipt(instant=None, zone=zone, problems=(_problem("received", code), *problems))
    naive, offset, field_problem = _fields(match)
    if field_problem is not None:
        return Receipt(instant=None, zone=zone, problems=(field_problem, *problems))
    assert naive is not None
    if offset is not None:
        # An explicit offset wins over the zone.
        fixed = dt.timezone(offset)
        instant = naive.replace(tzinfo=fixed).astimezone(dt.UTC)
        return Receipt(instant=instant, zone=fixed, problems=tuple(problems))
    if zone_problem is not None:
        return Receipt(instant=None, zone=None, problems=tuple(problems))
    if zone is None:
        return Receipt(
            instant=None, zone=None, problems=(_problem("tz", ProblemCode.ZONE_MISSING),)
        )
    local, problem = _localize(naive, zone)
    return Receipt(instant=local, zone=zone, problems=(problem,) if problem else ())


def _fields(match: re.Match[str]) -> tuple[dt.datetime | None, dt.timedelta | None, Problem | None]:
    g = match.groupdict()
    year, month, day = int(g["year"]), int(g["month"]), int(g["day"])
    if not MIN_YEAR <= year <= MAX_YEAR:
        return (
            None,
            None,
            _problem("received", ProblemCode.OUT_OF_RANGE, min=MIN_YEAR, max=MAX_YEAR),
        )
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None, None, _problem("received", ProblemCode.IMPOSSIBLE_DATE)
    fraction = (g["fraction"] or "").ljust(6, "0")
    try:
        clock = dt.time(int(g["hour"]), int(g["minute"]), int(g["second"] or 0), int(fraction))
    except ValueError:
        return None, None, _problem("received", ProblemCode.IMPOSSIBLE_TIME)
    offset: dt.timedelta | None = None
    if g["offset"] is not None:
        hours, minutes = int(g["oh"] or 0), int(g["om"] or 0)
        if hours > 23 or minutes > 59:
            return None, None, _problem("received", ProblemCode.IMPOSSIBLE_OFFSET)
        offset = dt.timedelta(hours=hours, minutes=minutes)
        if g["sign"] == "-":
            offset = -offset
    return dt.datetime.combine(date, clock), offset, None


def _localize(naive: dt.datetime, zone: ZoneInfo) -> tuple[dt.datetime | None, Problem | None]:
    """A wall time in `zone` as a UTC instant, unless it is skipped or repeated there."""
    local = naive.replace(tzinfo=zone)
    fields = {
        "time": _clock(naive),
        "date": _date(naive.date()),
        "zone": zone.key,
    }
    # A time in a daylight-saving gap does not survive the round trip through UTC.
    if local.astimezone(dt.UTC).astimezone(zone).replace(tzinfo=None) != naive:
        start, end = _gap(naive, zone)
        return None, _problem(
            "received", ProblemCode.NONEXISTENT_TIME, start=start, end=end, **fields
        )
    second = local.replace(fold=1)
    if local.utcoffset() != second.utcoffset():
        stamp = f"{naive:%Y-%m-%dT%H:%M}"
        return None, _problem(
            "received",
            ProblemCode.AMBIGUOUS_TIME,
            first=stamp + _offset(local.utcoffset()),
            second=stamp + _offset(second.utcoffset()),
            **fields,
        )
    return local.astimezone(dt.UTC), None


def _gap(naive: dt.datetime, zone: ZoneInfo) -> tuple[str, str]:
    """The wall times either side of the daylight-saving gap `naive` falls in."""
    naive = naive.replace(microsecond=0)
    before = naive.replace(tzinfo=zone, fold=0).utcoffset() or dt.timedelta()
    after = naive.replace(tzinfo=zone, fold=1).utcoffset() or dt.timedelta()
    # The transition lies in (naive - after, naive - before], in UTC: bisect it.
    low, high = naive - after, naive - before
    while high - low > dt.timedelta(seconds=1):
        middle = low + (high - low) // 2
        if middle.replace(tzinfo=dt.UTC).astimezone(zone).utcoffset() == after:
            high = middle
        else:
            low = middle
    return f"{high + before:%H:%M}", f"{high + after:%H:%M}"


# Business hours -----------------------------------------------------------


class _Hours:
    """Business hours of the support calendar, as UTC instants."""

    def __init__(self, support: SupportCalendar) -> None:
        self.support = support
        zone = _zones.zone(support.timezone)
        if zone is None:
            raise RuntimeError(f"support calendar: no time zone {support.timezone!r} in tzdata")
        self.zone = zone
        self.weekdays = frozenset(WEEKDAYS.index(day) for day in support.business_days)
        self.closures = frozenset(support.closures)

    def works(self, day: dt.date) -> bool:
        return day.weekday() in self.weekdays and day not in self.closures

    def at(self, day: dt.date, clock: dt.time) -> dt.datetime:
        return dt.datetime.combine(day, clock, tzinfo=self.zone).astimezone(dt.UTC)

    def next_open(self, moment: dt.datetime) -> dt.datetime:
        """The first business instant at or after `moment` (17:00 is not one)."""
        day = moment.astimezone(self.zone).date()
        for _ in range(_MAX_DAYS):
            if self.works(day) and moment < self.at(day, self.support.closes):
                return max(moment, self.at(day, self.support.opens))
            day += dt.timedelta(days=1)
        raise RuntimeError(
            f"support calendar {self.support.timezone}: no business day within {_MAX_DAYS} days"
        )

    def arrival(self, moment: dt.datetime) -> Basis:
        day = moment.astimezone(self.zone).date()
        if day.weekday() not in self.weekdays:
            return Basis.NON_WORKING_DAY
        if day in self.closures:
            return Basis.CLOSED_DAY
        if moment < self.at(day, self.support.opens):
            return Basis.BEFORE_OPENING
        if moment >= self.at(day, self.support.closes):
            return Basis.AFTER_HOURS
        return Basis.DURING_HOURS

    def closed_between(self, first: dt.date, stop: dt.date) -> list[dt.date]:
        """Closures on working weekdays, first <= day < stop."""
        return sorted(
            day for day in self.closures if first <= day < stop and day.weekday() in self.weekdays
        )


def first_business_instant(moment: dt.datetime, support: SupportCalendar) -> dt.datetime:
    """The first business instant at or after the aware `moment`, in UTC."""
    return _Hours(support).next_open(moment.astimezone(dt.UTC))


def is_business_instant(moment: dt.datetime, support: SupportCalendar) -> bool:
    # Compared in UTC: == between zones is False for a time in a fold (PEP 495).
    return first_business_instant(moment, support) == moment.astimezone(dt.UTC)


# Formatting ----------------------------------------------------------------


def _offset(delta: dt.timedelta | None) -> str:
    minutes = int((delta or dt.timedelta()).total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02}:{abs(minutes) % 60:02}"


def _zone_label(moment: dt.datetime) -> str:
    """EST, EDT, CET, SAST... or UTC-03:00 where the zone has no letters (São Paulo)."""
    name = moment.tzname() or ""
    if name and name[0] not in "+-":
        return name
    return text("timeline.utc-offset", offset=_offset(moment.utcoffset()))


def _clock(moment: dt.datetime | dt.time) -> str:
    return f"{moment:%H:%M:%S}" if moment.second or moment.microsecond else f"{moment:%H:%M}"


def _date(day: dt.date, *, year: bool = True) -> str:
    return text(
        "timeline.date" if year else "timeline.day",
        weekday=text(f"timeline.weekday.{WEEKDAYS[day.weekday()]}"),
        day=day.day,
        month=text(f"timeline.month.{day.month}"),
        year=day.year,
    )


def _moment(moment: dt.datetime, *, full: bool = False) -> str:
    """Friday 4 December 18:00 EST (in sentences), or with the year (`full`)."""
    return text(
        "timeline.moment.full" if full else "timeline.moment",
        weekday=text(f"timeline.weekday.{WEEKDAYS[moment.weekday()]}"),
        day=moment.day,
        month=text(f"timeline.month.{moment.month}"),
        year=moment.year,
        time=_clock(moment),
        zone=_zone_label(moment),
    )


def _join(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return text("timeline.list", items=", ".join(items[:-1]), last=items[-1])


def _days(support: SupportCalendar) -> str:
    """Monday to Friday, or the days one by one when they do not run on."""
    order = sorted({WEEKDAYS.index(day) for day in support.business_days})
    names = [text(f"timeline.weekday.{WEEKDAYS[i]}") for i in order]
    if len(order) > 2 and order == list(range(order[0], order[-1] + 1)):
        return text("timeline.day-range", first=names[0], last=names[-1])
    return _join(names)


def _closed_on(days: list[dt.date]) -> str:
    if not days:
        return ""
    return " " + text("timeline.closed-on", dates=_join([_date(day, year=False) for day in days]))


# The plan ------------------------------------------------------------------


def plan(
    received: dt.datetime | str,
    coverage: Coverage,
    *,
    tz: str | None = None,
    display_tz: str | None = None,
    forwarding: bool = False,
    sms: str = SmsChoice.NONE,
) -> TimelinePlan:
    """The milestones for a request received at `received`.

    `received`: an aware datetime, a naive one read in `tz`, or a string for
    `parse_received`. `display_tz` (default: `tz`, else the zone or offset of
    `received`) is the customer's zone for `at_local`.
    """
    problems: list[Problem] = []
    instant: dt.datetime | None = None
    source: dt.tzinfo | None = None
    if isinstance(received, str):
        receipt = parse_received(received, tz)
        instant, source = receipt.instant, receipt.zone
        problems += receipt.problems
    elif isinstance(received, dt.datetime):
        instant, source, found = _from_datetime(received, tz)
        problems += found
    else:
        raise TypeError(f"received must be a datetime or a string, not {type(received).__name__}")

    display, display_problem = _read_zone(
        display_tz, "display_tz", ProblemCode.UNKNOWN_DISPLAY_ZONE
    )
    if display_problem is not None:
        problems.append(display_problem)
    choice = sms.strip().lower()
    if choice not in tuple(SmsChoice):
        problems.append(_problem("sms", ProblemCode.UNKNOWN_SMS))
    support = coverage.support
    hours = _Hours(support)
    shown = display or _read_zone(tz, "tz", ProblemCode.UNKNOWN_ZONE)[0] or source or hours.zone
    if problems or instant is None:
        return TimelinePlan(
            received=None,
            zone=_zone_name(source) if source else "",
            display_zone=_zone_name(shown),
            support_zone=support.timezone,
            forwarding=forwarding,
            sms=SmsChoice(choice) if choice in tuple(SmsChoice) else None,
            milestones=(),
            problems=tuple(problems),
        )
    assert source is not None
    builder = _Builder(hours, shown)
    return TimelinePlan(
        received=instant,
        zone=_zone_name(source),
        display_zone=_zone_name(shown),
        support_zone=support.timezone,
        forwarding=forwarding,
        sms=SmsChoice(choice),
        milestones=builder.milestones(instant, forwarding=forwarding, sms=SmsChoice(choice)),
        problems=(),
    )


def _from_datetime(
    received: dt.datetime, tz: str | None
) -> tuple[dt.datetime | None, dt.tzinfo | None, list[Problem]]:
    zone, zone_problem = _read_zone(tz, "tz", ProblemCode.UNKNOWN_ZONE)
    problems = [zone_problem] if zone_problem else []
    if not MIN_YEAR <= received.year <= MAX_YEAR:
        problems.insert(
            0, _problem("received", ProblemCode.OUT_OF_RANGE, min=MIN_YEAR, max=MAX_YEAR)
        )
        return None, zone, problems
    if received.utcoffset() is not None:
        return received.astimezone(dt.UTC), received.tzinfo, problems
    if zone_problem is not None:
        return None, None, problems
    if zone is None:
        return None, None, [_problem("tz", ProblemCode.ZONE_MISSING)]
    instant, problem = _localize(received, zone)
    return instant, zone, [problem] if problem else []


class _Builder:
    def __init__(self, hours: _Hours, display: dt.tzinfo) -> None:
        self.hours = hours
        self.support = hours.support
        self.display = display

    def milestones(
        self, received: dt.datetime, *, forwarding: bool, sms: SmsChoice
    ) -> tuple[Milestone, ...]:
        picked = self.hours.next_open(received)
        processed = self._processed(picked)
        confirmed = self._confirmed(received)
        out = [
            self._received(received),
            self._picked_up(received, picked),
            processed,
            confirmed,
        ]
        by = _moment(self.eastern(confirmed.at))
        if forwarding:
            out.append(self._action(MilestoneId.FORWARDING_SETUP, MilestoneId.RECEIVED, by))
        if sms is SmsChoice.PORT:
            out.append(self._action(MilestoneId.SMS_REPLY_ALL, MilestoneId.RECEIVED, by))
        if forwarding:
            out.append(
                self._action(MilestoneId.FORWARDING_REMOVAL, MilestoneId.PORT_DATE_CONFIRMED_BY, by)
            )
        if sms is SmsChoice.KEEP:
            out.append(
                self._action(MilestoneId.SMS_RECONNECT, MilestoneId.PORT_DATE_CONFIRMED_BY, by)
            )
        return tuple(out)

    def eastern(self, moment: dt.datetime | None) -> dt.datetime:
        assert moment is not None
        return moment.astimezone(self.hours.zone)

    def _make(
        self, milestone: MilestoneId, basis: Basis, at: dt.datetime, explanation: str
    ) -> Milestone:
        local, eastern = at.astimezone(self.display), self.eastern(at)
        return Milestone(
            milestone=milestone,
            title=text(f"timeline.title.{milestone}"),
            at=at,
            at_local=local,
            at_eastern=eastern,
            local_text=_moment(local, full=True),
            eastern_text=_moment(eastern, full=True),
            explanation=explanation,
            basis=basis,
            customer_action=False,
            after=None,
        )

    def _received(self, received: dt.datetime) -> Milestone:
        # Seed: "When our system receives your email request, it automatically
        # creates a support request ticket".
        local, eastern = _moment(received.astimezone(self.display)), _moment(self.eastern(received))
        if local == eastern:
            explanation = text("timeline.received.arrival.eastern", eastern=eastern)
        else:
            explanation = text("timeline.received.arrival", local=local, eastern=eastern)
        return self._make(MilestoneId.RECEIVED, Basis.ARRIVAL, received, explanation)

    def _picked_up(self, received: dt.datetime, picked: dt.datetime) -> Milestone:
        # Issue 4: picked up at the first business instant at or after R.
        basis = self.hours.arrival(received)
        arrival_day = self.eastern(received).date()
        explanation = text(
            f"timeline.picked-up.{basis}",
            arrival=_moment(self.eastern(received)),
            pickup=_moment(self.eastern(picked)),
            opens=f"{self.support.opens:%H:%M}",
            days=_days(self.support),
        ) + _closed_on(
            self.hours.closed_between(
                arrival_day + dt.timedelta(days=1), self.eastern(picked).date()
            )
        )
        return self._make(MilestoneId.PICKED_UP, basis, picked, explanation)

    def _processed(self, picked: dt.datetime) -> Milestone:
        # Seed: "process your port request within 24 hours"; issue 4: the clock
        # starts at pick-up, in elapsed (UTC) hours, and the deadline moves to
        # the next business instant when it falls outside business hours.
        raw = picked + dt.timedelta(hours=self.support.processing_hours)
        deadline = self.hours.next_open(raw)
        basis = Basis.WITHIN_HOURS if deadline == raw else Basis.MOVED
        explanation = text(
            f"timeline.processed-by.{basis}",
            hours=self.support.processing_hours,
            raw=_moment(self.eastern(raw)),
            deadline=_moment(self.eastern(deadline)),
        ) + _closed_on(
            self.hours.closed_between(self.eastern(raw).date(), self.eastern(deadline).date())
        )
        return self._make(MilestoneId.PROCESSED_BY, basis, deadline, explanation)

    def _confirmed(self, received: dt.datetime) -> Milestone:
        # Seed: "it could take up to 10 days to confirm an exact port date":
        # R plus that many calendar days, same wall time in the support zone.
        days = self.support.port_date_confirmation_days
        wall = self.eastern(received).replace(tzinfo=None) + dt.timedelta(days=days)
        first = wall.replace(tzinfo=self.hours.zone, fold=0)
        deadline = first.astimezone(dt.UTC)
        shown = self.eastern(deadline)
        explanation = text(
            "timeline.port-date-confirmed-by.calendar-days", days=days, deadline=_moment(shown)
        )
        if shown.replace(tzinfo=None) != wall:
            explanation += " " + text(
                "timeline.port-date-confirmed-by.gap", wall=_clock(wall), time=_clock(shown)
            )
        elif first.utcoffset() != first.replace(fold=1).utcoffset():
            explanation += " " + text("timeline.port-date-confirmed-by.fold", wall=_clock(wall))
        return self._make(
            MilestoneId.PORT_DATE_CONFIRMED_BY, Basis.CALENDAR_DAYS, deadline, explanation
        )

    def _action(self, milestone: MilestoneId, after: MilestoneId, confirmed: str) -> Milestone:
        # Seed, steps 3 and "SMS services": customer actions with no fixed time.
        return Milestone(
            milestone=milestone,
            title=text(f"timeline.title.{milestone}"),
            at=None,
            at_local=None,
            at_eastern=None,
            local_text="",
            eastern_text="",
            explanation=text(f"timeline.{milestone}.customer-action", confirmed=confirmed),
            basis=Basis.CUSTOMER_ACTION,
            customer_action=True,
            after=after,
        )


# For the browser and the CLI ------------------------------------------------


def plan_from_fields(fields: Mapping[str, object], coverage: Coverage) -> TimelinePlan:
    """Form or JSON fields (`received`, `tz`, `display_tz`, `forwarding`, `sms`)
    to a plan. Values of the wrong type count as missing; never raises."""

    def string(key: str) -> str | None:
        value = fields.get(key)
        return value if isinstance(value, str) else None

    sms = fields.get("sms")
    return plan(
        string("received") or "",
        coverage,
        tz=string("tz"),
        display_tz=string("display_tz"),
        forwarding=fields.get("forwarding") is True,
        sms=SmsChoice.NONE if sms is None else str(sms)[:20],
    )


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def milestone_to_dict(milestone: Milestone) -> dict[str, Any]:
    """The CLI's --json record: instants as ISO 8601 with their offsets."""
    out: dict[str, Any] = plain(milestone)
    out["at"] = _iso(milestone.at)
    out["at_local"] = _iso(milestone.at_local)
    out["at_eastern"] = _iso(milestone.at_eastern)
    return out


def plan_to_dict(timeline: TimelinePlan) -> dict[str, Any]:
    return {
        "milestones": [milestone_to_dict(m) for m in timeline.milestones],
        "problems": [plain(p) for p in timeline.problems],
        "ics": to_ics(timeline),
        "received": _iso(timeline.received),
        "zone": timeline.zone,
        "display_zone": timeline.display_zone,
        "support_zone": timeline.support_zone,
        "tzdata": _zones.release(),  # the IANA release both runtimes read
    }


def _events(timeline: TimelinePlan) -> Iterable[_ics.Event]:
    received = timeline.received
    assert received is not None
    for m in timeline.milestones:
        if m.at is None:
            continue
        yield _ics.Event(
            # Stable per milestone and receipt, so re-importing updates the events.
            uid=f"{m.milestone}-{_ics.utc_stamp(received)}@{_UID_DOMAIN}",
            stamp=received,  # from the input, not the clock: same input, same file
            start=m.at,
            end=m.at + dt.timedelta(minutes=EVENT_MINUTES),
            summary=m.title,
            description=m.explanation,
        )


def to_ics(timeline: TimelinePlan) -> str:
    """An RFC 5545 calendar with one event per milestone that has an instant;
    "" for a plan that could not be made (a calendar needs an event)."""
    if not timeline.milestones:
        return ""
    return _ics.calendar(_events(timeline), prodid=_PRODID)
