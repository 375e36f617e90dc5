"""When the runtime cannot run, each checker says why within 10 s and offers
the manual route, the person's input stays, and the rest of the page works
(issue 7). Every failure is forced in the browser as it happens for real: a
proxy that refuses or never answers, a file missing from the host, a worker
script that throws, WebAssembly refused by a policy or absent, the browser
refusing memory."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, Route, expect

from checks.messages import text
from tests.browser.conftest import Traffic
from tests.browser.test_accessibility import violations
from tests.support.paths import SITE

pytestmark = pytest.mark.browser

SAYS_SO_MS = 10_000  # the bound: a clear message within 10 s
NUMBERS = "+33 1 42 68 53 00\n+49 30 901820"


def _status(kind: str, reason: str, file: str = "") -> str:
    said = text(f"runtime.{reason}")
    if file:
        said += " " + text("runtime.file", file=file)
    key = {"eligibility": "ui.failed", "loa": "ui.loa.failed", "timeline": "ui.timeline.failed"}
    return text(key[kind], reason=said)


def _refuse(route: Route) -> None:
    route.abort("connectionrefused")


def _missing(route: Route) -> None:
    route.fulfill(status=404, body="Not Found")


def _never_answer(route: Route) -> None:
    del route  # the request stays open, as behind a proxy that hangs


def _throwing_worker(route: Route) -> None:
    route.fulfill(status=200, content_type="text/javascript", body="throw new Error('broken');")


def _no_memory(route: Route) -> None:
    # What Chromium throws when it cannot reserve the wasm memory.
    refuse = (
        "const refuse = () => Promise.reject(new RangeError('WebAssembly.instantiate(): Out of"
        " memory: Cannot allocate Wasm memory for new instance'));"
        " WebAssembly.instantiate = refuse; WebAssembly.instantiateStreaming = refuse;\n"
    )
    response = route.fetch()
    route.fulfill(response=response, body=refuse + response.text())


def _policy_without_wasm(route: Route) -> None:
    # A corporate policy that allows scripts but not WebAssembly compilation.
    response = route.fetch()
    headers = dict(response.headers)
    policy = headers.get("content-security-policy", "")
    assert "'wasm-unsafe-eval'" in policy
    headers["content-security-policy"] = policy.replace(" 'wasm-unsafe-eval'", "")
    route.fulfill(response=response, headers=headers)


# name: (URL pattern, handler, expected reason, expected file)
FAILURES: dict[str, tuple[str, Callable[[Route], None], str, str]] = {
    "wasm refused by a proxy": ("**/pyodide.asm.wasm", _refuse, "network", "pyodide.asm.wasm"),
    "wasm missing": ("**/pyodide.asm.wasm", _missing, "missing", "pyodide.asm.wasm"),
    "wasm never arrives": ("**/pyodide.asm.wasm", _never_answer, "stalled", "pyodide.asm.wasm"),
    "manifest missing": ("**/data/runtime.json", _missing, "missing", "runtime.json"),
    "snapshot never arrives": ("**/snapshot.bin", _never_answer, "stalled", "snapshot.bin"),
    "worker script missing": ("**/js/worker.mjs", _missing, "crashed", ""),
    "worker script throws": ("**/js/worker.mjs", _throwing_worker, "crashed", ""),
    "out of memory": ("**/js/worker.mjs", _no_memory, "memory", ""),
    "policy forbids wasm": ("**/*", _policy_without_wasm, "blocked", ""),
}


def _expect_failure(page: Page, kind: str, reason: str, file: str) -> None:
    status = page.locator(f'[data-checker="{kind}"] .checker-status')
    expect(status).to_have_text(_status(kind, reason, file), timeout=SAYS_SO_MS)
    expect(page.locator("html")).to_have_attribute("data-runtime", "failed")
    manual = page.locator(f'[data-checker="{kind}"] .checker-manual')
    expect(manual).to_be_visible()
    expect(manual.get_by_role("button", name=text("ui.manual.retry"))).to_be_visible()
    expect(manual.get_by_role("link", name=text(f"ui.manual.link.{kind}"))).to_be_visible()
    expect(manual).to_contain_text(text("ui.manual.detail", error=""))


def _type_numbers(page: Page) -> None:
    box = page.get_by_label("Phone numbers")
    expect(box).to_be_visible()  # shown as soon as the widget is bound
    box.fill(NUMBERS)


@pytest.fixture
def expected_errors(traffic: Traffic) -> Any:
    """The forced failure writes errors on the console (a 404, the worker's
    own report): expected here, so they are not the conftest's failure."""
    yield
    traffic.errors.clear()


