"""`python -m checks coverage|eligibility`: output formats and exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from checks.__main__ import main
from checks.serialize import spreadsheet_safe


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_coverage_json_has_the_contract_keys(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "coverage", "--json")
    rows = json.loads(out)
    assert code == 0
    fr = next(r for r in rows if r["iso"] == "FR")
    assert {"iso", "name", "region", "portable_types", "verify_types", "confirmed"} <= fr.keys()
    assert fr["portable_types"] == ["fixed_line", "toll_free"]
    assert fr["confirmed"] is True


def test_coverage_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "coverage")
    assert code == 0
    assert out.splitlines()[0].split() == [
        "ISO",
        "Country",
        "Region",
        "Portable",
        "Verify",
        "Confirmed",
    ]
    assert any(line.startswith("MX ") and "no (verify)" in line for line in out.splitlines())


def test_eligibility_json_from_a_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "numbers.txt"
    path.write_text("+33 1 42 68 53 00\n020 7946 0000\n", encoding="utf-8")
    code, out, _ = run(capsys, "eligibility", "--country", "gb", "--json", str(path))
    records = json.loads(out)
    assert code == 0
    assert [r["e164"] for r in records] == ["+33142685300", "+442079460000"]
    assert set(records[0]) >= {"input", "e164", "region", "type", "verdict", "reason", "message"}


def test_eligibility_table_and_summary(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"+33 1 42 68 53 00\nhello\n")))
    code, out, _ = run(capsys, "eligibility")
    assert code == 0
    assert out.splitlines()[-1] == "2 entries: 1 eligible, 1 not a valid number"


def test_csv_is_spreadsheet_safe(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = b'+33 1 42 68 53 00\n=HYPERLINK("x")\n@SUM(A1)\n-1\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw)))
    code, out, _ = run(capsys, "eligibility", "--csv", "-")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][:3] == ["position", "input", "e164"]
    cells = [cell for row in rows[1:] for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert rows[1][1:3] == ["'+33 1 42 68 53 00", "'+33142685300"]
    assert rows[2][1] == '\'=HYPERLINK("x")'


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("+33", "'+33"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("ok", "ok"),
        (None, ""),
    ],
)
def test_spreadsheet_safe(cell: str | None, safe: str) -> None:
    assert spreadsheet_safe(cell) == safe


def test_bytes_that_are_not_utf8_do_not_stop_the_check(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes(b"+33 1 42 68 53 00\n\xff\xfe+44 20 7946 0000\n")
    code, out, _ = run(capsys, "eligibility", "--json", str(path))
    assert code == 0
    assert [r["region"] for r in json.loads(out)] == ["FR", "GB"]


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "eligibility", str(tmp_path / "missing.txt"))
    assert code == 2
    assert err == f"error: {tmp_path / 'missing.txt'}: No such file or directory\n"
    code, _, err = run(capsys, "eligibility", "--country", "ZZ", str(tmp_path))
    assert code == 2
    with pytest.raises(SystemExit) as exc:
        main(["eligibility", "--json", "--csv"])
    assert exc.value.code == 2


def test_over_the_limit_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "many.txt"
    path.write_text("+33 1 42 68 53 00\n" * 10_001, encoding="utf-8")
    code, out, err = run(capsys, "eligibility", str(path))
    assert (code, out) == (2, "")
    assert err.startswith("error: The list has 10,001 entries; at most 10,000")


def test_bad_data_file_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("sources: []\n", encoding="utf-8")
    code, _, err = run(capsys, "--data", str(bad), "coverage")
    assert code == 2
    assert err.startswith("error: ")
    assert "regions: is missing" in err


def test_module_entry_point_runs() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "checks", "eligibility", "--json", "-"],
        input="+46 8 123 456 78\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)[0]["verdict"] == "eligible"
