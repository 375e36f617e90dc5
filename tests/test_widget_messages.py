"""Every text the widgets show comes from the one message table
(checks/locales/en.py), keyed; a key the JavaScript asks for and the table
lacks would show the bare key to a customer."""

from __future__ import annotations

import re
from pathlib import Path

from checks.messages import table

JS = Path(__file__).resolve().parent.parent / "docs" / "assets" / "js"
# t("key" ...) and t(`prefix.${...}` ...): the literal key, or the literal prefix.
LITERAL = re.compile(r"""\bt\(\s*"([a-z0-9_.-]+)"\s*[,)]""")
PREFIX = re.compile(r"""\bt\(\s*`([a-z0-9_.-]+)\$\{""")


def _sources() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(JS.glob("*.mjs"))}


def test_the_scan_finds_the_widgets_keys() -> None:
    found = {m for src in _sources().values() for m in LITERAL.findall(src)}
    # The scan is not vacuous: it sees keys of each checker and of the failure panel.
    assert {"ui.ready", "ui.loa.checking", "ui.timeline.ready", "ui.manual.retry"} <= found


def test_every_literal_key_is_in_the_table() -> None:
    messages = table()
    missing = {
        f"{name}: {key}"
        for name, src in _sources().items()
        for key in LITERAL.findall(src)
        if key not in messages
    }
    assert not missing, f"keys the widgets use and the table lacks: {sorted(missing)}"


def test_every_key_prefix_has_entries() -> None:
    messages = table()
    empty = {
        f"{name}: {prefix}"
        for name, src in _sources().items()
        for prefix in PREFIX.findall(src)
        if not any(key.startswith(prefix) for key in messages)
    }
    assert not empty, f"key prefixes with no entry in the table: {sorted(empty)}"


def test_every_failure_reason_is_worded() -> None:
    # The reason codes runtime.mjs and worker.mjs emit.
    src = (JS / "runtime.mjs").read_text() + (JS / "worker.mjs").read_text()
    reasons = set(re.findall(r"""(?:fail|reason: )\(?"([a-z]+)"\s*[,)}]""", src))
    reasons |= set(re.findall(r"""reason === "([a-z]+)\"""", src))
    assert {"blocked", "memory", "stalled", "unresponsive", "crashed"} <= reasons
    for reason in reasons:
        assert f"runtime.{reason}" in table(), reason


def test_every_shared_link_refusal_is_worded() -> None:
    src = (JS / "share.mjs").read_text()
    reasons = set(re.findall(r"""reason: "([a-z-]+)\"""", src))
    assert {"too-long", "damaged", "unknown-part"} <= reasons
    used = {
        reason
        for name in ("eligibility.mjs", "loa.mjs")
        for reason in re.findall(r"""refusalText\(t, "([a-z-]+)\"""", (JS / name).read_text())
    }
    assert {"unknown-country", "damaged"} <= used
    for reason in reasons | used:
        assert f"ui.share.reason.{reason}" in table(), reason
