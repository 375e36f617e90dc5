"""The colour-scheme toggle in the header (docs/assets/js/palette.js), in Chromium."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

# The scheme on <body> once the HTML is parsed, before any deferred script
# (the theme's bundle, the widgets) has run: what the first paint shows.
AT_PARSE = """
document.addEventListener("readystatechange", () => {
  if (document.readyState === "interactive")
    window.__schemeAtParse = document.body.getAttribute("data-md-color-scheme");
});
"""


def scheme(page: Page) -> str | None:
    return page.evaluate("document.body.getAttribute('data-md-color-scheme')")


@pytest.mark.parametrize(("preference", "expected"), [("light", "default"), ("dark", "slate")])
def test_the_first_paint_has_the_systems_scheme(
    page: Page, base_url: str, preference: str, expected: str
) -> None:
    page.add_init_script(AT_PARSE)
    page.emulate_media(color_scheme=preference)  # type: ignore[arg-type]
    page.goto(base_url + "procedure/")
    assert page.evaluate("window.__schemeAtParse") == expected
    assert scheme(page) == expected


def test_the_toggle_switches_and_the_choice_is_kept(page: Page, base_url: str) -> None:
    page.emulate_media(color_scheme="dark")
    page.goto(base_url + "loa/")
    to_light = page.get_by_title("Switch to light mode")
    expect(to_light).to_be_visible()
    expect(page.get_by_title("Switch to dark mode")).to_be_hidden()

    to_light.click()
    assert scheme(page) == "default"
    expect(page.get_by_title("Switch to dark mode")).to_be_visible()
    expect(to_light).to_be_hidden()

    # The reader's choice outlives the page, the system preference included.
    page.add_init_script(AT_PARSE)
    page.goto(base_url + "coverage/")
    assert page.evaluate("window.__schemeAtParse") == "default"
    page.emulate_media(color_scheme="dark")
    assert scheme(page) == "default"


def test_the_toggle_works_by_keyboard(page: Page, base_url: str) -> None:
    page.emulate_media(color_scheme="light")
    page.goto(base_url)
    page.get_by_role("radio", name="Switch to dark mode").focus()
    page.keyboard.press("Enter")
    assert scheme(page) == "slate"
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == (
        "Switch to light mode"
    )
    page.keyboard.press("Enter")
    assert scheme(page) == "default"


def test_without_a_choice_the_page_follows_the_system(page: Page, base_url: str) -> None:
    page.emulate_media(color_scheme="light")
    page.goto(base_url + "timeline/")
    assert scheme(page) == "default"
    page.emulate_media(color_scheme="dark")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    expect(page.get_by_title("Switch to light mode")).to_be_visible()
