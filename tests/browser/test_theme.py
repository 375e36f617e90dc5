"""Material's bundle starts after the first paint (docs/assets/js/theme-late.js)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, Route, expect

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


def expect_theme_mounted(page: Page) -> None:
    """The theme's search is ready: the bundle ran and mounted."""
    expect(page.locator(".md-search-result__meta")).to_have_text("Type to start searching")


def expect_instant_move_to_coverage(page: Page, base_url: str) -> None:
    """Through the navigation without a reload, and the coverage filter binds
    on the new content."""
    page.evaluate("window.__sameDocument = true")
    page.get_by_role("link", name="Coverage").first.click()
    expect(page).to_have_url(base_url + "coverage/")
    assert page.evaluate("window.__sameDocument === true")
    expect(page.locator("[data-coverage-filter][data-bound]")).to_be_attached()


def test_the_theme_is_fetched_once_the_article_is_painted(page: Page, base_url: str) -> None:
    page.add_init_script(FRAME_AFTER_PARSE)
    page.goto(base_url + "procedure/")
    expect_theme_mounted(page)  # all the same
    frame = page.evaluate("window.__frameAfterParse")
    requested = page.evaluate(
        "performance.getEntriesByType('resource')"
        ".find((e) => e.name.includes('/assets/javascripts/bundle.')).startTime"
    )
    assert requested >= frame


def test_the_theme_navigates_instantly(page: Page, base_url: str) -> None:
    page.goto(base_url + "procedure/")
    page.wait_for_function("window.document$ !== undefined")
    expect_instant_move_to_coverage(page, base_url)


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


def test_widgets_that_load_after_the_theme_bind_and_follow_it(page: Page, base_url: str) -> None:
    """On a slow link the theme can be in before the widgets' modules, and so
    before DOMContentLoaded: it then mounts on the real event, and the
    widgets subscribe to its `document$` when they load."""
    events: list[str] = []

    def slow_widgets(route: Route) -> None:
        events.append("app.mjs held")
        page.wait_for_timeout(1500)  # the theme loads meanwhile
        route.continue_()

    page.route("**/assets/js/app.mjs", slow_widgets)
    page.add_init_script(
        "window.__order = [];"
        "document.addEventListener('DOMContentLoaded', () => window.__order.push("
        "window.document$ ? 'theme before the event' : 'theme after the event'));"
    )
    page.goto(base_url + "procedure/")
    expect_theme_mounted(page)
    assert events == ["app.mjs held"]
    assert page.evaluate("window.__order") == ["theme before the event"]
    expect_instant_move_to_coverage(page, base_url)


def test_the_theme_does_not_reload_the_stylesheets(page: Page, base_url: str) -> None:
    """Instant navigation makes relative addresses absolute when the theme
    starts; for a stylesheet that is a reload and a restyle of the whole
    page. md-bootstrap.js makes them absolute first, so the theme skips them."""
    page.add_init_script(
        "new MutationObserver((changes, observer) => {"
        "  if (!document.querySelector('script[src*=\"javascripts/bundle.\"]')) return;"
        "  observer.disconnect();"
        "  window.__hrefs = [...document.querySelectorAll('link[rel=stylesheet]')]"
        "    .map((link) => link.getAttribute('href'));"
        "  window.__rules = [...document.styleSheets].map((sheet) => sheet.cssRules[0]);"
        "}).observe(document, { childList: true, subtree: true });"
    )
    page.goto(base_url + "loa/")
    expect_theme_mounted(page)
    hrefs = page.evaluate("window.__hrefs")
    assert len(hrefs) >= 5
    assert all(href.startswith(base_url) for href in hrefs), hrefs
    kept = page.evaluate(
        "window.__rules.every((rule, i) => rule === document.styleSheets[i].cssRules[0])"
    )
    assert kept, "a stylesheet was parsed again once the theme had started"
