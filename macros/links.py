"""Deep links: the published-id check, the /go/<id>/ short links, aliases in
the built pages, and the support page's table.

`python -m macros.links record` adds the current ids to
data/published-anchors.txt (the record; ids are never removed from it).
"""

from __future__ import annotations

import re
import sys
from html import escape
from pathlib import Path

from checks.datafile import DEFAULT_LINKS, load_coverage, load_links
from checks.links import Link, LinkRegistry, check_published, parse_published
from macros import render
from macros.render import page_url

PUBLISHED = DEFAULT_LINKS.with_name("published-anchors.txt")


class BrokenLink(RuntimeError):
    """A published link would stop working: the build fails."""


def link_url(link: Link) -> str:
    return f"{page_url(link.page)}#{link.id}"


def verify(registry: LinkRegistry, published_file: Path = PUBLISHED) -> list[str]:
    """Raise on broken published links; return the ids still to record."""
    published = parse_published(published_file.read_text(encoding="utf-8"))
    broken, unrecorded = check_published(registry, published)
    if broken:
        raise BrokenLink("; ".join(broken))
    return unrecorded


def record(registry: LinkRegistry, published_file: Path = PUBLISHED) -> list[str]:
    text = published_file.read_text(encoding="utf-8") if published_file.exists() else ""
    known = {link_id for link_id, _ in parse_published(text)}
    new = [f"{x.id} {x.page}" for x in registry.links if x.id not in known]
    if new:
        header = "" if text else _HEADER
        published_file.write_text(header + text + "\n".join(new) + "\n", encoding="utf-8")
    return new


_HEADER = """\
# Published deep links: `id page`. Each must keep resolving in every later
# build (the build fails otherwise). Never delete a line: to rename or move an
# id, add an alias in data/links.yaml. `make anchors` appends new ids.
"""


_GO_PAGE = """\
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{title} - porting guide</title>
<meta http-equiv="refresh" content="0; url={target}">
<link rel="canonical" href="{target}">
<script src="{assets}js/go.js" data-target="{target}"></script>
</head>
<body>
<p>This short link leads to <a href="{target}">{title}</a>.</p>
</body>
</html>
"""


def write_go_pages(site_dir: Path, registry: LinkRegistry) -> None:
    """/go/<id>/ for every current and alias id: a static redirect that works
    without JavaScript (meta refresh, plain link) and under the strict CSP."""
    ids = [x.id for x in registry.links] + [a.id for a in registry.aliases]
    for link_id in ids:
        target = registry.target(link_id)
        assert target is not None  # the registry validated every alias
        _write_redirect(site_dir / "go" / link_id / "index.html", "../../", target)
    for alias in registry.aliases:
        old_page = site_dir / page_url(alias.page) / "index.html"
        target = registry.target(alias.to)
        assert target is not None
        if old_page.is_file():
            _add_alias_anchor(old_page, alias.id, "../" * page_url(alias.page).count("/"), target)
        else:
            depth = "../" * page_url(alias.page).count("/")
            _write_redirect(old_page, depth, target)


def _write_redirect(path: Path, to_root: str, target: Link) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    url = escape(to_root + link_url(target), quote=True)
    path.write_text(
        _GO_PAGE.format(title=escape(target.title), target=url, assets=to_root + "assets/"),
        encoding="utf-8",
    )


def _add_alias_anchor(page: Path, old_id: str, to_root: str, target: Link) -> None:
    """An old id kept on its page: an anchor that app.mjs follows to the new place."""
    html = page.read_text(encoding="utf-8")
    if f'id="{old_id}"' in html:
        return
    anchor = (
        f'<a id="{escape(old_id, quote=True)}" class="alias-anchor"'
        f' data-alias-to="{escape(to_root + link_url(target), quote=True)}"></a>'
    )
    html = re.sub(r"(<article[^>]*>)", lambda m: m.group(1) + anchor, html, count=1)
    page.write_text(html, encoding="utf-8")


class LinkMacros(render.Pages):
    """The support page's macro."""

    MACROS = ("support_links",)
    registry: LinkRegistry | None = None

    def support_links(self) -> str:
        registry = LinkMacros.registry
        if registry is None:
            raise RuntimeError("the link registry is not loaded")
        out: list[str] = []
        to_root = "../" * page_url(self._current_page()).count("/")
        for topic in registry.topics:
            links = [x for x in registry.links if x.topic == topic.id]
            if not links:
                continue
            rows = "".join(
                f"<tr><td>{escape(x.answers)}</td>"
                f'<td><a href="{escape(to_root + link_url(x), quote=True)}">'
                f"{escape(x.title)}</a></td>"
                f'<td><a class="short-link" href="{to_root}go/{x.id}/">/go/{x.id}/</a></td>'
                f'<td><button type="button" class="copy-link md-button" hidden'
                f' data-copy-path="{escape(link_url(x), quote=True)}"'
                f' aria-label="Copy link: {escape(x.title, quote=True)}">Copy link</button>'
                f'<button type="button" class="copy-link md-button" hidden'
                f' data-copy-path="go/{x.id}/"'
                f' aria-label="Copy short link: /go/{x.id}/">Copy short link</button></td></tr>'
                for x in links
            )
            out.append(f"## {escape(topic.title)} {{#topic-{topic.id}}}")
            out.append("")
            out.append(
                '<table class="support-links"><thead><tr><th scope="col">What it answers</th>'
                '<th scope="col">Page and place</th><th scope="col">Short link</th>'
                f'<th scope="col">Copy</th></tr></thead><tbody>{rows}</tbody></table>'
            )
            out.append("")
        return "\n".join(out)


def main(argv: list[str]) -> int:
    if argv != ["record"]:
        print("usage: python -m macros.links record", file=sys.stderr)
        return 2
    registry = load_links(load_coverage())
    for line in record(registry):
        print(f"recorded: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
