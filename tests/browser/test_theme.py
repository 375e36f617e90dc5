"""Material's bundle starts after the first paint (docs/assets/js/theme-late.js)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import Traffic

pytestmark = pytest.mark.browser

# The time of the first frame after the HTML was parsed: the frame that paints
# the article. (A deferred bundle is requested while the HTML is parsed.)
FRAME_AFTER_PARSE = """
document.addEventListener("readystatechange", () => {
  if (document.readyState === "interactive")
    requestAnimationFrame((time) => (window.__frameAfterParse = time));
});
"""


def test_the_theme_is_fetched_once_the_article_is_painted(page: Page, base_url: str) -> None:
    page.add_init_script(FRAME_AFTER_PARSE)
    page.goto(base_url + "procedure/")
    # The theme mounted all the same: its search is ready.
    expect(page.locator(".md-search-result__meta")).to_have_text("Type to start searching")
    frame = page.evaluate("window.__frameAfterParse")
    requested = page.evaluate(
        "performance.getEntriesByType('resource')"
        ".find((e) => e.name.includes('/assets/javascripts/bundle.')).startTime"
    )
    assert requested >= frame


def test_the_theme_navigates_instantly(page: Page, base_url: str) -> None:
    page.goto(base_url + "procedure/")
    page.wait_for_function("window.document$ !== undefined")
    page.evaluate("window.__sameDocument = true")
    page.get_by_role("link", name="Coverage").first.click()
    expect(page).to_have_url(base_url + "coverage/")
    assert page.evaluate("window.__sameDocument === true")
    # The site's widgets bind on the new content (the coverage filter).
    expect(page.locator("[data-coverage-filter][data-bound]")).to_be_attached()


def test_the_widgets_work_without_the_theme(page: Page, base_url: str, traffic: Traffic) -> None:
    """A bundle that does not load (a blocked or failed request) costs the
    theme's extras, not the guide's own widgets."""
    page.route("**/assets/javascripts/bundle.*.min.js", lambda route: route.abort())
    page.goto(base_url + "coverage/")
    expect(page.locator("[data-coverage-filter][data-bound]")).to_be_attached()
    page.wait_for_timeout(500)  # the bundle's request has failed by now
    assert page.evaluate("window.document$ === undefined")
    assert traffic.errors == ["Failed to load resource: net::ERR_FAILED"]
    traffic.errors.clear()  # the one failure this test causes
