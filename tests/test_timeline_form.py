"""The timeline page's macros: the planner's form, and the rule worded from the data."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from html.parser import HTMLParser
from typing import Any

import pytest

from checks.records import Coverage
from macros.timeline_form import TimelinePages


def pages(coverage: Coverage, **support: Any) -> TimelinePages:
    changed = dataclasses.replace(
        coverage, support=dataclasses.replace(coverage.support, **support)
    )
    return TimelinePages(changed, current_page=lambda: "timeline.md")


class Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.labels: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.append(values["id"] or "")
        if tag == "label":
            self.labels.append(values.get("for") or "")


def test_the_form_labels_every_control_and_starts_hidden(coverage: Coverage) -> None:
    html = pages(coverage).timeline_planner()
    assert html.startswith('<div class="checker timeline" data-checker="timeline" hidden\n')
    # The failure panel's link to doing it by hand: the rule, on this page.
    assert 'data-manual-link="#the-rule">' in html
    assert "\n\n" not in html  # one raw HTML block for Markdown
    assert " style=" not in html
    parsed = Ids()
    parsed.feed(html)
    assert len(parsed.ids) == len(set(parsed.ids))
    controls = {"tl-received", "tl-picker", "tl-tz", "tl-forwarding"} | {
        f"tl-sms-{c}" for c in ("port", "keep", "none")
    }
    assert controls <= set(parsed.labels)
    assert 'value="none" checked' in html


def test_the_rule_has_the_datas_numbers(coverage: Coverage) -> None:
    html = pages(coverage).timeline_rule()
    assert "Monday to Friday, from 08:00 (included) to 17:00 (not included), Eastern time" in html
    assert "24 hours after support picks the request up" in html
    assert "10 calendar days after your request arrives" in html
    assert "EST (UTC-05:00) or EDT (UTC-04:00), whichever is in force in New York" in html
    assert re.search(r"release 20\d\d[a-z]", html)
    assert "no closure dates are listed" in html


def test_other_hours_and_listed_closures(coverage: Coverage) -> None:
    html = pages(
        coverage,
        business_days=("mon", "wed", "fri"),
        opens=dt.time(9, 30),
        closes=dt.time(18, 0),
        processing_hours=48,
        port_date_confirmation_days=5,
        closures=(dt.date(2026, 12, 25), dt.date(2027, 1, 1)),
    ).timeline_rule()
    assert "Monday, Wednesday and Friday, from 09:30 (included) to 18:00" in html
    assert "48 hours after" in html
    assert "5 calendar days" in html
    assert "Listed: 2026-12-25, 2027-01-01." in html


def test_a_zone_without_daylight_saving(coverage: Coverage) -> None:
    html = pages(coverage, timezone="Asia/Dubai").timeline_rule()
    assert "(UTC+04:00) all year." in html


def test_an_unknown_support_zone_fails_the_build(coverage: Coverage) -> None:
    with pytest.raises(LookupError, match=re.escape("support.timezone 'Mars/Olympus'")):
        pages(coverage, timezone="Mars/Olympus").timeline_rule()
