"""IANA time zones read from the `tzdata` package only, never from the system.

The browser has no /usr/share/zoneinfo: Pyodide's `zoneinfo` falls back to the
`tzdata` wheel the site ships (macros/vendor.py BROWSER_WHEELS, pinned in
requirements.lock). CPython's `zoneinfo.ZoneInfo(key)` reads the system's
files first (`zoneinfo.TZPATH`), which are another release: Debian 12 has
2025b where tzdata 2026.6 has 2026f, and they differ, for example, on Morocco
(Africa/Casablanca) from September 2026 and British Columbia from November
2026. Reading the rules from the package in both runtimes gives the same
instants in both, whatever the host has, without touching the process-wide
TZPATH of a program that imports `checks`.
"""

from __future__ import annotations

import importlib
import importlib.resources
from zoneinfo import ZoneInfo

__all__ = ["release", "zone"]

_PACKAGE = "tzdata.zoneinfo"
# One object per key (datetime arithmetic within a zone relies on tzinfo
# identity); only found zones are kept, so typed-in keys cannot grow it.
_LOADED: dict[str, ZoneInfo] = {}


def zone(key: str) -> ZoneInfo | None:
    """The zone called `key` in the tzdata package; None if it has none.

    `key` must already be a well-formed key (letters, digits, `_+-` and `/`
    between parts): no `..`, no leading `/`, nothing that leaves the package."""
    found = _LOADED.get(key)
    if found is not None:
        return found
    resource = importlib.resources.files(_PACKAGE).joinpath(*key.split("/"))
    try:
        with resource.open("rb") as data:
            found = ZoneInfo.from_file(data, key=key)
    # FileNotFoundError, IsADirectoryError (a region such as "Europe"): OSError;
    # ValueError: a file that is not TZif.
    except (OSError, ValueError):
        return None
    _LOADED[key] = found
    return found


def release() -> str:
    """The IANA release the rules come from, e.g. 2026f (tzdata 2026.6)."""
    return str(importlib.import_module("tzdata").IANA_VERSION)
