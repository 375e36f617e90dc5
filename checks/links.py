"""The anchor registry (`data/links.yaml`): every linkable place, its page,
its topic and what it answers, plus aliases that keep old links working.

Ids are declared with the facts (`Coverage.anchors()`); the registry must list
each exactly once, and nothing else.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from checks import _schema as s
from checks._schema import Context
from checks.records import Coverage

__all__ = ["Alias", "Link", "LinkRegistry", "Topic", "check_published", "parse_published"]

_PAGE_KINDS = ("steps", "fees", "sms_options", "countries")


@dataclass(frozen=True, slots=True, kw_only=True)
class Topic:
    id: str
    title: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Link:
    id: str
    page: str  # the Markdown source, e.g. "procedure.md"
    topic: str
    title: str
    answers: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Alias:
    id: str  # the old id ...
    page: str  # ... on the old page
    to: str  # the id it now resolves to


@dataclass(frozen=True, slots=True, kw_only=True)
class LinkRegistry:
    topics: tuple[Topic, ...]
    links: tuple[Link, ...]
    aliases: tuple[Alias, ...]

    def link(self, link_id: str) -> Link | None:
        return next((x for x in self.links if x.id == link_id), None)

    def target(self, link_id: str) -> Link | None:
        """Where an id, current or alias, resolves to."""
        found = self.link(link_id)
        if found is not None:
            return found
        alias = next((a for a in self.aliases if a.id == link_id), None)
        return self.link(alias.to) if alias else None

    @classmethod
    def from_dict(
        cls,
        d: object,
        coverage: Coverage,
        *,
        file: str = "data/links.yaml",
        lines: Mapping[str, int] | None = None,
    ) -> LinkRegistry:
        ctx = Context(file, lines)
        m = s.mapping(ctx, d, "", ("pages", "topics", "links", "country_answers", "aliases"))
        pm = s.mapping(ctx, m["pages"], "pages", _PAGE_KINDS)
        pages = {kind: s.string(ctx, pm[kind], f"pages.{kind}") for kind in _PAGE_KINDS}

        def topic(v: object, p: str) -> Topic:
            t = s.mapping(ctx, v, p, ("id", "title"))
            return Topic(
                id=s.string(ctx, t["id"], f"{p}.id"), title=s.string(ctx, t["title"], f"{p}.title")
            )

        topics = s.items(ctx, m["topics"], "topics", topic)
        s.unique(ctx, ((t.id, f"topics[{i}].id") for i, t in enumerate(topics)), "topic")
        topic_ids = {t.id for t in topics}

        places = _places(coverage, pages)
        declared: dict[str, tuple[str, str]] = {}  # id -> (topic, answers)
        if not isinstance(m["links"], list):
            raise ctx.error("links", "expected a list")
        for i, item in enumerate(m["links"]):
            p = f"links[{i}]"
            e = s.mapping(ctx, item, p, ("id", "topic", "answers"))
            link_id = s.string(ctx, e["id"], f"{p}.id")
            if link_id not in places:
                raise ctx.error(f"{p}.id", f"{link_id!r} is not an id declared in coverage.yaml")
            if link_id in declared:
                raise ctx.error(f"{p}.id", f"duplicate link {link_id!r}")
            topic_id = s.string(ctx, e["topic"], f"{p}.topic")
            if topic_id not in topic_ids:
                raise ctx.error(f"{p}.topic", f"{topic_id!r} is not a topic id")
            declared[link_id] = (topic_id, s.string(ctx, e["answers"], f"{p}.answers"))

        template = s.string(ctx, m["country_answers"], "country_answers")
        for c in coverage.countries:
            declared.setdefault(c.anchor, ("coverage", template.format(country=c.name)))

        missing = [place for place in places if place not in declared]
        if missing:
            raise ctx.error("links", f"no entry for {', '.join(repr(x) for x in missing)}")

        links = tuple(
            Link(id=i, page=places[i][0], title=places[i][1], topic=t, answers=a)
            for i, (t, a) in declared.items()
        )

        def alias(v: object, p: str) -> Alias:
            a = s.mapping(ctx, v, p, ("id", "page", "to"))
            old, to = s.string(ctx, a["id"], f"{p}.id"), s.string(ctx, a["to"], f"{p}.to")
            page = s.string(ctx, a["page"], f"{p}.page")
            if to not in declared:
                raise ctx.error(f"{p}.to", f"{to!r} is not a current link id")
            if old in declared and places[old][0] == page:
                raise ctx.error(f"{p}.id", f"{old!r} is still a current id on {page}")
            return Alias(id=old, page=page, to=to)

        aliases = s.items(ctx, m["aliases"], "aliases", alias)
        return cls(topics=topics, links=links, aliases=aliases)


def _places(coverage: Coverage, pages: Mapping[str, str]) -> dict[str, tuple[str, str]]:
    """Every id the data declares: id -> (page, title)."""
    places = {sec.id: (sec.page, sec.title) for sec in coverage.sections}
    places.update({st.id: (pages["steps"], st.title) for st in coverage.all_steps()})
    places.update({f.id: (pages["fees"], f.name) for f in coverage.fees})
    places.update({o.id: (pages["sms_options"], o.title) for o in coverage.sms_options})
    places.update({c.anchor: (pages["countries"], c.name) for c in coverage.countries})
    return places


def parse_published(text: str) -> list[tuple[str, str]]:
    """`data/published-anchors.txt`: one `id page.md` per line; # comments."""
    out: list[tuple[str, str]] = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            link_id, page = line.split()
            out.append((link_id, page))
    return out


def check_published(
    registry: LinkRegistry, published: list[tuple[str, str]]
) -> tuple[list[str], list[str]]:
    """(broken, unrecorded): published ids that no longer resolve from their page
    (gone, or moved without an alias), and current ids not yet recorded."""
    problems: list[str] = []
    unrecorded: list[str] = []
    recorded: set[str] = set()
    for link_id, page in published:
        recorded.add(link_id)
        link = registry.link(link_id)
        if link is not None and link.page == page:
            continue
        if any(a.id == link_id and a.page == page for a in registry.aliases):
            continue
        where = "moved" if link is not None else "disappeared"
        problems.append(
            f"published id {link_id!r} on {page} {where} without an alias"
            " (add one under aliases: in data/links.yaml)"
        )
    for link in registry.links:
        if link.id not in recorded:
            unrecorded.append(
                f"id {link.id!r} on {link.page} is not in data/published-anchors.txt"
                " (run `make anchors` to record it)"
            )
    return problems, unrecorded
