"""What a person's paste does to a text box, for the browser tests
(Playwright's fill types a large text slowly, key by key)."""

from __future__ import annotations

from playwright.sync_api import Locator


def paste(box: Locator, value: str) -> None:
    """The value, and the input event a paste fires (it bubbles to the form)."""
    box.evaluate(
        "(box, text) => { box.value = text;"
        " box.dispatchEvent(new Event('input', {bubbles: true})); }",
        value,
    )
