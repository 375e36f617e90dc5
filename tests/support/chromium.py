"""Debian's Chromium as the browser tests and the benchmark launch it. The
resolver maps every host but 127.0.0.1 to nothing: nothing leaves the machine."""

from __future__ import annotations

import os

CHROMIUM = os.environ.get("CHROMIUM", "/usr/lib/chromium/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]