@pytest.mark.parametrize("name", list(FAILURES))
def test_each_failure_ends_in_a_clear_message_and_the_manual_route(
    context: BrowserContext, page: Page, base_url: str, name: str, expected_errors: None
) -> None:
    pattern, handler, reason, file = FAILURES[name]
    context.route(pattern, handler)
    page.goto(base_url + "eligibility/")
    _type_numbers(page)
    _expect_failure(page, "eligibility", reason, file)
    # The list is still there, and the manual route carries it to support.
    expect(page.get_by_label("Phone numbers")).to_have_value(NUMBERS)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.get_by_role("button", name=text("ui.copy.email")).click()
    expect(page.locator(".checker-manual .checker-copied")).to_have_text(text("ui.copied"))
    email = page.evaluate("navigator.clipboard.readText()")
    assert email == text("ui.manual.email.eligibility", text=NUMBERS)
    # Checking again says the same, at once: nothing waits for ever.
    page.get_by_role("button", name="Check numbers").click()
    expect(page.locator(".checker-status")).to_have_text(_status("eligibility", reason, file))
    # The rest of the page is unaffected.
    page.get_by_role("link", name=text("ui.manual.link.eligibility")).click()
    expect(page).to_have_url(re.compile(r"#email-support$"))
    expect(page.locator("#email-support")).to_be_in_viewport()
    expect(page.get_by_label("Phone numbers")).to_have_value(NUMBERS)
    page.get_by_role("link", name="Coverage").first.click()
    expect(page).to_have_url(base_url + "coverage/")
    expect(page.locator("table").first).to_be_visible()


def test_a_browser_without_webassembly_is_told_at_once(
    context: BrowserContext, page: Page, base_url: str, expected_errors: None
) -> None:
    # As in Safari's Lockdown Mode, which removes WebAssembly.
    context.add_init_script("delete globalThis.WebAssembly")
    page.goto(base_url + "eligibility/")
    _type_numbers(page)
    _expect_failure(page, "eligibility", "blocked", "")
    expect(page.get_by_label("Phone numbers")).to_have_value(NUMBERS)


def test_try_again_starts_a_new_runtime_that_works(
    context: BrowserContext, page: Page, base_url: str, expected_errors: None
) -> None:
    context.route("**/pyodide.asm.wasm", _refuse)
    page.goto(base_url + "eligibility/")
    _type_numbers(page)
    _expect_failure(page, "eligibility", "network", "pyodide.asm.wasm")
    context.unroute("**/pyodide.asm.wasm", _refuse)  # the proxy lets it through now
    page.get_by_role("button", name=text("ui.manual.retry")).click()
    expect(page.locator(".checker-manual")).to_be_hidden()
    expect(page.locator(".checker-status")).to_have_text(text("ui.ready"), timeout=60_000)
    page.get_by_role("button", name="Check numbers").click()
    expect(page.locator("tr[data-verdict]")).to_have_count(2, timeout=60_000)


def test_a_missing_snapshot_falls_back_to_the_full_start(
    context: BrowserContext, page: Page, base_url: str, expected_errors: None
) -> None:
    context.route("**/snapshot.bin", _missing)
    page.goto(base_url + "eligibility/")
    _type_numbers(page)
    page.get_by_role("button", name="Check numbers").click()
    expect(page.locator("tr[data-verdict]")).to_have_count(2, timeout=60_000)
    expect(page.locator(".checker-manual")).to_have_count(0)


