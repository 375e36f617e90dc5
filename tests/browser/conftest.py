"""Playwright on Debian's Chromium against the built site, served as a static
host serves it (MIME types, CSP). Three guards prove that nothing leaves the
machine: the resolver maps every host but 127.0.0.1 to nothing, every request
is recorded and non-loopback ones are aborted, and the CSP reports violations.
These tests never skip: a missing browser is a failure with the fix in it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright

from tests.support.chromium import CHROMIUM, LAUNCH_ARGS
from tests.support.paths import SITE
from tests.support.server import serve

# Runs in every page before its own scripts: collects CSP violation reports.
CSP_PROBE = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
});
"""


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    if not Path(CHROMIUM).is_file():
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: install it (Debian/Ubuntu: apt-get install"
            " chromium) or set CHROMIUM to its binary. Browser tests never skip."
        )
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def base_url() -> Iterator[str]:
    assert (SITE / "index.html").is_file(), "build the site first: make build"
    with serve(SITE) as url:
        yield url


@dataclass
class Traffic:
    requests: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture
def traffic() -> Traffic:
    return Traffic()


def _is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("data", "blob", "about") or parts.hostname == "127.0.0.1"


@pytest.fixture
def context_options() -> dict[str, Any]:
    """Extra `browser.new_context` options; override it in a test module
    (e.g. {"timezone_id": "Europe/Madrid"}) to keep every guard below."""
    return {}


@pytest.fixture
def context(
    browser: Browser, traffic: Traffic, context_options: dict[str, Any]
) -> Iterator[BrowserContext]:
    context = browser.new_context(service_workers="block", **context_options)
    context.add_init_script(CSP_PROBE)

    def guard(route: object) -> None:
        request = route.request  # type: ignore[attr-defined]
        if _is_local(request.url):
            route.continue_()  # type: ignore[attr-defined]
        else:
            traffic.external.append(request.url)
            route.abort()  # type: ignore[attr-defined]

    context.route("**/*", guard)
    context.on("request", lambda r: traffic.requests.append(r.url))
    context.on("weberror", lambda e: traffic.errors.append(str(e.error)))
    yield context
    context.close()


@pytest.fixture
def page(context: BrowserContext, traffic: Traffic) -> Iterator[Page]:
    page = context.new_page()
    page.on("pageerror", lambda e: traffic.errors.append(str(e)))
    page.on(
        "console",
        lambda m: traffic.errors.append(m.text) if m.type == "error" else None,
    )
    yield page
    csp = page.evaluate("window.__csp || []") if not page.is_closed() else []
    assert not csp, f"CSP violations: {csp}"
    assert not traffic.external, f"requests left the machine: {traffic.external}"
    stray = [u for u in traffic.requests if not _is_local(u)]
    assert not stray, f"requests to other origins: {stray}"
    assert not traffic.errors, f"errors in the page: {traffic.errors}"
