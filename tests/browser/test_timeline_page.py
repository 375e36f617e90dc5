"""The timeline planner as a customer meets it, in Chromium set to Madrid time:
the plan matches the CLI's, the calendar file is the CLI's and a calendar
library reads it, a plan link reopens the same plan, and bad or hostile input
gets a message, keeps what was typed and runs nothing."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from typing import Any
from urllib.parse import urlsplit

import icalendar
import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, BrowserContext, Locator, Page, expect

pytestmark = pytest.mark.browser

BOOT = 90_000  # ms: the runtime boots in a few seconds; the machine is shared
BROWSER_ZONE = "Europe/Madrid"
RECEIVED = "When your request email arrives"
ZONE = "Your time zone"
FORWARDING = (
    "I will forward calls to numbers from Genesys Cloud Voice while the port is in progress"
)
SMS = {
    "port": "Port the SMS service along with voice",
    "keep": "Keep the SMS service with the current carrier",
    "none": "No SMS service, or it does not matter",
}
DONE = re.compile(r"^(Your plan is ready: \d+ steps, listed below\.|The plan could not be made.*)$")


@pytest.fixture
def context_options() -> dict[str, Any]:
    return {"timezone_id": BROWSER_ZONE}


def cli(received: str, tz: str, *, sms: str = "none", forwarding: bool = False) -> list[Any]:
    argv = [sys.executable, "-m", "checks", "timeline", "--received", received, "--tz", tz]
    argv += ["--sms", sms, "--json"] + (["--forwarding"] if forwarding else [])
    proc = subprocess.run(argv, capture_output=True, text=True, check=True)
    records: list[Any] = json.loads(proc.stdout)
    return records


def cli_ics(received: str, tz: str, *, sms: str = "none", forwarding: bool = False) -> str:
    argv = [sys.executable, "-m", "checks", "timeline", "--received", received, "--tz", tz]
    argv += ["--sms", sms, "--ics"] + (["--forwarding"] if forwarding else [])
    proc = subprocess.run(argv, capture_output=True, check=True)
    return proc.stdout.decode("utf-8")


def cli_problems(received: str, tz: str) -> dict[str, str]:
    """The CLI's messages by field (`error: --tz: ...`), exit status 2."""
    argv = [sys.executable, "-m", "checks", "timeline", "--received", received, "--tz", tz]
    proc = subprocess.run(argv, capture_output=True, text=True, check=False)
    assert proc.returncode == 2, proc.stdout
    found = re.findall(r"^error: --([a-z-]+): (.*)$", proc.stderr, re.M)
    return dict(found)


def wait_done(page: Page) -> None:
    expect(page.locator("[data-checker=timeline]")).not_to_have_attribute(
        "aria-busy", "true", timeout=BOOT
    )
    expect(page.locator(".checker-status")).to_have_text(DONE, timeout=BOOT)


def plan(
    page: Page, received: str, tz: str, *, sms: str = "none", forwarding: bool = False
) -> None:
    """Fill the form the way a person does, by its labels, and submit it."""
    page.get_by_label(RECEIVED, exact=True).fill(received)
    page.get_by_label(ZONE, exact=True).select_option(tz)
    page.get_by_label(FORWARDING).set_checked(forwarding)
    page.get_by_role("radio", name=SMS[sms]).check()
    page.get_by_role("button", name="Plan the timeline").click()
    wait_done(page)


def shown(page: Page) -> list[dict[str, str | None]]:
    """The plan as the list shows it."""
    return page.locator("li[data-milestone]").evaluate_all(
        """items => items.map(li => ({
            milestone: li.dataset.milestone,
            title: li.querySelector('.tl-title').textContent,
            local: li.querySelector('.tl-local')?.textContent ?? null,
            local_at: li.querySelector('.tl-local')?.dataset.at ?? null,
            eastern: li.querySelector('.tl-eastern')?.textContent ?? null,
            eastern_at: li.querySelector('.tl-eastern')?.dataset.at ?? null,
            after: li.querySelector('.tl-after')?.textContent ?? null,
            explanation: li.querySelector('.tl-explanation').textContent,
        }))"""
    )


def expected(records: list[Any]) -> list[dict[str, str | None]]:
    titles = {r["milestone"]: r["title"] for r in records}
    return [
        {
            "milestone": r["milestone"],
            "title": r["title"],
            "local": r["local_text"] or None,
            "local_at": r["at_local"],
            "eastern": r["eastern_text"] or None,
            "eastern_at": r["at_eastern"],
            "after": f"No fixed time: after “{titles[r['after']]}”." if r["after"] else None,
            "explanation": r["explanation"],
        }
        for r in records
    ]


