"""The runtime's bytes on the two kinds of static host: one that sends the
precompressed siblings (Content-Encoding), and one that sends files as they
are, where the worker fetches the .gz siblings and decompresses them itself
instead of downloading the 31 MB memory snapshot."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from bench.server import serve as serve_compressed
from tests.support.paths import SITE

pytestmark = pytest.mark.browser
BOOT = 90_000


def _gzip_listed() -> list[str]:
    manifest = json.loads((SITE / "assets" / "data" / "runtime.json").read_text())
    listed: list[str] = manifest["gzip"]
    return listed


def _check_one(page: Page) -> None:
    page.get_by_label("Phone numbers").fill("+33 1 42 68 53 00")
    page.get_by_role("button", name="Check numbers").click()
    expect(page.locator("tr[data-verdict]")).to_have_count(1, timeout=BOOT)


def test_every_listed_file_has_its_sibling() -> None:
    listed = _gzip_listed()
    assert any(name.endswith("snapshot.bin") for name in listed)
    assert "pyodide/pyodide.asm.wasm" in listed
    for name in listed:
        assert (SITE / "assets" / f"{name}.gz").is_file(), name


def test_a_host_without_compression_gets_the_gz_siblings(
    context: BrowserContext, page: Page, base_url: str
) -> None:
    # tests.support.server sends files as they are, with no Content-Encoding.
    bodies: dict[str, int] = {}
    context.on(
        "requestfinished",
        lambda r: bodies.__setitem__(r.url.removeprefix(base_url), r.sizes()["responseBodySize"]),
    )
    page.goto(base_url + "eligibility/")
    _check_one(page)
    snapshot = next(n for n in _gzip_listed() if n.endswith("snapshot.bin"))
    raw = (SITE / "assets" / snapshot).stat().st_size
    packed = (SITE / "assets" / f"{snapshot}.gz").stat().st_size
    assert bodies[f"assets/{snapshot}.gz"] == packed
    # The plain file's request was cancelled once its headers showed no compression.
    assert bodies.get(f"assets/{snapshot}", 0) < raw // 2
    assert bodies["assets/pyodide/pyodide.asm.wasm.gz"] > 0


@pytest.fixture
def compressing_host() -> Iterator[str]:
    with serve_compressed(SITE) as (url, _):
        yield url


def test_a_compressing_host_sends_the_files_and_no_sibling_is_fetched(
    context: BrowserContext, page: Page, compressing_host: str
) -> None:
    requested: list[str] = []
    context.on("request", lambda r: requested.append(r.url))
    page.goto(compressing_host + "eligibility/")
    _check_one(page)
    assert not [u for u in requested if u.endswith(".gz")], requested
    assert any(u.endswith("snapshot.bin") for u in requested)
