"""The LOA requirements in the data: what they say, and one exact message for
every kind of mistake in them."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from checks.datafile import DEFAULT_DATA, parse_yaml
from checks.messages import table
from checks.records import LOA_INPUT_FIELDS, Coverage, DataError

FILE = "data/coverage.yaml"


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    data, _ = parse_yaml(DEFAULT_DATA.read_text(encoding="utf-8"), FILE)
    return data  # type: ignore[no-any-return]


def error_of(data: object) -> str:
    with pytest.raises(DataError) as exc:
        Coverage.from_dict(data)
    return str(exc.value)


def mutate(raw: dict[str, Any], path: list[str | int], value: object) -> dict[str, Any]:
    """A copy with the value at `path` replaced; `...` deletes the key."""
    data = copy.deepcopy(raw)
    node: Any = data
    for key in path[:-1]:
        node = node[key]
    if value is ...:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return data


def test_round_trip(coverage: Coverage) -> None:
    assert Coverage.from_dict(coverage.to_dict()) == coverage
    assert coverage.to_dict()["loa"]["countries"][0]["signature_max_age"] is None


def test_the_default_form(coverage: Coverage) -> None:
    fields = {f.id: f for f in coverage.loa.fields}
    assert tuple(fields) == LOA_INPUT_FIELDS
    required = {f.id for f in coverage.loa.fields if f.status == "required"}
    assert required == {
        "end_user_name",
        "service_address",
        "carrier",
        "signer_name",
        "signature_date",
        "numbers",
    }
    assert {f.id for f in coverage.loa.fields if f.csr} == {
        "end_user_name",
        "service_address",
        "billing_number",
        "account_number",
        "pin",
        "carrier",
        "numbers",
    }
    assert fields["billing_number"].kind == "phone"
    # Peers: signed within 90 days (Telnyx) or 3 months (Zoom).
    age = coverage.loa.signature_max_age
    assert (age.days, age.status) == (90, "typical")
    assert coverage.source(age.source).verified


def test_country_additions_follow_facts(coverage: Coverage) -> None:
    loa = coverage.loa
    rio = loa.fields_for("FR")[-1]
    assert (rio.id, rio.status, rio.length, rio.source) == ("rio", "required", 12, "arcep-fr")
    assert [(f.id, f.status) for f in loa.fields_for("IT")[-1:]] == [("secret_code", "typical")]
    assert [(f.id, f.status) for f in loa.fields_for("PT")[-1:]] == [("cvp_code", "typical")]
    assert [(f.id, f.status) for f in loa.fields_for("BR")[-1:]] == [("cnpj", "required")]
    assert loa.fields_for("SE") == loa.fields
    assert loa.rules_for("SE") == loa.rules
    assert loa.separate_for("SE") is None
    for iso in ("DE", "GB"):
        separate = loa.separate_for(iso)
        assert separate is not None
        assert separate.status == "typical"
        assert separate.groups[0].types == ("fixed_line",)
        assert "toll_free" in separate.groups[1].types
    rules = {iso: " ".join(r.text for r in loa.rules_for(iso)) for iso in ("DE", "ES", "IT", "MX")}
    assert "German" in rules["DE"]
    assert "Spanish" in rules["ES"]
    assert "Italian" in rules["IT"]
    assert "Spanish" in rules["MX"]


def test_peer_rules_are_typical_and_every_source_exists(coverage: Coverage) -> None:
    peers = set(coverage.loa.peer_sources)
    for path, status, source in coverage.loa.sourced():
        assert coverage.source(source), path
        if source in peers:
            assert status == "typical", path


def test_every_field_and_type_group_has_its_texts(coverage: Coverage) -> None:
    messages = table()
    for country in ("", *(c.iso for c in coverage.loa.countries)):
        for field in coverage.loa.fields_for(country):
            assert f"loa.field.{field.id}" in messages
            assert f"loa.name.{field.id}" in messages
        separate = coverage.loa.separate_for(country)
        for group in separate.groups if separate else ():
            assert f"loa.separate.{group.id}" in messages
    for status in ("required", "typical"):
        assert f"loa.status.{status}" in messages


def test_the_loa_key_is_required(raw: dict[str, Any]) -> None:
    assert error_of(mutate(raw, ["loa"], ...)) == f"{FILE}: loa: is missing"


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (
            ["loa", "colour"],
            "red",
            "loa.colour: unknown key (allowed: countries, fields,"
            " peer_sources, rules, signature_max_age)",
        ),
        (
            ["loa", "fields", 0, "status"],
            "optional",
            "loa.fields[0].status: 'optional' is not one of required, typical",
        ),
        (
            ["loa", "fields", 0, "kind"],
            "name",
            "loa.fields[0].kind: 'name' is not one of text, phone, date, numbers",
        ),
        (
            ["loa", "fields", 0, "kind"],
            "date",
            "loa.fields[0].kind: 'date' is only for the field 'signature_date'",
        ),
        (
            ["loa", "fields", 9, "kind"],
            "text",
            "loa.fields[9].kind: 'numbers' must be of kind 'numbers'",
        ),
        (
            ["loa", "fields", 0, "id"],
            "End user",
            "loa.fields[0].id: 'End user' is not a field id (lowercase words joined by '_')",
        ),
        (
            ["loa", "fields", 0, "csr"],
            "yes",
            "loa.fields[0].csr: expected true or false, got a string",
        ),
        (["loa", "fields", 0, "length"], 0, "loa.fields[0].length: must be at least 1"),
        (
            ["loa", "fields", 1, "id"],
            "end_user_name",
            "loa.fields[1].id: duplicate field 'end_user_name' (first at loa.fields[0].id)",
        ),
        (
            ["loa", "fields", 4, "id"],
            "passcode",
            "loa.fields: 'pin' is missing (the LOA checker's input needs it)",
        ),
        (
            ["loa", "fields", 0, "source"],
            "nowhere",
            "loa.fields[0].source: 'nowhere' is not a source id (see sources)",
        ),
        (
            ["loa", "fields", 0, "source"],
            "twilio-gb",
            "loa.fields[0].status: must be 'typical':"
            " 'twilio-gb' is a peer provider (see loa.peer_sources)",
        ),
        (
            ["loa", "peer_sources", 0],
            "elsewhere",
            "loa.peer_sources[0]: 'elsewhere' is not a source id (see sources)",
        ),
        (
            ["loa", "peer_sources", 1],
            "amazon-connect-porting",
            "loa.peer_sources[1]: duplicate"
            " peer source 'amazon-connect-porting' (first at loa.peer_sources[0])",
        ),
        (
            ["loa", "rules", 0, "id"],
            "Match",
            "loa.rules[0].id: 'Match' is not an anchor id (lowercase words joined by '-')",
        ),
        (
            ["loa", "rules", 1, "id"],
            "loa-matches-csr",
            "loa.rules[1].id: duplicate rule 'loa-matches-csr' (first at loa.rules[0].id)",
        ),
        (["loa", "rules", 0, "text"], " ", "loa.rules[0].text: must not be empty"),
        (["loa", "signature_max_age", "days"], 0, "loa.signature_max_age.days: must be at least 1"),
        (
            ["loa", "signature_max_age", "status"],
            "required",
            "loa.signature_max_age.status: must"
            " be 'typical': 'telnyx-porting' is a peer provider (see loa.peer_sources)",
        ),
        (
            ["loa", "signature_max_age"],
            None,
            "loa.signature_max_age: expected a mapping, got nothing",
        ),
        (
            ["loa", "countries", 0, "iso"],
            "NL",
            "loa.countries[0].iso: 'NL' is not a country (see countries)",
        ),
        (
            ["loa", "countries", 1, "iso"],
            "FR",
            "loa.countries[1].iso: duplicate country 'FR' (first at loa.countries[0].iso)",
        ),
        (
            ["loa", "countries", 0, "fields", 0, "id"],
            "pin",
            "loa.countries[0].fields[0].id: duplicate field 'pin' (first at loa.fields[4].id)",
        ),
        (
            ["loa", "countries", 0, "rules", 0, "id"],
            "loa-wet-signature",
            "loa.countries[0]"
            ".rules[0].id: duplicate rule 'loa-wet-signature' (first at loa.rules[2].id)",
        ),
        (
            ["loa", "countries", 1, "rules", 0, "status"],
            "required",
            "loa.countries[1].rules[0]"
            ".status: must be 'typical': 'twilio-it' is a peer provider (see loa.peer_sources)",
        ),
        (
            ["loa", "countries", 0, "signature_max_age"],
            {"days": 10, "status": "required", "source": "zoom-latam"},
            "loa.countries[0].signature_max_age.status: must be 'typical': 'zoom-latam' is a peer"
            " provider (see loa.peer_sources)",
        ),
        (
            ["loa", "countries", 0, "signature_max_age"],
            {"days": 10, "status": "required", "source": "void"},
            "loa.countries[0].signature_max_age.source: 'void' is not a source id (see sources)",
        ),
        (
            ["loa", "countries", 3, "separate", "status"],
            "required",
            "loa.countries[3].separate"
            ".status: must be 'typical': 'teams-porting' is a peer provider (see"
            " loa.peer_sources)",
        ),
        (
            ["loa", "countries", 3, "separate", "groups", 1, "id"],
            "geographic",
            "loa.countries[3]"
            ".separate.groups[1]: duplicate group 'geographic' (first at"
            " loa.countries[3].separate.groups[0])",
        ),
        (
            ["loa", "countries", 3, "separate", "groups", 1, "id"],
            "other",
            "loa.countries[3].separate.groups[1].id: 'other' is reserved for the types not listed",
        ),
        (
            ["loa", "countries", 3, "separate", "groups", 1, "types"],
            ["fixed_line"],
            "loa.countries[3].separate.groups[1].types[0]: duplicate number type 'fixed_line'"
            " (first at loa.countries[3].separate.groups[0].types[0])",
        ),
        (
            ["loa", "countries", 3, "separate", "groups", 1, "types"],
            ["landline"],
            "loa.countries[3].separate.groups[1].types[0]: 'landline' is not a number type",
        ),
        (
            ["loa", "countries", 3, "separate", "groups"],
            [{"id": "all", "types": ["fixed_line"]}],
            "loa.countries[3].separate.groups: needs at least two groups",
        ),
        (
            ["loa", "countries", 3, "separate", "source"],
            "void",
            "loa.countries[3].separate.source: 'void' is not a source id (see sources)",
        ),
    ],
)
def test_mistakes_are_named_with_their_key_path(
    raw: dict[str, Any], path: list[str | int], value: object, message: str
) -> None:
    assert error_of(mutate(raw, path, value)).startswith(f"{FILE}: {message}")


def test_optional_country_keys(raw: dict[str, Any]) -> None:
    data = mutate(raw, ["loa", "countries", 3, "separate"], ...)
    data = mutate(data, ["loa", "countries", 3, "signature_max_age"], None)
    coverage = Coverage.from_dict(data)
    assert coverage.loa.separate_for("DE") is None
    assert coverage.loa.signature_max_age_for("DE") == coverage.loa.signature_max_age
