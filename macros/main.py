"""mkdocs-macros entry point: read the data once, register the macros, and
after the build write what the browser needs into site/.

Loaded by mkdocs-macros from a file path, so it imports its siblings as
`macros.*` (the repository is on the virtualenv's path: see the Makefile).
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Any

from checks.datafile import load_coverage, load_links
from checks.records import DataError
from macros import links, render, vendor
from macros.loa_form import LoaPages
from macros.timeline_form import TimelinePages

# `mkdocs serve` guesses types from the host's tables: make the runtime's sure.
mimetypes.add_type("application/wasm", ".wasm")
mimetypes.add_type("text/javascript", ".mjs")

# Classes whose MACROS-named methods become macros; each takes
# (coverage, current_page=callable returning the page's src path).
PROVIDERS: tuple[type[render.Pages], ...] = (
    render.Pages,
    links.LinkMacros,
    LoaPages,
    TimelinePages,
)


class DataFileError(RuntimeError):
    """Bad data fails the build loudly, with file, line, key path and problem."""


def define_env(env: Any) -> None:
    project = Path(env.project_dir)
    try:
        coverage = load_coverage(project / "data" / "coverage.yaml", display="data/coverage.yaml")
        registry = load_links(coverage, project / "data" / "links.yaml", display="data/links.yaml")
    except DataError as exc:
        raise DataFileError(str(exc)) from None
    # Published deep links must keep resolving: a broken one fails the build.
    links.verify(registry, project / "data" / "published-anchors.txt")
    links.LinkMacros.registry = registry
    env.variables["coverage"] = coverage
    env.variables["links"] = registry
    for provider in PROVIDERS:
        macros = provider(coverage, current_page=lambda: env.page.file.src_uri)
        for name in provider.MACROS:
            env.macro(getattr(macros, name), name)


def on_post_build(env: Any) -> None:
    vendor.write_runtime(
        site_dir=Path(env.conf["site_dir"]),
        project_dir=Path(env.project_dir),
        coverage=env.variables["coverage"],
    )
    links.write_go_pages(Path(env.conf["site_dir"]), env.variables["links"])