def test_a_truncated_snapshot_falls_back_to_the_full_start(
    context: BrowserContext, page: Page, base_url: str, traffic: Traffic, expected_errors: None
) -> None:
    """The snapshot's pages must add up to its file (boot.mjs expandPages):
    half a file is refused, and the full start runs instead."""
    whole = next(SITE.glob("assets/runtime/*/snapshot.bin")).read_bytes()
    # "identity": sent as is, so that the worker does not fetch the .gz sibling.
    headers = {"content-type": "application/octet-stream", "content-encoding": "identity"}
    context.route(
        "**/snapshot.bin",
        lambda route: route.fulfill(status=200, headers=headers, body=whole[: len(whole) // 2]),
    )
    page.goto(base_url + "eligibility/")
    _type_numbers(page)
    page.get_by_role("button", name="Check numbers").click()
    expect(page.locator("tr[data-verdict]")).to_have_count(2, timeout=60_000)
    expect(page.locator(".checker-manual")).to_have_count(0)
    assert any(url.endswith(".whl") for url in traffic.requests), "no full start"


def test_the_loa_checker_keeps_the_form_and_copies_it_for_support(
    context: BrowserContext, page: Page, base_url: str, expected_errors: None
) -> None:
    context.route("**/pyodide.asm.wasm", _missing)
    page.goto(base_url + "loa/")
    expect(page.locator('[data-checker="loa"]')).to_be_visible()
    page.get_by_label("Country of the numbers").select_option("FR")
    page.get_by_label(text("loa.field.end_user_name"), exact=True).fill("Example SARL")
    page.get_by_label(f"{text('loa.field.end_user_name')} On the CSR", exact=True).fill(
        "Exemple SARL"
    )
    _expect_failure(page, "loa", "missing", "pyodide.asm.wasm")
    page.get_by_role("button", name="Check the LOA").click()
    expect(page.locator(".checker-status")).to_have_text(
        _status("loa", "missing", "pyodide.asm.wasm")
    )
    expect(page.get_by_label(text("loa.field.end_user_name"), exact=True)).to_have_value(
        "Example SARL"
    )
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.get_by_role("button", name=text("ui.copy.email")).click()
    email = page.evaluate("navigator.clipboard.readText()")
    assert email.startswith(text("ui.manual.email.loa", text="").split("\n")[0])
    assert f"{text('loa.field.end_user_name')}: Example SARL" in email
    assert "Exemple SARL" in email
    link = page.get_by_role("link", name=text("ui.manual.link.loa"))
    assert link.get_attribute("href") == "../procedure/#return-forms"


def test_the_planner_points_to_the_rule(
    context: BrowserContext, page: Page, base_url: str, expected_errors: None
) -> None:
    context.route("**/js/worker.mjs", _throwing_worker)
    page.goto(base_url + "timeline/")
    received = page.get_by_label(text("ui.timeline.received.label"), exact=True)
    expect(received).to_be_visible()
    received.fill("2026-12-07T09:30")
    _expect_failure(page, "timeline", "crashed", "")
    expect(received).to_have_value("2026-12-07T09:30")
    page.get_by_role("link", name=text("ui.manual.link.timeline")).click()
    expect(page).to_have_url(re.compile(r"#the-rule$"))
    expect(page.locator("#the-rule")).to_be_in_viewport()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", ["eligibility", "loa", "timeline"])
def test_the_failure_panel_meets_wcag_aa(
    context: BrowserContext,
    page: Page,
    base_url: str,
    kind: str,
    scheme: str,
    expected_errors: None,
) -> None:
    context.route("**/pyodide.asm.wasm", _missing)
    page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
    page.goto(base_url + f"{kind}/")
    _expect_failure(page, kind, "missing", "pyodide.asm.wasm")
    assert violations(page) == []
