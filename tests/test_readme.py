"""The README promises what the project does."""

from __future__ import annotations

from macros.csp import CSP
from tests.support.paths import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_gives_the_csp_the_site_is_tested_under() -> None:
    assert f"Content-Security-Policy: {CSP}" in README


def test_readme_shows_the_two_commands_and_the_mime_types() -> None:
    for text in ("make serve", "make test", "application/wasm", ".mjs", "apt-get install chromium"):
        assert text in README
