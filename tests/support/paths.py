"""Where the tests find the built site (SITE_DIR overrides, e.g. for a build in /tmp)."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SITE = Path(os.environ.get("SITE_DIR") or ROOT / "site").resolve()