# Receipt times across zones and daylight-saving weeks (2026: the US changes
# clocks on 8 March and 1 November, Europe on 29 March and 25 October).
CASES = [
    ("2026-12-04T18:00", "Europe/Madrid", "keep", True),  # Friday evening in Madrid: 12:00 ET
    ("2026-12-04T23:30", "Europe/Madrid", "port", False),  # after hours: Monday
    ("2026-03-13T13:30", "Europe/Madrid", "none", False),  # US on EDT, Madrid still CET
    ("2026-03-06T22:30", "America/Sao_Paulo", "keep", False),  # Friday after hours
    ("2026-12-05T10:00", "Africa/Johannesburg", "none", True),  # Saturday
    ("2026-10-30T17:30", "Asia/Dubai", "port", True),  # between the EU and US changes
    ("2026-10-26T11:59", "Europe/London", "none", False),  # GMT already, 07:59 EDT still
    ("2026-10-26T12:00", "Europe/London", "none", False),  # 08:00 EDT: opening
    ("2026-10-25T02:30+01:00", "Europe/Madrid", "none", False),  # the second 02:30
]


@pytest.mark.parametrize(("received", "tz", "sms", "forwarding"), CASES)
def test_plan_matches_the_cli(
    page: Page, base_url: str, received: str, tz: str, sms: str, forwarding: bool
) -> None:
    page.goto(base_url + "timeline/")
    plan(page, received, tz, sms=sms, forwarding=forwarding)
    assert shown(page) == expected(cli(received, tz, sms=sms, forwarding=forwarding))
    # What the person entered is still there.
    assert page.get_by_label(RECEIVED, exact=True).input_value() == received
    assert page.get_by_label(ZONE, exact=True).input_value() == tz


def test_the_browsers_zone_and_time_are_the_defaults(page: Page, base_url: str) -> None:
    page.clock.set_fixed_time(dt.datetime(2026, 12, 4, 17, 5, tzinfo=dt.UTC))
    page.goto(base_url + "timeline/")
    expect(page.get_by_label(RECEIVED, exact=True)).to_have_value("2026-12-04T18:05")
    expect(page.get_by_label(ZONE, exact=True)).to_have_value(BROWSER_ZONE)
    expect(page.get_by_role("radio", name=SMS["none"])).to_be_checked()
    page.get_by_role("button", name="Plan the timeline").click()
    wait_done(page)
    assert shown(page) == expected(cli("2026-12-04T18:05", BROWSER_ZONE))


def test_every_zone_offered_is_one_python_knows(page: Page, base_url: str) -> None:
    from checks import _zones

    page.goto(base_url + "timeline/")
    offered = page.get_by_role("combobox", name=ZONE, exact=True).evaluate(
        "select => [...select.options].map(o => o.value)"
    )
    assert len(offered) > 400
    assert {"UTC", "America/Sao_Paulo", "Africa/Johannesburg", "Asia/Dubai"} <= set(offered)
    assert [z for z in offered if _zones.zone(z) is None] == []


def test_a_text_box_where_the_browser_cannot_list_zones(
    page: Page, context: BrowserContext, base_url: str
) -> None:
    context.add_init_script("delete Intl.supportedValuesOf;")
    page.goto(base_url + "timeline/")
    box = page.get_by_role("textbox", name=ZONE, exact=True)
    expect(box).to_have_value(BROWSER_ZONE)
    box.fill("Mars/Olympus")
    page.get_by_role("button", name="Plan the timeline").click()
    wait_done(page)
    expect(page.locator("#tl-tz-error")).to_have_text(
        cli_problems("2026-12-04T18:00", "Mars/Olympus")["tz"]
    )
    expect(box).to_have_attribute("aria-invalid", "true")
    box.fill("Africa/Johannesburg")
    page.get_by_label(RECEIVED, exact=True).fill("2026-12-05T10:00")
    page.get_by_role("button", name="Plan the timeline").click()
    wait_done(page)
    assert shown(page) == expected(cli("2026-12-05T10:00", "Africa/Johannesburg"))


