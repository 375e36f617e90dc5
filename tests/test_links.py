"""The anchor registry: validation, the published record, aliases."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from checks.datafile import DEFAULT_LINKS, load_links, parse_yaml
from checks.links import LinkRegistry, check_published, parse_published
from checks.records import Coverage, DataError
from macros import links as site_links


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    data, _ = parse_yaml(DEFAULT_LINKS.read_text(encoding="utf-8"), "data/links.yaml")
    return data  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def registry(coverage: Coverage) -> LinkRegistry:
    return load_links(coverage)


def error_of(data: object, coverage: Coverage) -> str:
    with pytest.raises(DataError) as exc:
        LinkRegistry.from_dict(data, coverage)
    return str(exc.value)


def test_every_declared_id_is_registered_once(coverage: Coverage, registry: LinkRegistry) -> None:
    assert sorted(x.id for x in registry.links) == sorted(coverage.anchors())
    assert registry.link("return-forms") is not None
    assert registry.link("return-forms").page == "procedure.md"  # type: ignore[union-attr]
    assert registry.link("country-fr").answers == (  # type: ignore[union-attr]
        "Can numbers in France be ported, and what applies there?"
    )


def test_the_record_holds_every_current_id(registry: LinkRegistry) -> None:
    published = parse_published((DEFAULT_LINKS.with_name("published-anchors.txt")).read_text())
    broken, unrecorded = check_published(registry, published)
    assert broken == []
    assert unrecorded == []


def test_a_vanished_id_is_broken(registry: LinkRegistry) -> None:
    broken, _ = check_published(registry, [("send-forms", "procedure.md")])
    assert broken == [
        "published id 'send-forms' on procedure.md disappeared without an alias"
        " (add one under aliases: in data/links.yaml)"
    ]
    broken, _ = check_published(registry, [("return-forms", "forms.md")])
    assert broken == [
        "published id 'return-forms' on forms.md moved without an alias"
        " (add one under aliases: in data/links.yaml)"
    ]


def test_an_alias_keeps_a_renamed_id(raw: dict[str, Any], coverage: Coverage) -> None:
    data = copy.deepcopy(raw)
    data["aliases"] = [{"id": "send-forms", "page": "procedure.md", "to": "return-forms"}]
    registry = LinkRegistry.from_dict(data, coverage)
    broken, _ = check_published(registry, [("send-forms", "procedure.md")])
    assert broken == []
    assert registry.target("send-forms") == registry.link("return-forms")
    assert registry.target("nothing") is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["links"].append({"id": "nowhere", "topic": "start", "answers": "x"}),
            "data/links.yaml: links[35].id: 'nowhere' is not an id declared in coverage.yaml",
        ),
        (
            lambda d: d["links"].append(dict(d["links"][0])),
            "data/links.yaml: links[35].id: duplicate link 'coverage-not-guaranteed'",
        ),
        (
            lambda d: d["links"][0].update(topic="misc"),
            "data/links.yaml: links[0].topic: 'misc' is not a topic id",
        ),
        (
            lambda d: d["links"].pop(0),
            "data/links.yaml: links: no entry for 'coverage-not-guaranteed'",
        ),
        (
            lambda d: d.update(aliases=[{"id": "a", "page": "index.md", "to": "b"}]),
            "data/links.yaml: aliases[0].to: 'b' is not a current link id",
        ),
        (
            lambda d: d.update(aliases=[{"id": "fees", "page": "fees-and-sms.md", "to": "sms"}]),
            "data/links.yaml: aliases[0].id: 'fees' is still a current id on fees-and-sms.md",
        ),
        (
            lambda d: d.update(links="all"),
            "data/links.yaml: links: expected a list",
        ),
        (
            lambda d: d["pages"].update(extra="x.md"),
            "data/links.yaml: pages.extra: unknown key"
            " (allowed: countries, fees, sms_options, steps)",
        ),
    ],
)
def test_bad_registry_entries(
    raw: dict[str, Any], coverage: Coverage, change: Any, message: str
) -> None:
    data = copy.deepcopy(raw)
    change(data)
    assert error_of(data, coverage) == message


def test_page_urls() -> None:
    assert site_links.page_url("index.md") == ""
    assert site_links.page_url("procedure.md") == "procedure/"
    assert site_links.page_url("guide/index.md") == "guide/"


def test_record_appends_only_new_ids(registry: LinkRegistry, tmp_path: Path) -> None:
    record = tmp_path / "published.txt"
    first = site_links.record(registry, record)
    assert "return-forms procedure.md" in first
    assert record.read_text().startswith("# Published deep links")
    assert site_links.record(registry, record) == []


def test_verify_refuses_a_broken_record(registry: LinkRegistry, tmp_path: Path) -> None:
    record = tmp_path / "published.txt"
    record.write_text("send-forms procedure.md\n")
    with pytest.raises(site_links.BrokenLink, match=r"'send-forms' on procedure\.md disappeared"):
        site_links.verify(registry, record)
