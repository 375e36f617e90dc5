"""The typed loader: every kind of bad data gives one exact message."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from checks.datafile import DEFAULT_DATA, load_coverage, parse_yaml
from checks.records import NUMBER_TYPES, Coverage, DataError, coverage_from_json_text


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    data, _ = parse_yaml(DEFAULT_DATA.read_text(encoding="utf-8"), "data/coverage.yaml")
    return data  # type: ignore[no-any-return]


def error_of(data: object) -> str:
    with pytest.raises(DataError) as exc:
        Coverage.from_dict(data)
    return str(exc.value)


def test_real_data_loads_and_round_trips_through_json(coverage: Coverage) -> None:
    assert {c.iso for c in coverage.countries} >= {"FR", "SE", "CH", "SK", "CO", "MX", "BR"}
    text = json.dumps(coverage.to_dict())
    assert coverage_from_json_text(text) == coverage


def test_records_are_frozen(coverage: Coverage) -> None:
    with pytest.raises(AttributeError):
        coverage.countries[0].iso = "XX"  # type: ignore[misc]


def test_support_calendar_holds_the_source_page_rule(coverage: Coverage) -> None:
    sup = coverage.support
    assert sup.timezone == "America/New_York"
    assert sup.business_days == ("mon", "tue", "wed", "thu", "fri")
    assert (sup.opens, sup.closes) == (dt.time(8), dt.time(17))
    assert (sup.processing_hours, sup.port_date_confirmation_days) == (24, 10)


def test_every_country_cites_a_source_and_unconfirmed_ones_are_marked(coverage: Coverage) -> None:
    for c in coverage.countries:
        assert coverage.source(c.source).url.startswith("https://")
        assert all(coverage.source(n.source) for n in c.notes)
    # FACTS.md: only pages on the production help site confirm a country.
    assert {c.iso for c in coverage.countries if c.confirmed} == {"FR", "SE"}


def test_number_types_are_phonenumbers_names() -> None:
    assert "fixed_line" in NUMBER_TYPES
    assert "toll_free" in NUMBER_TYPES
    assert "fixed_line_or_mobile" in NUMBER_TYPES


def mutate(raw: dict[str, Any], path: list[str | int], value: object) -> dict[str, Any]:
    data = copy.deepcopy(raw)
    node: Any = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (
            ["countries", 3, "iso"],
            "UKK",
            "data/coverage.yaml: countries[3].iso: 'UKK' is not an ISO 3166-1 alpha-2 code",
        ),
        (
            ["countries", 0, "iso"],
            "ZZ",
            "data/coverage.yaml: countries[0].iso: 'ZZ' is not a region known to phonenumbers",
        ),
        (
            ["countries", 1, "confirmed"],
            "yes",
            "data/coverage.yaml: countries[1].confirmed: expected true or false, got a string",
        ),
        (
            ["countries", 0, "portable_types"],
            "fixed_line",
            "data/coverage.yaml: countries[0].portable_types: expected a list, got a string",
        ),
        (
            ["countries", 0, "portable_types", 0],
            "landline",
            "data/coverage.yaml: countries[0].portable_types[0]: 'landline' is not a number type"
            f" ({', '.join(NUMBER_TYPES)})",
        ),
        (
            ["countries", 0, "last_verified"],
            "yesterday",
            "data/coverage.yaml: countries[0].last_verified: expected a date (YYYY-MM-DD),"
            " got 'yesterday'",
        ),
        (
            ["countries", 0, "source"],
            "nowhere",
            "data/coverage.yaml: countries[0].source: 'nowhere' is not a source id (see sources)",
        ),
        (
            ["countries", 0, "region"],
            "LATAM",
            "data/coverage.yaml: countries[0].iso: 'FR' is not a member of region 'LATAM'",
        ),
        (
            ["countries", 0, "region"],
            "APAC",
            "data/coverage.yaml: countries[0].region: 'APAC' is not a region id",
        ),
        (
            ["support", "opens"],
            "8am",
            "data/coverage.yaml: support.opens: expected a time of day as HH:MM, got '8am'",
        ),
        (
            ["support", "closes"],
            "07:00",
            "data/coverage.yaml: support.closes: must be later than opens",
        ),
        (
            ["support", "business_days", 0],
            "monday",
            "data/coverage.yaml: support.business_days[0]: 'monday' is not one of"
            " mon, tue, wed, thu, fri, sat, sun",
        ),
        (
            ["support", "processing_hours"],
            0,
            "data/coverage.yaml: support.processing_hours: must be at least 1",
        ),
        (
            ["support", "processing_hours"],
            True,
            "data/coverage.yaml: support.processing_hours: expected a whole number, got a boolean",
        ),
        (
            ["steps", 0, "id"],
            "Request Forms",
            "data/coverage.yaml: steps[0].id: 'Request Forms' is not an anchor id"
            " (lowercase words joined by '-')",
        ),
        (
            ["steps", 1, "substeps", 0, "id"],
            "request-forms",
            "data/coverage.yaml: steps[1].substeps[0].id: duplicate anchor id 'request-forms'"
            " (first at steps[0].id)",
        ),
        (
            ["sources", 0, "url"],
            "http://example.com/",
            "data/coverage.yaml: sources[0].url: 'http://example.com/' is not an https:// URL",
        ),
        (
            ["sections", 0, "page"],
            "index.html",
            "data/coverage.yaml: sections[0].page: 'index.html' is not a Markdown page (*.md)",
        ),
        (
            ["fees", 0, "name"],
            "  ",
            "data/coverage.yaml: fees[0].name: must not be empty",
        ),
        (
            ["sms_options"],
            None,
            "data/coverage.yaml: sms_options: expected a list, got nothing",
        ),
    ],
)
def test_bad_values_name_the_key_path(
    raw: dict[str, Any], path: list[str | int], value: object, message: str
) -> None:
    assert error_of(mutate(raw, path, value)) == message


def test_unknown_key_is_rejected(raw: dict[str, Any]) -> None:
    data = mutate(raw, ["countries", 2, "capital"], "Bern")
    assert error_of(data) == (
        "data/coverage.yaml: countries[2].capital: unknown key (allowed: confirmed, iso,"
        " last_verified, name, notes, portable_types, region, source, verify_types)"
    )


def test_missing_key_is_named(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw)
    del data["countries"][4]["name"]
    assert error_of(data) == "data/coverage.yaml: countries[4].name: is missing"


def test_duplicate_country_is_rejected(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw)
    data["countries"].append(copy.deepcopy(data["countries"][0]))
    last = len(data["countries"]) - 1
    assert error_of(data) == (
        f"data/coverage.yaml: countries[{last}].iso: duplicate country 'FR'"
        " (first at countries[0].iso)"
    )


def test_type_in_both_lists_is_rejected(raw: dict[str, Any]) -> None:
    data = mutate(raw, ["countries", 0, "verify_types"], ["toll_free"])
    assert error_of(data) == (
        "data/coverage.yaml: countries[0].verify_types[0]: 'toll_free' is already in portable_types"
    )


def test_top_level_must_be_a_mapping() -> None:
    assert error_of([1, 2]) == "data/coverage.yaml: expected a mapping, got a list"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "coverage.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_errors_from_a_file_carry_the_line(tmp_path: Path) -> None:
    text = DEFAULT_DATA.read_text(encoding="utf-8").replace("  - iso: SE\n", "  - iso: SWE\n", 1)
    line = text.splitlines().index("  - iso: SWE") + 1
    with pytest.raises(DataError) as exc:
        load_coverage(write(tmp_path, text), display="data/coverage.yaml")
    assert str(exc.value) == (
        f"data/coverage.yaml:{line}: countries[1].iso: 'SWE' is not an ISO 3166-1 alpha-2 code"
    )


def test_malformed_yaml_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(DataError) as exc:
        load_coverage(write(tmp_path, "sources:\n  - id: [unclosed\n"), display="x.yaml")
    assert str(exc.value).startswith("x.yaml:3: is not valid YAML: ")


def test_duplicate_yaml_keys_are_errors(tmp_path: Path) -> None:
    with pytest.raises(DataError) as exc:
        load_coverage(write(tmp_path, "sources: []\nsources: []\n"), display="x.yaml")
    assert str(exc.value) == "x.yaml:2: sources: duplicate key"


def test_empty_and_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(DataError, match=r"^x\.yaml: is empty$"):
        load_coverage(write(tmp_path, "# nothing\n"), display="x.yaml")
    with pytest.raises(DataError, match=r"^missing\.yaml: cannot be read \(No such file"):
        load_coverage(tmp_path / "nope.yaml", display="missing.yaml")
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes(b"name: \xe9\n")
    with pytest.raises(DataError, match=r"^latin1\.yaml: is not UTF-8 text"):
        load_coverage(bad, display="latin1.yaml")


def test_norway_stays_a_country_code() -> None:
    data, _ = parse_yaml("members: [NO, SE, yes, off, true]\n", "x.yaml")
    assert data == {"members": ["NO", "SE", "yes", "off", True]}


def test_json_that_is_not_json() -> None:
    with pytest.raises(DataError, match=r"^coverage\.json: not valid JSON"):
        coverage_from_json_text("{nope")


def test_lookups(coverage: Coverage) -> None:
    fr = coverage.country("FR")
    assert fr is not None
    assert fr.anchor == "country-fr"
    assert coverage.country("DK") is None
    region = coverage.region_of("DK")
    assert region is not None
    assert region.id == "EMEA"
    assert coverage.region_of("US") is None
    assert [s.id for s in coverage.all_steps()] == [
        "request-forms",
        "return-forms",
        "support-ticket",
        "forwarding",
        "forwarding-setup",
        "forwarding-removal",
    ]
    assert len(set(coverage.anchors())) == len(coverage.anchors())