def test_the_chart_and_the_list_agree(page: Page, base_url: str) -> None:
    page.goto(base_url + "timeline/")
    plan(page, "2026-12-04T18:00", "Europe/Madrid", sms="keep", forwarding=True)
    chart = page.locator("svg.tl-chart")
    expect(chart).to_have_attribute("role", "img")
    assert "list above" in (chart.get_attribute("aria-label") or "")
    dated = [r for r in cli("2026-12-04T18:00", "Europe/Madrid") if r["at"]]
    expect(chart.locator("circle.tl-chart-dot")).to_have_count(len(dated))
    labels = chart.locator("text.tl-chart-label").all_text_contents()
    assert labels == [f"{r['title']}: {r['local_text']}" for r in dated]
    # Dots in time order, the last at the right end of the axis.
    xs = [
        float(x)
        for x in chart.locator("circle").evaluate_all("cs => cs.map(c => c.cx.baseVal.value)")
    ]
    assert xs == sorted(xs)
    width = chart.evaluate("svg => svg.viewBox.baseVal.width")
    assert xs[-1] == width - 20  # the right end of the axis: the last day
    assert page.locator("[data-checker=timeline] [style]").count() == 0


def test_calendar_file_is_the_clis_and_parses(page: Page, base_url: str) -> None:
    received, tz = "2026-03-27T21:30", "Europe/Madrid"
    page.goto(base_url + "timeline/")
    plan(page, received, tz, sms="port", forwarding=True)
    with page.expect_download() as info:
        page.get_by_role("button", name="Add to calendar").click()
    download = info.value
    assert download.suggested_filename == "porting-timeline.ics"
    content = download.path().read_bytes()
    assert content.decode("utf-8") == cli_ics(received, tz, sms="port", forwarding=True)
    expect(page.locator(".tl-done")).to_have_text(
        "Calendar file downloaded: open it to add the events."
    )

    calendar = icalendar.Calendar.from_ical(content)
    events = calendar.walk("VEVENT")
    dated = [r for r in cli(received, tz, sms="port", forwarding=True) if r["at"]]
    assert len(events) == len(dated) == 4
    for event, record in zip(events, dated, strict=True):
        assert event.decoded("DTSTART") == dt.datetime.fromisoformat(record["at"])
        assert event.decoded("DTEND") - event.decoded("DTSTART") == dt.timedelta(minutes=30)
        assert str(event["SUMMARY"]) == record["title"]
        assert str(event["DESCRIPTION"]) == record["explanation"]
    assert len({str(e["UID"]) for e in events}) == len(events)


def open_link(context: BrowserContext, url: str) -> Page:
    other = context.new_page()
    other.goto(url)
    wait_done(other)
    return other


def test_link_reopens_the_same_plan(page: Page, context: BrowserContext, base_url: str) -> None:
    page.goto(base_url + "timeline/")
    plan(page, "2026-10-30T17:30", "Asia/Dubai", sms="keep", forwarding=True)
    link = page.get_by_role("link", name="Link to this plan").get_attribute("href") or ""
    assert urlsplit(link).fragment == (
        "received=2026-10-30T17:30&tz=Asia/Dubai&sms=keep&forwarding=1"
    )
    first = shown(page)

    other = open_link(context, link)
    assert shown(other) == first
    assert other.get_by_label(RECEIVED, exact=True).input_value() == "2026-10-30T17:30"
    assert other.get_by_label(ZONE, exact=True).input_value() == "Asia/Dubai"
    assert other.get_by_label(FORWARDING).is_checked()
    assert other.get_by_role("radio", name=SMS["keep"]).is_checked()
    assert other.evaluate("window.__csp") == []
    other.close()

    # Followed in the same page, after the form changed: the link's plan again.
    page.get_by_role("radio", name=SMS["none"]).check()
    page.get_by_label(RECEIVED, exact=True).fill("2026-12-01T09:00")
    page.get_by_role("link", name="Link to this plan").click()
    expect(page.get_by_label(RECEIVED, exact=True)).to_have_value("2026-10-30T17:30")
    wait_done(page)
    assert shown(page) == first


def test_a_link_with_an_offset_and_no_zone(page: Page, base_url: str) -> None:
    page.goto(base_url + "timeline/#received=2026-12-04T16:30%2B01:00")
    wait_done(page)
    # The offset wins; the times are shown in the browser's zone.
    assert shown(page) == expected(cli("2026-12-04T16:30+01:00", BROWSER_ZONE))


HOSTILE = [
    "received=<script>alert(1)</script>&tz=Europe/Madrid",
    "received=2026-12-04T18:00&tz=Europe/Madrid&run=alert(1)",
    "received=2026-12-04T18:00&received=2026-12-05T18:00&tz=Europe/Madrid",
    "received=2026-12-04T18:00&tz=../../etc/passwd",
    "received=2026-12-04T18:00&tz=Europe/Madrid&sms=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    "received=2026-12-04T18:00",
    "received=2026-12-04T18:00&tz=Europe/Madrid&forwarding=yes",
    "received=" + "9" * 400,
    "received=2026-12-04T18:00&tz=Europe/Madrid&",
    "tz=Europe/Madrid",
    "<img src=x onerror=alert(1)>=1",
    "received=%E0%A4%A&tz=Europe/Madrid",  # not UTF-8 once decoded
]


