"""Hostile input through the LOA checker and the timeline planner (the
eligibility checker has its own file): markup, formulas, control and bidi
characters, binary junk, 1 MB lines and 100,000 lines, in every field. Nothing
executes, the page never freezes for a second, nothing typed is lost."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Locator, Page, expect

from checks.eligibility import MAX_ENTRIES
from checks.messages import text
from tests.browser.test_hostile_input import PAYLOADS
from tests.browser.test_loa_page import open_checker
from tests.support.pasting import paste

pytestmark = pytest.mark.browser
BOOT = 90_000
FREEZE_MS = 1_000  # the bound: the page never freezes for longer
# Every main-thread task over 50 ms, as the browser reports it.
LONG_TASKS = """
window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longTasks.push(Math.round(entry.duration));
}).observe({ type: "longtask", buffered: true });
"""
JUNK = bytes(range(256)).decode("latin-1") * 8
CORPUS = [*PAYLOADS, JUNK]
ACTIVE = "script, img, svg image, iframe, object, embed, a[href^='javascript']"


@pytest.fixture
def watched(context: BrowserContext, page: Page) -> Iterator[dict[str, list[str]]]:
    """Dialogs and long tasks of the page, checked after each test."""
    seen: dict[str, list[str]] = {"dialogs": []}
    context.add_init_script(LONG_TASKS)
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    yield seen
    assert seen["dialogs"] == []
    longest = max(page.evaluate("window.__longTasks"), default=0)
    assert longest < FREEZE_MS, f"the page froze for {longest} ms"


def text_controls(root: Locator) -> Locator:
    return root.locator("textarea, input[type='text'], input:not([type])")


def held(controls: Locator) -> list[str]:
    values: list[str] = controls.evaluate_all("boxes => boxes.map(b => b.value)")
    return values


def open_loa_for_france(page: Page, base_url: str) -> None:
    open_checker(page, base_url)
    page.get_by_label("Country of the numbers").select_option("FR")


def loa_checked(page: Page) -> None:
    expect(page.locator('[data-checker="loa"] .checker-status')).to_contain_text(
        "Checked:", timeout=BOOT
    )


@pytest.mark.parametrize("payload", CORPUS, ids=range(len(CORPUS)))
def test_loa_every_field_holds_hostile_text_inertly(
    page: Page, base_url: str, watched: Any, payload: str
) -> None:
    open_loa_for_france(page, base_url)
    root = page.locator('[data-checker="loa"]')
    controls = text_controls(root)
    assert controls.count() > 10  # the LOA's fields, the CSR's and the order
    for i in range(controls.count()):
        paste(controls.nth(i), payload)
    typed = held(controls)
    page.get_by_role("button", name="Check the LOA").click()
    loa_checked(page)
    assert root.locator(ACTIVE).count() == 0
    assert held(controls) == typed
    # The messages quote what was typed as text.
    assert page.locator(".error-summary__list li").count() > 0
    assert page.evaluate("1 + 1") == 2


def test_loa_a_megabyte_in_a_field_is_checked_and_kept(
    page: Page, base_url: str, watched: Any
) -> None:
    open_loa_for_france(page, base_url)
    name = text("loa.field.end_user_name")
    huge = "A" * 1_048_576
    paste(page.get_by_label(name, exact=True), huge)
    paste(page.get_by_label(f"{name} On the CSR", exact=True), huge[:-1] + "B")
    page.get_by_role("button", name="Check the LOA").click()
    loa_checked(page)
    assert page.get_by_label(name, exact=True).input_value() == huge
    assert page.evaluate("1 + 1") == 2


def test_loa_a_hundred_thousand_lines_are_refused_at_once(
    page: Page, base_url: str, watched: Any
) -> None:
    open_loa_for_france(page, base_url)
    lines = "\n".join(["+33 1 42 68 53 00\tParis\tOrange"] * 100_000)
    paste(page.get_by_label("Your order"), lines)
    page.get_by_role("button", name="Check the LOA").click()
    expect(page.locator("#loa-in-order-error")).to_contain_text(
        f"at most {MAX_ENTRIES:,} can be checked at once", timeout=FREEZE_MS
    )
    assert page.get_by_label("Your order").input_value() == lines


RECEIVED = text("ui.timeline.received.label")


@pytest.mark.parametrize(
    "payload",
    [*CORPUS, "9" * 1_048_576, "\n".join(["2026-12-07T09:30"] * 100_000)],
    ids=[*map(str, range(len(CORPUS))), "megabyte", "100k-lines"],
)
def test_timeline_hostile_text_gets_a_message_beside_the_field(
    page: Page, base_url: str, watched: Any, payload: str
) -> None:
    page.goto(base_url + "timeline/")
    box = page.get_by_label(RECEIVED, exact=True)
    expect(box).to_be_visible()
    paste(box, payload)
    typed = box.input_value()
    page.get_by_role("button", name="Plan the timeline").click()
    expect(page.locator("#tl-received-error")).to_be_visible(timeout=BOOT)
    root = page.locator('[data-checker="timeline"]')
    assert root.locator(ACTIVE).count() == 0
    assert page.locator("li[data-milestone]").count() == 0
    assert box.input_value() == typed
    assert page.evaluate("1 + 1") == 2
