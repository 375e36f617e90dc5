"""Timeline planner: truth tables around every edge, exact texts, the .ics, the CLI, properties.

2026 calendar: the US changes clocks on 8 March and 1 November, the EU on
29 March and 25 October, so New York and Madrid are 5 hours apart (not 6)
from 8 to 29 March and from 25 October to 1 November.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks import _ics, bridge, timeline
from checks.__main__ import main
from checks.records import Coverage
from checks.timeline import (
    Basis,
    MilestoneId,
    SmsChoice,
    TimelinePlan,
    first_business_instant,
    is_business_instant,
    milestone_to_dict,
    parse_received,
    plan,
    plan_from_fields,
    plan_to_dict,
    to_ics,
)

NY = "America/New_York"
MADRID = "Europe/Madrid"
SAO_PAULO = "America/Sao_Paulo"
JOBURG = "Africa/Johannesburg"
DUBAI = "Asia/Dubai"
ZONES = (NY, MADRID, SAO_PAULO, JOBURG, DUBAI, "UTC", "Australia/Lord_Howe", "Asia/Kathmandu")


def made(
    coverage: Coverage, received: str | dt.datetime, tz: str | None = NY, **kw: Any
) -> TimelinePlan:
    result = plan(received, coverage, tz=tz, **kw)
    assert result.ok, result.problems
    return result


def get(result: TimelinePlan, milestone: MilestoneId) -> timeline.Milestone:
    return next(m for m in result.milestones if m.milestone == milestone)


def eastern(result: TimelinePlan, milestone: MilestoneId) -> str:
    moment = get(result, milestone).at_eastern
    assert moment is not None
    return moment.isoformat()


def with_support(coverage: Coverage, **changes: Any) -> Coverage:
    return dataclasses.replace(coverage, support=dataclasses.replace(coverage.support, **changes))


def codes(result: TimelinePlan) -> list[tuple[str, str]]:
    return [(p.field, p.code.value) for p in result.problems]


# Picked up and processed by -------------------------------------------------

MON_08 = "2026-12-07T08:00:00-05:00"
TUE_08 = "2026-12-08T08:00:00-05:00"
FRI_08 = "2026-12-04T08:00:00-05:00"
FRI_1659 = "2026-12-04T16:59:00-05:00"
B, D, A, N = "before-opening", "during-hours", "after-hours", "non-working-day"
W, M = "within-hours", "moved"

PICKUP_TABLE = [
    # Eastern time itself, around opening (08:00 included) and closing (17:00 excluded).
    ("2026-12-04T07:59", NY, B, FRI_08, MON_08, M),
    ("2026-12-04T08:00", NY, D, FRI_08, MON_08, M),
    ("2026-12-04T16:59", NY, D, FRI_1659, MON_08, M),
    ("2026-12-04T16:59:59", NY, D, "2026-12-04T16:59:59-05:00", MON_08, M),
    ("2026-12-04T17:00", NY, A, MON_08, TUE_08, W),
    ("2026-12-04T18:00", NY, A, MON_08, TUE_08, W),
    ("2026-12-03T07:59", NY, B, "2026-12-03T08:00:00-05:00", FRI_08, W),
    ("2026-12-03T16:59", NY, D, "2026-12-03T16:59:00-05:00", FRI_1659, W),
    ("2026-12-03T17:00", NY, A, FRI_08, MON_08, M),
    ("2026-12-05T00:00", NY, N, MON_08, TUE_08, W),
    ("2026-12-06T23:59", NY, N, MON_08, TUE_08, W),
    ("2026-12-07T00:00", NY, B, MON_08, TUE_08, W),
    # Madrid in winter: CET, 6 hours ahead of EST.
    ("2026-12-04T13:59", MADRID, B, FRI_08, MON_08, M),
    ("2026-12-04T14:00", MADRID, D, FRI_08, MON_08, M),
    ("2026-12-04T22:59", MADRID, D, FRI_1659, MON_08, M),
    ("2026-12-04T23:00", MADRID, A, MON_08, TUE_08, W),
    # São Paulo: UTC-03:00 all year, 2 hours ahead of EST, 1 of EDT.
    ("2026-12-04T09:59", SAO_PAULO, B, FRI_08, MON_08, M),
    ("2026-12-04T10:00", SAO_PAULO, D, FRI_08, MON_08, M),
    ("2026-12-04T18:59", SAO_PAULO, D, FRI_1659, MON_08, M),
    ("2026-12-04T19:00", SAO_PAULO, A, MON_08, TUE_08, W),
    ("2026-07-01T08:59", SAO_PAULO, B, "2026-07-01T08:00:00-04:00", "2026-07-02T08:00:00-04:00", W),
    ("2026-07-01T09:00", SAO_PAULO, D, "2026-07-01T08:00:00-04:00", "2026-07-02T08:00:00-04:00", W),
    # Johannesburg: SAST, 7 hours ahead of EST; Saturday there is still Friday in New York.
    ("2026-12-04T14:59", JOBURG, B, FRI_08, MON_08, M),
    ("2026-12-04T15:00", JOBURG, D, FRI_08, MON_08, M),
    ("2026-12-04T23:59", JOBURG, D, FRI_1659, MON_08, M),
    ("2026-12-05T00:00", JOBURG, A, MON_08, TUE_08, W),
    ("2026-07-01T13:59", JOBURG, B, "2026-07-01T08:00:00-04:00", "2026-07-02T08:00:00-04:00", W),
    ("2026-07-01T14:00", JOBURG, D, "2026-07-01T08:00:00-04:00", "2026-07-02T08:00:00-04:00", W),
    # Dubai: UTC+04:00, 9 hours ahead of EST, 8 of EDT.
    ("2026-12-04T16:59", DUBAI, B, FRI_08, MON_08, M),
    ("2026-12-04T17:00", DUBAI, D, FRI_08, MON_08, M),
    ("2026-12-05T01:59", DUBAI, D, FRI_1659, MON_08, M),
    ("2026-12-05T02:00", DUBAI, A, MON_08, TUE_08, W),
    ("2026-12-07T09:00", DUBAI, B, MON_08, TUE_08, W),
    ("2026-07-01T15:59", DUBAI, B, "2026-07-01T08:00:00-04:00", "2026-07-02T08:00:00-04:00", W),
    ("2026-07-01T16:00", DUBAI, D, "2026-07-01T08:00:00-04:00", "2026-07-02T08:00:00-04:00", W),
    # Spring, Madrid. Before the US change: 6 hours.
    ("2026-03-02T13:59", MADRID, B, "2026-03-02T08:00:00-05:00", "2026-03-03T08:00:00-05:00", W),
    ("2026-03-02T14:00", MADRID, D, "2026-03-02T08:00:00-05:00", "2026-03-03T08:00:00-05:00", W),
    # Friday before the US change, after hours: picked up Monday in EDT.
    ("2026-03-06T23:00", MADRID, A, "2026-03-09T08:00:00-04:00", "2026-03-10T08:00:00-04:00", W),
    ("2026-03-06T17:30", NY, A, "2026-03-09T08:00:00-04:00", "2026-03-10T08:00:00-04:00", W),
    # US on EDT, Madrid still on CET: 5 hours.
    ("2026-03-09T12:59", MADRID, B, "2026-03-09T08:00:00-04:00", "2026-03-10T08:00:00-04:00", W),
    ("2026-03-09T13:00", MADRID, D, "2026-03-09T08:00:00-04:00", "2026-03-10T08:00:00-04:00", W),
    ("2026-03-09T21:59", MADRID, D, "2026-03-09T16:59:00-04:00", "2026-03-10T16:59:00-04:00", W),
    ("2026-03-09T22:00", MADRID, A, "2026-03-10T08:00:00-04:00", "2026-03-11T08:00:00-04:00", W),
    ("2026-03-27T22:00", MADRID, A, "2026-03-30T08:00:00-04:00", "2026-03-31T08:00:00-04:00", W),
    # Both on summer time: 6 hours again.
    ("2026-03-30T13:59", MADRID, B, "2026-03-30T08:00:00-04:00", "2026-03-31T08:00:00-04:00", W),
    ("2026-03-30T14:00", MADRID, D, "2026-03-30T08:00:00-04:00", "2026-03-31T08:00:00-04:00", W),
    # Autumn, Madrid. Before the EU change: 6 hours.
    ("2026-10-19T13:59", MADRID, B, "2026-10-19T08:00:00-04:00", "2026-10-20T08:00:00-04:00", W),
    ("2026-10-19T14:00", MADRID, D, "2026-10-19T08:00:00-04:00", "2026-10-20T08:00:00-04:00", W),
    # Madrid back on CET, US still on EDT: 5 hours.
    ("2026-10-26T12:59", MADRID, B, "2026-10-26T08:00:00-04:00", "2026-10-27T08:00:00-04:00", W),
    ("2026-10-26T13:00", MADRID, D, "2026-10-26T08:00:00-04:00", "2026-10-27T08:00:00-04:00", W),
    # Friday before the US change, after hours: picked up Monday in EST.
    ("2026-10-30T22:00", MADRID, A, "2026-11-02T08:00:00-05:00", "2026-11-03T08:00:00-05:00", W),
    ("2026-10-30T10:00", NY, D, "2026-10-30T10:00:00-04:00", "2026-11-02T08:00:00-05:00", M),
    # Both on winter time: 6 hours.
    ("2026-11-02T13:59", MADRID, B, "2026-11-02T08:00:00-05:00", "2026-11-03T08:00:00-05:00", W),
    ("2026-11-02T14:00", MADRID, D, "2026-11-02T08:00:00-05:00", "2026-11-03T08:00:00-05:00", W),
]


@pytest.mark.parametrize(
    ("received", "tz", "basis", "picked", "processed", "processed_basis"), PICKUP_TABLE
)
def test_pickup_and_processing_truth_table(
    coverage: Coverage,
    received: str,
    tz: str,
    basis: str,
    picked: str,
    processed: str,
    processed_basis: str,
) -> None:
    result = made(coverage, received, tz)
    assert get(result, MilestoneId.PICKED_UP).basis == basis
    assert eastern(result, MilestoneId.PICKED_UP) == picked
    assert eastern(result, MilestoneId.PROCESSED_BY) == processed
    assert get(result, MilestoneId.PROCESSED_BY).basis == processed_basis


def test_local_times_follow_the_customers_clock_changes(coverage: Coverage) -> None:
    # Friday 17:00 EDT, picked up Monday 08:00 EDT, after Madrid went to CEST.
    result = made(coverage, "2026-03-27T22:00", MADRID)
    picked = get(result, MilestoneId.PICKED_UP)
    assert picked.at == dt.datetime(2026, 3, 30, 12, 0, tzinfo=dt.UTC)
    assert picked.at_local is not None
    assert picked.at_local.isoformat() == "2026-03-30T14:00:00+02:00"
    assert picked.local_text == "Monday 30 March 2026, 14:00 CEST"
    assert picked.eastern_text == "Monday 30 March 2026, 08:00 EDT"


@pytest.mark.parametrize(
    ("zone", "received", "label"),
    [
        (SAO_PAULO, "2026-12-04T10:00", "Friday 4 December 2026, 10:00 UTC-03:00"),
        (JOBURG, "2026-12-04T15:00", "Friday 4 December 2026, 15:00 SAST"),
        (DUBAI, "2026-12-04T17:00", "Friday 4 December 2026, 17:00 UTC+04:00"),
        (MADRID, "2026-12-04T14:00", "Friday 4 December 2026, 14:00 CET"),
        ("Asia/Kathmandu", "2026-12-04T18:45", "Friday 4 December 2026, 18:45 UTC+05:45"),
        ("UTC", "2026-12-04T13:00", "Friday 4 December 2026, 13:00 UTC"),
    ],
)
def test_zone_labels(coverage: Coverage, zone: str, received: str, label: str) -> None:
    got = get(made(coverage, received, zone), MilestoneId.RECEIVED)
    assert got.local_text == label
    assert got.eastern_text == "Friday 4 December 2026, 08:00 EST"


def test_processing_hours_are_elapsed_hours_across_a_clock_change(coverage: Coverage) -> None:
    # A support team working every day: 24 hours after Saturday 10:00 EST is
    # Sunday 11:00 EDT, because the clocks went forward in between.
    every_day = with_support(
        coverage, business_days=("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    )
    result = made(every_day, "2026-03-07T10:00")
    processed = get(result, MilestoneId.PROCESSED_BY)
    assert processed.basis == Basis.WITHIN_HOURS
    assert eastern(result, MilestoneId.PROCESSED_BY) == "2026-03-08T11:00:00-04:00"
    assert processed.explanation == (
        "Support processes your request within 24 hours of picking it up: by Sunday 8 March"
        " 11:00 EDT."
    )
    picked = get(result, MilestoneId.PICKED_UP).at
    assert processed.at is not None
    assert picked is not None
    assert processed.at - picked == dt.timedelta(hours=24)


def test_processing_hours_come_from_the_data(coverage: Coverage) -> None:
    result = made(with_support(coverage, processing_hours=4), "2026-12-03T10:00")
    assert eastern(result, MilestoneId.PROCESSED_BY) == "2026-12-03T14:00:00-05:00"
    result = made(with_support(coverage, processing_hours=8), "2026-12-03T10:00")
    assert eastern(result, MilestoneId.PROCESSED_BY) == "2026-12-04T08:00:00-05:00"
    assert get(result, MilestoneId.PROCESSED_BY).explanation == (
        "Support processes your request within 8 hours of picking it up. 8 hours after pick-up"
        " is Thursday 3 December 18:00 EST, outside business hours, so the deadline moves to"
        " Friday 4 December 08:00 EST."
    )


def test_opening_hours_come_from_the_data(coverage: Coverage) -> None:
    late = with_support(coverage, opens=dt.time(9, 30), closes=dt.time(18, 0))
    result = made(late, "2026-12-03T09:00")
    assert eastern(result, MilestoneId.PICKED_UP) == "2026-12-03T09:30:00-05:00"
    assert "before support opens at 09:30" in get(result, MilestoneId.PICKED_UP).explanation
    assert get(made(late, "2026-12-03T17:59"), MilestoneId.PICKED_UP).basis == Basis.DURING_HOURS
    assert get(made(late, "2026-12-03T18:00"), MilestoneId.PICKED_UP).basis == Basis.AFTER_HOURS


# Closures ---------------------------------------------------------------

CHRISTMAS = (dt.date(2026, 12, 24), dt.date(2026, 12, 25), dt.date(2026, 12, 26))


def test_closures_are_skipped_and_named(coverage: Coverage) -> None:
    closed = with_support(coverage, closures=CHRISTMAS)
    result = made(closed, "2026-12-23T17:30")
    assert eastern(result, MilestoneId.PICKED_UP) == "2026-12-28T08:00:00-05:00"
    assert get(result, MilestoneId.PICKED_UP).explanation == (
        "Your request arrives Wednesday 23 December 17:30 EST, after hours, so support picks it"
        " up Monday 28 December 08:00 EST. Support is closed on Thursday 24 December and Friday"
        " 25 December."
    )
    assert eastern(result, MilestoneId.PROCESSED_BY) == "2026-12-29T08:00:00-05:00"


def test_arriving_on_a_closure(coverage: Coverage) -> None:
    result = made(with_support(coverage, closures=CHRISTMAS), "2026-12-24T10:00")
    picked = get(result, MilestoneId.PICKED_UP)
    assert picked.basis == Basis.CLOSED_DAY
    assert picked.explanation == (
        "Your request arrives Thursday 24 December 10:00 EST, on a day support is closed, so"
        " support picks it up Monday 28 December 08:00 EST. Support is closed on Friday"
        " 25 December."
    )


def test_processing_deadline_on_a_closure_moves_on(coverage: Coverage) -> None:
    result = made(with_support(coverage, closures=CHRISTMAS), "2026-12-23T10:00")
    processed = get(result, MilestoneId.PROCESSED_BY)
    assert eastern(result, MilestoneId.PROCESSED_BY) == "2026-12-28T08:00:00-05:00"
    assert processed.explanation == (
        "Support processes your request within 24 hours of picking it up. 24 hours after"
        " pick-up is Thursday 24 December 10:00 EST, outside business hours, so the deadline"
        " moves to Monday 28 December 08:00 EST. Support is closed on Thursday 24 December and"
        " Friday 25 December."
    )


def test_no_closures_by_default(coverage: Coverage) -> None:
    assert coverage.support.closures == ()
    assert eastern(made(coverage, "2026-12-24T17:30"), MilestoneId.PICKED_UP) == (
        "2026-12-25T08:00:00-05:00"
    )


def test_a_calendar_without_business_days_is_a_data_error(coverage: Coverage) -> None:
    with pytest.raises(RuntimeError, match="no business day within 3660 days"):
        plan("2026-12-04T10:00", with_support(coverage, business_days=()), tz=NY)


@pytest.mark.parametrize(
    ("days", "named"),
    [
        (("mon", "tue", "wed", "thu", "fri"), "Monday to Friday"),
        (("fri", "mon", "wed"), "Monday, Wednesday and Friday"),
        (("mon", "tue"), "Monday and Tuesday"),
        (("tue",), "Tuesday"),
    ],
)
def test_working_days_in_words(coverage: Coverage, days: tuple[str, ...], named: str) -> None:
    result = made(with_support(coverage, business_days=days), "2026-12-06T10:00")  # a Sunday
    assert (
        f"outside support's working days ({named}),"
        in get(result, MilestoneId.PICKED_UP).explanation
    )


# Port date confirmed by ---------------------------------------------------


@pytest.mark.parametrize(
    ("received", "tz", "confirmed"),
    [
        ("2026-12-04T16:30", MADRID, "2026-12-14T10:30:00-05:00"),
        # Same wall time in Eastern time across the US change (239 elapsed hours).
        ("2026-03-06T17:30", NY, "2026-03-16T17:30:00-04:00"),
        ("2026-10-30T22:00", MADRID, "2026-11-09T17:00:00-05:00"),
        ("2026-12-25T23:00", MADRID, "2027-01-04T17:00:00-05:00"),
        # Calendar days, not business days: a Saturday stays a Saturday.
        ("2026-12-05T12:00", NY, "2026-12-15T12:00:00-05:00"),
    ],
)
def test_port_date_confirmed_by(coverage: Coverage, received: str, tz: str, confirmed: str) -> None:
    result = made(coverage, received, tz)
    assert eastern(result, MilestoneId.PORT_DATE_CONFIRMED_BY) == confirmed
    assert get(result, MilestoneId.PORT_DATE_CONFIRMED_BY).basis == Basis.CALENDAR_DAYS


def test_port_date_on_a_skipped_eastern_time(coverage: Coverage) -> None:
    result = made(coverage, "2026-02-26T02:30")
    assert eastern(result, MilestoneId.PORT_DATE_CONFIRMED_BY) == "2026-03-08T03:30:00-04:00"
    assert get(result, MilestoneId.PORT_DATE_CONFIRMED_BY).explanation == (
        "Confirming the exact port date can take up to 10 days: by Sunday 8 March 03:30 EDT, 10"
        " calendar days after your request arrived, at the same time of day in Eastern time."
        " The clocks go forward that day and 02:30 does not exist in Eastern time, so the"
        " deadline is 03:30."
    )


def test_port_date_on_a_repeated_eastern_time(coverage: Coverage) -> None:
    result = made(coverage, "2026-10-22T01:30")
    assert eastern(result, MilestoneId.PORT_DATE_CONFIRMED_BY) == "2026-11-01T01:30:00-04:00"
    assert get(result, MilestoneId.PORT_DATE_CONFIRMED_BY).explanation.endswith(
        " The clocks go back that day and 01:30 happens twice in Eastern time: the deadline is"
        " the first 01:30."
    )


def test_confirmation_days_come_from_the_data(coverage: Coverage) -> None:
    result = made(with_support(coverage, port_date_confirmation_days=3), "2026-12-04T16:30", MADRID)
    assert eastern(result, MilestoneId.PORT_DATE_CONFIRMED_BY) == "2026-12-07T10:30:00-05:00"
    assert (
        "up to 3 days: by Monday 7 December 10:30 EST, 3 calendar days"
        in get(result, MilestoneId.PORT_DATE_CONFIRMED_BY).explanation
    )


# Exact explanations ---------------------------------------------------------


def test_explanations_friday_evening_in_eastern_time(coverage: Coverage) -> None:
    result = made(coverage, "2026-12-04T18:00")
    assert [m.explanation for m in result.milestones] == [
        "Your request arrives Friday 4 December 18:00 EST, and a support ticket is created at"
        " once.",
        "Your request arrives Friday 4 December 18:00 EST, after hours, so support picks it up"
        " Monday 7 December 08:00 EST.",
        "Support processes your request within 24 hours of picking it up: by Tuesday 8 December"
        " 08:00 EST.",
        "Confirming the exact port date can take up to 10 days: by Monday 14 December 18:00 EST,"
        " 10 calendar days after your request arrived, at the same time of day in Eastern time.",
    ]


def test_explanations_from_madrid_before_opening(coverage: Coverage) -> None:
    result = made(coverage, "2026-12-04T13:59", MADRID)
    assert [m.explanation for m in result.milestones[:3]] == [
        "Your request arrives Friday 4 December 13:59 CET (Friday 4 December 07:59 EST), and a"
        " support ticket is created at once.",
        "Your request arrives Friday 4 December 07:59 EST, before support opens at 08:00, so"
        " support picks it up Friday 4 December 08:00 EST.",
        "Support processes your request within 24 hours of picking it up. 24 hours after"
        " pick-up is Saturday 5 December 08:00 EST, outside business hours, so the deadline"
        " moves to Monday 7 December 08:00 EST.",
    ]


def test_explanations_weekend_from_sao_paulo(coverage: Coverage) -> None:
    result = made(coverage, "2026-12-05T12:00", SAO_PAULO)
    assert [m.explanation for m in result.milestones[:2]] == [
        "Your request arrives Saturday 5 December 12:00 UTC-03:00 (Saturday 5 December 10:00"
        " EST), and a support ticket is created at once.",
        "Your request arrives Saturday 5 December 10:00 EST, outside support's working days"
        " (Monday to Friday), so support picks it up Monday 7 December 08:00 EST.",
    ]


def test_explanation_during_hours_with_seconds(coverage: Coverage) -> None:
    result = made(coverage, "2026-12-04T16:59:59")
    assert get(result, MilestoneId.PICKED_UP).explanation == (
        "Your request arrives Friday 4 December 16:59:59 EST, during business hours, so support"
        " picks it up then."
    )


def test_titles(coverage: Coverage) -> None:
    result = made(coverage, "2026-12-04T18:00", forwarding=True, sms="port")
    assert [m.title for m in result.milestones] == [
        "Request received",
        "Support picks up your request",
        "Request processed by",
        "Port date confirmed by",
        "Set up call forwarding (optional)",
        "Ask for your SMS service to be ported",
        "Remove call forwarding",
    ]


# Options and customer actions ---------------------------------------------

SUPPORT_IDS = ["received", "picked-up", "processed-by", "port-date-confirmed-by"]


@pytest.mark.parametrize(
    ("forwarding", "sms", "extra"),
    [
        (False, "none", []),
        (False, "port", ["sms-reply-all"]),
        (False, "keep", ["sms-reconnect"]),
        (True, "none", ["forwarding-setup", "forwarding-removal"]),
        (True, "port", ["forwarding-setup", "sms-reply-all", "forwarding-removal"]),
        (True, "keep", ["forwarding-setup", "forwarding-removal", "sms-reconnect"]),
        (True, " KEEP ", ["forwarding-setup", "forwarding-removal", "sms-reconnect"]),
        (False, SmsChoice.PORT, ["sms-reply-all"]),
    ],
)
def test_milestones_for_the_options(
    coverage: Coverage, forwarding: bool, sms: str, extra: list[str]
) -> None:
    result = made(coverage, "2026-12-04T16:30", MADRID, forwarding=forwarding, sms=sms)
    assert [m.milestone.value for m in result.milestones] == SUPPORT_IDS + extra
    assert result.sms == sms.strip().lower()


def test_customer_actions_have_no_instant_and_follow_a_milestone(coverage: Coverage) -> None:
    result = made(coverage, "2026-12-04T16:30", MADRID, forwarding=True, sms="keep")
    actions = {m.milestone: m for m in result.milestones if m.customer_action}
    assert set(actions) == {
        MilestoneId.FORWARDING_SETUP,
        MilestoneId.FORWARDING_REMOVAL,
        MilestoneId.SMS_RECONNECT,
    }
    for m in actions.values():
        assert (m.at, m.at_local, m.at_eastern, m.local_text, m.eastern_text) == (
            None,
            None,
            None,
            "",
            "",
        )
        assert m.basis == Basis.CUSTOMER_ACTION
    assert actions[MilestoneId.FORWARDING_SETUP].after == MilestoneId.RECEIVED
    assert actions[MilestoneId.FORWARDING_REMOVAL].after == MilestoneId.PORT_DATE_CONFIRMED_BY
    assert actions[MilestoneId.SMS_RECONNECT].after == MilestoneId.PORT_DATE_CONFIRMED_BY
    assert all(not m.customer_action and m.after is None for m in result.milestones[:4])
    assert actions[MilestoneId.FORWARDING_SETUP].explanation == (
        "Optional. Once you have provisioned numbers from Genesys Cloud Voice, ask your carrier"
        " to forward the numbers you are porting to those numbers, so calls reach you while the"
        " port is in progress. There is no fixed time: do it before the port date, which is"
        " confirmed by Monday 14 December 10:30 EST."
    )
    assert actions[MilestoneId.FORWARDING_REMOVAL].explanation == (
        "When the porting process is complete, on the port date (confirmed by Monday 14 December"
        " 10:30 EST), ask your carrier to unassign and disconnect the forwarding."
    )
    assert actions[MilestoneId.SMS_RECONNECT].explanation == (
        "Your SMS service stays with your current carrier, but the port will likely disrupt it."
        " When the voice port is complete, on the port date (confirmed by Monday 14 December"
        " 10:30 EST), ask your carrier to reconnect the SMS service to your numbers."
    )


def test_sms_reply_all(coverage: Coverage) -> None:
    m = get(made(coverage, "2026-12-04T16:30", MADRID, sms="port"), MilestoneId.SMS_REPLY_ALL)
    assert m.after == MilestoneId.RECEIVED
    assert m.explanation == (
        "To port your SMS service with voice: when you answer the port submission confirmation"
        " email, use Reply All and add a note saying that you want your SMS service ported"
        " along with voice. There is no fixed time: do it once you have started the porting"
        " process."
    )


# Reading the input ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "utc"),
    [
        ("2026-12-04T16:30", "2026-12-04T15:30:00+00:00"),
        ("  2026-12-04 16:30  ", "2026-12-04T15:30:00+00:00"),
        ("2026-12-04t16:30:15", "2026-12-04T15:30:15+00:00"),
        ("2026-12-04T16:30:15.5", "2026-12-04T15:30:15.500000+00:00"),
        ("2026-12-04T16:30:15,25", "2026-12-04T15:30:15.250000+00:00"),
        # With an offset, the offset wins over the zone.
        ("2026-12-04T16:30+03:00", "2026-12-04T13:30:00+00:00"),
        ("2026-12-04T16:30-0330", "2026-12-04T20:00:00+00:00"),
        ("2026-12-04T16:30+05", "2026-12-04T11:30:00+00:00"),
        ("2026-12-04T16:30Z", "2026-12-04T16:30:00+00:00"),
        ("2026-12-04T16:30z", "2026-12-04T16:30:00+00:00"),
        # The offset says which of the two 02:30s of 25 October.
        ("2026-10-25T02:30+02:00", "2026-10-25T00:30:00+00:00"),
        ("2026-10-25T02:30+01:00", "2026-10-25T01:30:00+00:00"),
        ("2028-02-29T10:00", "2028-02-29T09:00:00+00:00"),
        ("1970-01-01T01:00", "1970-01-01T00:00:00+00:00"),
        ("2199-12-31T23:59", "2199-12-31T22:59:00+00:00"),
    ],
)
def test_parse_received(text: str, utc: str) -> None:
    receipt = parse_received(text, MADRID)
    assert receipt.problems == ()
    assert receipt.instant is not None
    assert receipt.instant.isoformat() == utc


def test_the_offset_wins_but_the_zone_is_shown(coverage: Coverage) -> None:
    result = made(coverage, "2026-12-04T16:30+01:00", SAO_PAULO)
    assert result.zone == "UTC+01:00"
    assert result.display_zone == SAO_PAULO
    received = get(result, MilestoneId.RECEIVED)
    assert received.at_local is not None
    assert received.at_local.isoformat() == "2026-12-04T12:30:00-03:00"


def test_an_offset_alone_is_the_display_zone(coverage: Coverage) -> None:
    result = made(coverage, "2026-12-04T16:30+01:00", None)
    assert (result.zone, result.display_zone) == ("UTC+01:00", "UTC+01:00")
    assert get(result, MilestoneId.RECEIVED).local_text == "Friday 4 December 2026, 16:30 UTC+01:00"
    utc = made(coverage, "2026-12-04T15:30Z", None)
    assert get(utc, MilestoneId.RECEIVED).local_text == "Friday 4 December 2026, 15:30 UTC"


def test_display_zone(coverage: Coverage) -> None:
    result = made(coverage, "2026-12-04T16:30", MADRID, display_tz=f" {DUBAI} ")
    assert result.display_zone == DUBAI
    assert result.zone == MADRID
    assert [m.at_local.isoformat() for m in result.milestones if m.at_local] == [
        "2026-12-04T19:30:00+04:00",
        "2026-12-04T19:30:00+04:00",
        "2026-12-07T17:00:00+04:00",
        "2026-12-14T19:30:00+04:00",
    ]


def test_displayed_in_eastern_time_the_received_sentence_is_short(coverage: Coverage) -> None:
    result = made(coverage, "2026-12-04T16:30", MADRID, display_tz=NY)
    assert get(result, MilestoneId.RECEIVED).explanation == (
        "Your request arrives Friday 4 December 10:30 EST, and a support ticket is created at once."
    )


PROBLEM_TABLE = [
    ("", MADRID, [("received", "received-missing")]),
    ("   ", MADRID, [("received", "received-missing")]),
    ("tomorrow", MADRID, [("received", "received-format")]),
    ("2026-12-04", MADRID, [("received", "received-format")]),
    ("2026-12-04T16", MADRID, [("received", "received-format")]),
    ("04/12/2026 16:30", MADRID, [("received", "received-format")]),
    ("2026-12-04T16:30+1", MADRID, [("received", "received-format")]),
    ("\uff12\uff10\uff12\uff16-12-04T16:30", MADRID, [("received", "received-format")]),
    ("2026-02-29T10:00", MADRID, [("received", "impossible-date")]),
    ("2026-13-01T10:00", MADRID, [("received", "impossible-date")]),
    ("2026-12-00T10:00", MADRID, [("received", "impossible-date")]),
    ("2026-12-04T24:00", MADRID, [("received", "impossible-time")]),
    ("2026-12-04T16:60", MADRID, [("received", "impossible-time")]),
    ("2026-12-04T16:30:60", MADRID, [("received", "impossible-time")]),
    ("2026-12-04T16:30+24:00", MADRID, [("received", "impossible-offset")]),
    ("2026-12-04T16:30+01:60", MADRID, [("received", "impossible-offset")]),
    ("1969-12-31T23:59", MADRID, [("received", "out-of-range")]),
    ("2200-01-01T00:00", MADRID, [("received", "out-of-range")]),
    ("0000-01-01T00:00", MADRID, [("received", "out-of-range")]),
    ("9999-12-31T23:59", MADRID, [("received", "out-of-range")]),
    ("2026-12-04T16:30", None, [("tz", "zone-missing")]),
    ("2026-12-04T16:30", "  ", [("tz", "zone-missing")]),
    ("2026-12-04T16:30", "Mars/Olympus_Mons", [("tz", "unknown-zone")]),
    ("2026-12-04T16:30", "europe/madrid", [("tz", "unknown-zone")]),
    ("2026-12-04T16:30", "../../etc/passwd", [("tz", "unknown-zone")]),
    ("2026-12-04T16:30", "/etc/localtime", [("tz", "unknown-zone")]),
    ("2026-12-04T16:30", "America", [("tz", "unknown-zone")]),
    ("2026-12-04T16:30", "zone1970.tab", [("tz", "unknown-zone")]),
    ("2026-12-04T16:30", "leapseconds", [("tz", "unknown-zone")]),
    ("2026-12-04T16:30", "Europe/" + "x" * 60, [("tz", "unknown-zone")]),
    ("2026-12-04T16:30", "Europe/Madrid\x00", [("tz", "unknown-zone")]),
    # An offset wins, but a zone that does not exist is still reported.
    ("2026-12-04T16:30+01:00", "Nowhere", [("tz", "unknown-zone")]),
    ("2026-02-30T16:30", "Nowhere", [("received", "impossible-date"), ("tz", "unknown-zone")]),
    ("nonsense", "Nowhere", [("received", "received-format"), ("tz", "unknown-zone")]),
    ("2026-03-29T02:30", MADRID, [("received", "nonexistent-time")]),
    ("2026-03-08T02:00", NY, [("received", "nonexistent-time")]),
    ("2026-03-08T02:59:59", NY, [("received", "nonexistent-time")]),
    ("2026-10-25T02:00", MADRID, [("received", "ambiguous-time")]),
    ("2026-10-25T02:59", MADRID, [("received", "ambiguous-time")]),
    ("2026-11-01T01:00", NY, [("received", "ambiguous-time")]),
    ("2026-11-01T01:59", NY, [("received", "ambiguous-time")]),
]


@pytest.mark.parametrize(("received", "tz", "expected"), PROBLEM_TABLE)
def test_unusable_input(
    coverage: Coverage, received: str, tz: str | None, expected: list[tuple[str, str]]
) -> None:
    result = plan(received, coverage, tz=tz)
    assert codes(result) == expected
    assert not result.ok
    assert result.milestones == ()
    assert result.received is None
    assert to_ics(result) == ""


@pytest.mark.parametrize(
    ("received", "tz"),
    [
        ("2026-03-08T01:59", NY),
        ("2026-03-08T03:00", NY),
        ("2026-11-01T00:59", NY),
        ("2026-11-01T02:00", NY),
        ("2026-03-29T01:59", MADRID),
        ("2026-03-29T03:00", MADRID),
        ("2026-10-25T01:59", MADRID),
        ("2026-10-25T03:00", MADRID),
    ],
)
def test_either_side_of_a_clock_change_is_fine(coverage: Coverage, received: str, tz: str) -> None:
    assert plan(received, coverage, tz=tz).ok


def test_every_problem_at_once(coverage: Coverage) -> None:
    result = plan("", coverage, tz="Atlantis", display_tz="Lemuria", sms="maybe")
    assert codes(result) == [
        ("received", "received-missing"),
        ("tz", "unknown-zone"),
        ("display_tz", "unknown-display-zone"),
        ("sms", "unknown-sms"),
    ]
    assert [p.message for p in result.problems] == [
        "Enter the date and time your request arrives, for example 2026-12-04T16:30.",
        "There is no time zone called Atlantis. Enter a time zone name such as Europe/Madrid,"
        " America/Sao_Paulo or Africa/Johannesburg.",
        "There is no time zone called Lemuria to show the times in. Enter a time zone name such"
        " as Europe/Madrid, America/Sao_Paulo or Africa/Johannesburg.",
        "Select what happens to your SMS service: port, keep or none.",
    ]
    assert result.sms is None
    assert result.display_zone == NY  # nothing usable: the support zone


@pytest.mark.parametrize(
    ("received", "tz", "message"),
    [
        (
            "2026-03-29T02:30",
            MADRID,
            "02:30 on Sunday 29 March 2026 does not exist in Europe/Madrid: the clocks go forward"
            " from 02:00 to 03:00. Enter a time before 02:00 or from 03:00.",
        ),
        (
            "2026-03-08T02:30:15.5",
            NY,
            "02:30:15 on Sunday 8 March 2026 does not exist in America/New_York: the clocks go"
            " forward from 02:00 to 03:00. Enter a time before 02:00 or from 03:00.",
        ),
        # Lord Howe Island moves its clocks by half an hour.
        (
            "2026-10-04T02:15",
            "Australia/Lord_Howe",
            "02:15 on Sunday 4 October 2026 does not exist in Australia/Lord_Howe: the clocks go"
            " forward from 02:00 to 02:30. Enter a time before 02:00 or from 02:30.",
        ),
        (
            "2026-10-25T02:30",
            MADRID,
            "02:30 on Sunday 25 October 2026 happens twice in Europe/Madrid, because the clocks go"
            " back. Add the UTC offset to say which: 2026-10-25T02:30+02:00 for the first time,"
            " 2026-10-25T02:30+01:00 for the second.",
        ),
        (
            "2026-11-01T01:30",
            NY,
            "01:30 on Sunday 1 November 2026 happens twice in America/New_York, because the clocks"
            " go back. Add the UTC offset to say which: 2026-11-01T01:30-04:00 for the first"
            " time, 2026-11-01T01:30-05:00 for the second.",
        ),
        (
            "2026-12-04T16:30",
            None,
            "Enter the time zone of the date and time, for example Europe/Madrid, or add a UTC"
            " offset to the time, for example 2026-12-04T16:30+01:00.",
        ),
        (
            "4 Dec",
            MADRID,
            "Enter the date and time as year-month-day and hours:minutes, for example"
            " 2026-12-04T16:30, optionally with a UTC offset such as +01:00.",
        ),
        ("2026-02-30T10:00", MADRID, "The date must be a real date: check the day and month."),
        ("2026-12-04T25:00", MADRID, "The time must be a real time, from 00:00 to 23:59."),
        (
            "2026-12-04T10:00+25:00",
            MADRID,
            "The UTC offset must be a real offset, from -23:59 to +23:59, for example +01:00.",
        ),
        ("1900-12-04T10:00", MADRID, "The date must be between the years 1970 and 2199."),
        (
            "2026-12-04T10:00",
            "Europe/\x1b[31m" + "y" * 50,
            "There is no time zone called Europe/?[31myyyyyyyyyyyyyyyyyyyyyyyyyyy…. Enter a"
            " time zone name such as Europe/Madrid, America/Sao_Paulo or Africa/Johannesburg.",
        ),
    ],
)
def test_problem_messages(coverage: Coverage, received: str, tz: str | None, message: str) -> None:
    (problem,) = plan(received, coverage, tz=tz).problems
    assert problem.message == message
    assert not re.search(r"\b(invalid|please|sorry)\b", problem.message, re.IGNORECASE)


def test_no_message_says_invalid_please_or_sorry() -> None:
    from checks.messages import table

    for key, value in table().items():
        if key.startswith("timeline."):
            assert not re.search(r"\b(invalid|please|sorry)\b", value, re.IGNORECASE), key


# Datetimes from Python ------------------------------------------------------


def test_aware_datetime_is_the_instant(coverage: Coverage) -> None:
    received = dt.datetime(2026, 12, 4, 16, 30, tzinfo=ZoneInfo(MADRID))
    result = made(coverage, received, None)
    assert (result.zone, result.display_zone) == (MADRID, MADRID)
    assert result.received == dt.datetime(2026, 12, 4, 15, 30, tzinfo=dt.UTC)
    fixed = dt.datetime(2026, 12, 4, 16, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert made(coverage, fixed, DUBAI).milestones == made(coverage, received, DUBAI).milestones


def test_naive_datetime_is_read_in_the_zone(coverage: Coverage) -> None:
    naive = dt.datetime(2026, 12, 4, 16, 30)
    assert (
        made(coverage, naive, MADRID).milestones
        == made(coverage, "2026-12-04T16:30", MADRID).milestones
    )
    assert codes(plan(naive, coverage)) == [("tz", "zone-missing")]
    assert codes(plan(naive, coverage, tz="Nowhere")) == [("tz", "unknown-zone")]
    gap = dt.datetime(2026, 3, 29, 2, 30)
    assert codes(plan(gap, coverage, tz=MADRID)) == [("received", "nonexistent-time")]
    old = dt.datetime(1900, 1, 1, tzinfo=dt.UTC)
    assert codes(plan(old, coverage, tz="Nowhere")) == [
        ("received", "out-of-range"),
        ("tz", "unknown-zone"),
    ]


def test_anything_else_is_a_programmer_error(coverage: Coverage) -> None:
    with pytest.raises(TypeError, match="received must be a datetime or a string, not date"):
        plan(dt.date(2026, 12, 4), coverage, tz=MADRID)  # type: ignore[arg-type]


def test_business_instant_helpers(coverage: Coverage) -> None:
    support = coverage.support
    friday_evening = dt.datetime(2026, 12, 4, 17, 0, tzinfo=ZoneInfo(NY))
    assert not is_business_instant(friday_evening, support)
    assert first_business_instant(friday_evening, support) == dt.datetime(
        2026, 12, 7, 13, 0, tzinfo=dt.UTC
    )
    assert is_business_instant(dt.datetime(2026, 12, 4, 13, 0, tzinfo=dt.UTC), support)


# Calendar file ------------------------------------------------------------


def calendar_events(ics: str) -> list[Any]:
    return list(icalendar.Calendar.from_ical(ics).walk("VEVENT"))


def test_ics_parses_and_matches_the_milestones(coverage: Coverage) -> None:
    result = made(coverage, "2026-12-04T16:30", MADRID, forwarding=True, sms="keep")
    ics = to_ics(result)
    events = calendar_events(ics)
    timed = [m for m in result.milestones if m.at is not None]
    assert len(events) == len(timed) == 4
    for event, m in zip(events, timed, strict=True):
        assert m.at is not None
        assert event["DTSTART"].dt == m.at
        assert event["DTEND"].dt == m.at + dt.timedelta(minutes=30)
        assert event["DTSTAMP"].dt == dt.datetime(2026, 12, 4, 15, 30, tzinfo=dt.UTC)
        assert str(event["SUMMARY"]) == m.title
        assert str(event["DESCRIPTION"]) == m.explanation
        assert str(event["UID"]) == f"{m.milestone}-20261204T153000Z@timeline.porting-guide"
    calendar = icalendar.Calendar.from_ical(ics)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == "-//Genesys Cloud Voice porting guide//Timeline planner//EN"


def test_ics_is_rfc5545_text(coverage: Coverage) -> None:
    ics = to_ics(made(coverage, "2026-12-04T16:30", MADRID))
    assert ics.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert ics.endswith("END:VCALENDAR\r\n")
    lines = ics.split("\r\n")
    assert lines[-1] == ""
    assert "\n" not in ics.replace("\r\n", "")
    assert "\r" not in ics.replace("\r\n", "")
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert any(line.startswith(" ") for line in lines)  # the descriptions are folded
    assert (
        "DESCRIPTION:Your request arrives Friday 4 December 16:30 CET (Friday 4 Dece\r\n mber"
        in ics
    )
    assert "\\, and a support ticket" in ics
    assert ics.count("BEGIN:VEVENT") == ics.count("END:VEVENT") == 4


def test_ics_is_deterministic_and_uids_are_stable(coverage: Coverage) -> None:
    first = to_ics(made(coverage, "2026-12-04T16:30", MADRID))
    assert first == to_ics(made(coverage, "2026-12-04T16:30", MADRID))
    again = to_ics(made(coverage, "2026-12-04T12:30", SAO_PAULO, forwarding=True))
    uids = re.findall(r"UID:(\S+)", first)
    assert uids == re.findall(r"UID:(\S+)", again)
    assert len(set(uids)) == 4
    other = to_ics(made(coverage, "2026-12-04T16:31", MADRID))
    assert not set(uids) & set(re.findall(r"UID:(\S+)", other))


def test_ics_writer_escapes_and_folds_utf8() -> None:
    assert _ics.escape_text("a,b;c\\d\ne\r\nf\rg\x07h\ti") == "a\\,b\\;c\\\\d\\ne\\nf\\ngh\ti"
    description = "São Paulo, Zürich; C:\\path\nnext line " + "€é" * 60
    start = dt.datetime(2026, 12, 4, 13, 0, tzinfo=dt.UTC)
    ics = _ics.calendar(
        [
            _ics.Event(
                uid="x@y",
                stamp=start,
                start=start,
                end=start + dt.timedelta(minutes=30),
                summary="Title, with; marks",
                description=description,
            )
        ],
        prodid="-//test//EN",
    )
    assert all(len(line.encode("utf-8")) <= 75 for line in ics.split("\r\n"))
    (event,) = calendar_events(ics)
    assert str(event["DESCRIPTION"]) == description
    assert str(event["SUMMARY"]) == "Title, with; marks"
    assert _ics.fold("x" * 75) == "x" * 75
    assert _ics.fold("x" * 76) == "x" * 75 + "\r\n x"
    assert _ics.fold("é" * 38) == "é" * 37 + "\r\n é"


# Serialising, the bridge -----------------------------------------------------


def test_milestone_to_dict(coverage: Coverage) -> None:
    result = made(coverage, "2026-12-04T16:30", MADRID, sms="keep")
    records = [milestone_to_dict(m) for m in result.milestones]
    assert records[0] == {
        "milestone": "received",
        "title": "Request received",
        "at": "2026-12-04T15:30:00+00:00",
        "at_local": "2026-12-04T16:30:00+01:00",
        "at_eastern": "2026-12-04T10:30:00-05:00",
        "local_text": "Friday 4 December 2026, 16:30 CET",
        "eastern_text": "Friday 4 December 2026, 10:30 EST",
        "explanation": "Your request arrives Friday 4 December 16:30 CET (Friday 4 December 10:30"
        " EST), and a support ticket is created at once.",
        "basis": "arrival",
        "customer_action": False,
        "after": None,
    }
    assert records[-1]["milestone"] == "sms-reconnect"
    assert records[-1]["at"] is None
    assert records[-1]["after"] == "port-date-confirmed-by"
    json.dumps(records)


@pytest.fixture
def ready_bridge(coverage: Coverage) -> None:
    bridge.init(json.dumps(coverage.to_dict()))


def ask(request: object) -> dict[str, Any]:
    answer: dict[str, Any] = json.loads(bridge.handle(json.dumps(request)))
    return answer


@pytest.mark.usefixtures("ready_bridge")
def test_bridge_timeline(coverage: Coverage) -> None:
    answer = ask(
        {
            "check": "timeline",
            "received": "2026-12-04T16:30",
            "tz": MADRID,
            "display_tz": JOBURG,
            "forwarding": True,
            "sms": "port",
        }
    )
    assert answer["ok"] is True
    report = answer["report"]
    expected = made(
        coverage, "2026-12-04T16:30", MADRID, display_tz=JOBURG, forwarding=True, sms="port"
    )
    assert report["milestones"] == [milestone_to_dict(m) for m in expected.milestones]
    assert report["problems"] == []
    assert report["ics"] == to_ics(expected)
    assert report == plan_to_dict(expected)
    assert report["display_zone"] == JOBURG


@pytest.mark.usefixtures("ready_bridge")
def test_bridge_timeline_problems() -> None:
    answer = ask(
        {"check": "timeline", "received": 20261204, "tz": 1, "forwarding": "yes", "sms": 3}
    )
    assert answer["ok"] is True
    report = answer["report"]
    assert report["milestones"] == []
    assert report["ics"] == ""
    assert [(p["field"], p["code"]) for p in report["problems"]] == [
        ("received", "received-missing"),
        ("sms", "unknown-sms"),
    ]
    minimal = ask({"check": "timeline", "received": "2026-12-04T16:30Z"})
    assert minimal["report"]["problems"] == []
    assert [m["milestone"] for m in minimal["report"]["milestones"]] == SUPPORT_IDS


def test_plan_from_fields_defaults(coverage: Coverage) -> None:
    result = plan_from_fields({"received": "2026-12-04T16:30", "tz": MADRID}, coverage)
    assert result.ok
    assert (result.forwarding, result.sms) == (False, SmsChoice.NONE)
    assert plan_from_fields(
        {"received": "2026-12-04T16:30", "tz": MADRID, "sms": None}, coverage
    ).ok


# Command line ---------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["timeline", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--received", "2026-12-04T16:30", "--tz", MADRID, "--json")
    assert (code, err) == (0, "")
    records = json.loads(out)
    assert [r["milestone"] for r in records] == SUPPORT_IDS
    assert [(r["at"], r["at_local"], r["at_eastern"]) for r in records] == [
        ("2026-12-04T15:30:00+00:00", "2026-12-04T16:30:00+01:00", "2026-12-04T10:30:00-05:00"),
        ("2026-12-04T15:30:00+00:00", "2026-12-04T16:30:00+01:00", "2026-12-04T10:30:00-05:00"),
        ("2026-12-07T13:00:00+00:00", "2026-12-07T14:00:00+01:00", "2026-12-07T08:00:00-05:00"),
        ("2026-12-14T15:30:00+00:00", "2026-12-14T16:30:00+01:00", "2026-12-14T10:30:00-05:00"),
    ]
    assert records[2]["explanation"] == (
        "Support processes your request within 24 hours of picking it up. 24 hours after"
        " pick-up is Saturday 5 December 10:30 EST, outside business hours, so the deadline"
        " moves to Monday 7 December 08:00 EST."
    )


def test_cli_json_options_and_display_zone(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "--received",
        "2026-12-04T16:30+01:00",
        "--display-tz",
        SAO_PAULO,
        "--forwarding",
        "--sms",
        "keep",
        "--json",
    )
    records = json.loads(out)
    assert code == 0
    assert records[0]["at_local"] == "2026-12-04T12:30:00-03:00"
    assert [r["milestone"] for r in records[4:]] == [
        "forwarding-setup",
        "forwarding-removal",
        "sms-reconnect",
    ]
    assert all(r["at"] is None and r["at_local"] is None for r in records[4:])


def test_cli_ics(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--received", "2026-12-04T16:30", "--tz", MADRID, "--ics")
    assert code == 0
    assert [str(e["UID"]).split("-2026")[0] for e in calendar_events(out)] == SUPPORT_IDS


def test_cli_readable(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "--received",
        "2026-12-04T18:00",
        "--tz",
        NY,
        "--display-tz",
        MADRID,
        "--sms",
        "port",
    )
    assert code == 0
    blocks = out.rstrip("\n").split("\n\n")
    assert blocks[1] == (
        "Support picks up your request\n"
        "  Monday 7 December 2026, 14:00 CET (Europe/Madrid)\n"
        "  Monday 7 December 2026, 08:00 EST (Eastern time)\n"
        "  Your request arrives Friday 4 December 18:00 EST, after hours, so support picks it up"
        " Monday 7 December 08:00 EST."
    )
    assert blocks[4].splitlines()[:2] == [
        "Ask for your SMS service to be ported",
        "  No fixed time: after “Request received”",
    ]
    assert len(blocks) == 5


@pytest.mark.parametrize(
    ("argv", "stderr"),
    [
        (
            ["--received", "2026-12-04T16:30"],
            "error: --tz: Enter the time zone of the date and time, for example Europe/Madrid,"
            " or add a UTC offset to the time, for example 2026-12-04T16:30+01:00.\n",
        ),
        (
            ["--received", "2026-03-29T02:30", "--tz", MADRID, "--json"],
            "error: --received: 02:30 on Sunday 29 March 2026 does not exist in Europe/Madrid:"
            " the clocks go forward from 02:00 to 03:00. Enter a time before 02:00 or from"
            " 03:00.\n",
        ),
        (
            ["--received", "2026-12-04T16:30", "--tz", MADRID, "--display-tz", "Madrid"],
            "error: --display-tz: There is no time zone called Madrid to show the times in."
            " Enter a time zone name such as Europe/Madrid, America/Sao_Paulo or"
            " Africa/Johannesburg.\n",
        ),
    ],
)
def test_cli_unusable_input_exits_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], stderr: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert (code, out, err) == (2, "", stderr)


@pytest.mark.parametrize(
    "argv",
    [
        ["--tz", MADRID],
        ["--received", "2026-12-04T16:30", "--sms", "maybe"],
        ["--received", "2026-12-04T16:30", "--json", "--ics"],
    ],
)
def test_cli_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["timeline", *argv])
    assert exc.value.code == 2
    capsys.readouterr()


def test_cli_help_documents_customer_actions(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["timeline", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert (
        'Customer actions have no fixed time: their at, at_local and at_eastern are null, "after"'
        in out
    )
    assert "Years 1970 to 2199." in out


# Properties ---------------------------------------------------------------

receipts = st.datetimes(
    min_value=dt.datetime(2020, 1, 1),
    max_value=dt.datetime(2035, 12, 31),
    timezones=st.sampled_from([ZoneInfo(z) for z in ZONES]),
)


@settings(max_examples=400, deadline=None)
@given(receipts, st.sampled_from(ZONES), st.booleans(), st.sampled_from(list(SmsChoice)))
def test_properties_of_the_rule(
    coverage: Coverage, received: dt.datetime, display: str, forwarding: bool, sms: SmsChoice
) -> None:
    result = plan(received, coverage, display_tz=display, forwarding=forwarding, sms=sms)
    assert result.ok
    support = coverage.support
    at = {m.milestone: m.at for m in result.milestones}
    r, picked = at[MilestoneId.RECEIVED], at[MilestoneId.PICKED_UP]
    processed, confirmed = at[MilestoneId.PROCESSED_BY], at[MilestoneId.PORT_DATE_CONFIRMED_BY]
    assert r is not None
    assert picked is not None
    assert processed is not None
    assert confirmed is not None
    assert r == received.astimezone(dt.UTC)
    # Picked up: never before R, always within business hours, and the first such instant.
    assert picked >= r
    assert is_business_instant(picked, support)
    if picked > r:
        assert picked.astimezone(ZoneInfo(NY)).time() == support.opens
        assert not is_business_instant(r, support)
    # Processed by: within business hours, at least 24 hours after pick-up.
    assert is_business_instant(processed, support)
    assert processed - picked >= dt.timedelta(hours=support.processing_hours)
    # Confirmed by: 10 calendar days later in Eastern time.
    r_et, confirmed_et = r.astimezone(ZoneInfo(NY)), confirmed.astimezone(ZoneInfo(NY))
    assert confirmed_et.date() - r_et.date() == dt.timedelta(days=10)
    assert dt.timedelta(days=10, hours=-1) <= confirmed - r <= dt.timedelta(days=10, hours=1)
    for m in result.milestones:
        if m.at is not None:
            assert m.at_local is not None
            assert m.at_eastern is not None
            assert m.at_local.astimezone(dt.UTC) == m.at == m.at_eastern.astimezone(dt.UTC)
            assert m.at_local.utcoffset() == m.at.astimezone(ZoneInfo(display)).utcoffset()
    assert len(calendar_events(to_ics(result))) == 4


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(),
        st.from_regex(
            r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?"
            r"(Z|[+-][0-9]{2}(:?[0-9]{2})?)?\Z"
        ),
    ),
    st.one_of(st.none(), st.text(), st.sampled_from(ZONES)),
    st.one_of(st.none(), st.text(), st.sampled_from(ZONES)),
    st.text(max_size=8),
)
def test_never_raises_on_user_input(
    coverage: Coverage, received: str, tz: str | None, display: str | None, sms: str
) -> None:
    result = plan(received, coverage, tz=tz, display_tz=display, sms=sms)
    assert result.ok == bool(result.milestones)
    assert result.ok != bool(result.problems)
    assert all(p.message for p in result.problems)
    json.dumps(plan_to_dict(result))


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["received", "tz", "display_tz", "forwarding", "sms", "other"]),
        st.one_of(st.none(), st.booleans(), st.integers(), st.text(), st.lists(st.text())),
    )
)
def test_bridge_never_raises(coverage: Coverage, fields: dict[str, Any]) -> None:
    bridge.init(json.dumps(coverage.to_dict()))
    answer = ask({**fields, "check": "timeline"})
    assert answer["ok"] is True
    assert set(answer["report"]) >= {"milestones", "problems", "ics"}