@pytest.mark.parametrize("fragment", HOSTILE)
def test_hostile_links_run_nothing(page: Page, base_url: str, fragment: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.clock.set_fixed_time(dt.datetime(2026, 12, 4, 17, 5, tzinfo=dt.UTC))
    page.goto(f"{base_url}timeline/#{fragment}")
    notice = page.locator(".tl-notice")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("This link cannot be used to plan:")
    expect(notice).to_contain_text("Nothing was planned.")
    expect(page.locator(".checker-status")).to_have_text(
        "The planner is ready. Nothing you enter leaves this page.", timeout=BOOT
    )
    page.wait_for_timeout(300)
    assert page.locator("li[data-milestone]").count() == 0
    assert page.locator("[data-checker=timeline] img, [data-checker=timeline] script").count() == 0
    # The form is as it was, ready to use.
    expect(page.get_by_label(RECEIVED, exact=True)).to_have_value("2026-12-04T18:05")
    assert dialogs == []
    page.get_by_role("button", name="Plan the timeline").click()
    wait_done(page)
    assert shown(page) == expected(cli("2026-12-04T18:05", BROWSER_ZONE))
    expect(notice).to_be_hidden()


def test_an_ordinary_anchor_is_not_a_plan_link(page: Page, base_url: str) -> None:
    page.goto(base_url + "timeline/#the-rule")
    expect(page.locator(".checker-status")).to_have_text(
        "The planner is ready. Nothing you enter leaves this page.", timeout=BOOT
    )
    expect(page.locator(".tl-notice")).to_be_hidden()
    assert page.locator("li[data-milestone]").count() == 0


@pytest.mark.parametrize(
    ("received", "tz", "field"),
    [
        ("2026-02-30T10:00", "Europe/Madrid", "received"),  # impossible date
        ("2026-03-29T02:30", "Europe/Madrid", "received"),  # clocks go forward: no 02:30
        ("2026-10-25T02:30", "Europe/Madrid", "received"),  # clocks go back: two 02:30
        ("2026-12-04 at 16:30", "Europe/Madrid", "received"),
        ("", "Europe/Madrid", "received"),
    ],
)
def test_bad_input_is_explained_beside_the_field(
    page: Page, base_url: str, received: str, tz: str, field: str
) -> None:
    page.goto(base_url + "timeline/")
    plan(page, received, tz)
    message = cli_problems(received, tz)[field]
    box = page.get_by_label(RECEIVED, exact=True)
    expect(page.locator("#tl-received-error")).to_have_text(message)
    expect(box).to_have_attribute("aria-invalid", "true")
    expect(box).to_have_attribute("aria-describedby", "tl-received-error tl-received-hint")
    assert box.input_value() == received
    assert page.locator("li[data-milestone]").count() == 0
    # The summary repeats the message and leads to the field.
    summary = page.locator(".tl-summary")
    expect(summary).to_be_focused()
    summary.get_by_role("link", name=message).click()
    expect(box).to_be_focused()
    # Corrected, the same form plans.
    box.fill("2026-12-04T16:30")
    page.get_by_role("button", name="Plan the timeline").click()
    wait_done(page)
    expect(page.locator("#tl-received-error")).to_be_hidden()
    expect(summary).to_be_hidden()
    assert box.get_attribute("aria-invalid") is None
    assert shown(page) == expected(cli("2026-12-04T16:30", tz))


def test_unknown_zone_in_a_link_is_explained_beside_the_zone(page: Page, base_url: str) -> None:
    page.goto(base_url + "timeline/#received=2026-12-04T18:00&tz=Mars/Olympus")
    wait_done(page)
    message = cli_problems("2026-12-04T18:00", "Mars/Olympus")["tz"]
    expect(page.locator("#tl-tz-error")).to_have_text(message)
    expect(page.get_by_label(ZONE, exact=True)).to_have_value("Mars/Olympus")
    assert page.locator("li[data-milestone]").count() == 0


def tab_to(page: Page, target: Locator, most: int = 12) -> None:
    for _ in range(most):
        page.keyboard.press("Tab")
        if target.evaluate("el => el === document.activeElement"):
            return
    raise AssertionError(f"{target} is not reachable by Tab")


def test_by_keyboard_alone(page: Page, base_url: str) -> None:
    page.goto(base_url + "timeline/")
    box = page.get_by_label(RECEIVED, exact=True)
    expect(box).to_be_visible()  # the planner shows once its handlers are bound
    expect(box).to_be_editable()
    box.focus()
    expect(box).to_be_focused()
    page.keyboard.press("Control+A")
    page.keyboard.type("2026-12-04T23:30")
    tab_to(page, page.get_by_label(ZONE, exact=True))  # through the calendar picker's parts
    page.keyboard.press("Tab")
    expect(page.get_by_label(FORWARDING)).to_be_focused()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")  # the SMS radio group: the checked one
    expect(page.get_by_role("radio", name=SMS["none"])).to_be_focused()
    page.keyboard.press("ArrowUp")  # keep
    expect(page.get_by_role("radio", name=SMS["keep"])).to_be_checked()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Plan the timeline")).to_be_focused()
    page.keyboard.press("Enter")
    wait_done(page)
    assert shown(page) == expected(
        cli("2026-12-04T23:30", BROWSER_ZONE, sms="keep", forwarding=True)
    )


def test_the_calendar_picker_fills_the_text_box(page: Page, base_url: str) -> None:
    page.goto(base_url + "timeline/")
    page.get_by_label("Or choose the date and time in a calendar").fill("2026-12-07T09:15")
    expect(page.get_by_label(RECEIVED, exact=True)).to_have_value("2026-12-07T09:15")


def test_survives_instant_navigation(page: Page, base_url: str) -> None:
    page.goto(base_url + "timeline/")
    plan(page, "2026-12-04T18:00", "Europe/Madrid")
    page.get_by_role("link", name="How to port").first.click()
    expect(page).to_have_url(base_url + "procedure/")
    page.get_by_role("link", name="Plan the timeline").first.click()
    expect(page).to_have_url(base_url + "timeline/")
    plan(page, "2026-12-05T10:00", "Africa/Johannesburg")
    assert shown(page) == expected(cli("2026-12-05T10:00", "Africa/Johannesburg"))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_wcag_aa_violation_with_a_plan_and_with_problems(
    page: Page, base_url: str, scheme: str
) -> None:
    axe = Axe()
    options = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
    page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
    page.goto(base_url + "timeline/")
    plan(page, "2026-12-04T18:00", "Europe/Madrid", sms="keep", forwarding=True)
    assert axe.run(page, options=options).response["violations"] == []
    plan(page, "2026-02-30T10:00", "Europe/Madrid")
    assert axe.run(page, options=options).response["violations"] == []


def test_without_javascript_the_page_explains_the_rule(browser: Browser, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "timeline/")
    expect(page.locator("[data-checker=timeline]")).to_be_hidden()
    expect(page.locator("ol.tl-rule")).to_be_visible()
    expect(page.locator("table.support-hours")).to_be_visible()
    expect(page.locator("p.admonition.warning")).to_contain_text("The planner needs JavaScript.")
    context.close()


def test_the_rule_on_the_page_comes_from_the_data(page: Page, base_url: str) -> None:
    from checks.datafile import load_coverage

    support = load_coverage().support
    page.goto(base_url + "timeline/")
    rule = page.locator("ol.tl-rule")
    expect(rule).to_contain_text(
        f"Monday to Friday, from {support.opens:%H:%M} (included) to {support.closes:%H:%M}"
        " (not included), Eastern time"
    )
    expect(rule).to_contain_text(f"{support.processing_hours} hours after support picks")
    expect(rule).to_contain_text(f"{support.port_date_confirmation_days} calendar days")
    text = page.locator("article").inner_text()
    assert "EST (UTC-05:00) or EDT (UTC-04:00)" in text
    assert "Public holidays are not accounted for" in text


def test_what_was_entered_survives_leaving_and_coming_back(page: Page, base_url: str) -> None:
    page.goto(base_url + "timeline/")
    page.get_by_label(RECEIVED, exact=True).fill("2026-12-07T09:30")
    page.get_by_label(ZONE, exact=True).select_option("America/Bogota")
    page.get_by_label(FORWARDING).set_checked(True)
    page.get_by_role("radio", name=SMS["keep"]).check()
    page.get_by_role("link", name="Fees and SMS").first.click()
    expect(page).to_have_url(base_url + "fees-and-sms/")
    page.go_back()
    expect(page).to_have_url(base_url + "timeline/")
    expect(page.get_by_label(RECEIVED, exact=True)).to_have_value("2026-12-07T09:30")
    expect(page.get_by_label(ZONE, exact=True)).to_have_value("America/Bogota")
    expect(page.get_by_label(FORWARDING)).to_be_checked()
    expect(page.get_by_role("radio", name=SMS["keep"])).to_be_checked()
