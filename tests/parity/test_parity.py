"""CPython and Pyodide give identical responses to the same requests.

Pyodide runs under Node from the built site's own files (runtime, wheels,
coverage.json), which is the code path of the browser worker."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from checks import bridge
from tests.parity.corpus import all_requests
from tests.support.paths import SITE

pytestmark = pytest.mark.node


@pytest.fixture(scope="module")
def pyodide_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    assert (SITE / "assets" / "data" / "runtime.json").is_file(), "build the site first: make build"
    node = shutil.which("node")
    assert node, "Node 20+ is required for the parity tests"
    requests = tmp_path_factory.mktemp("parity") / "requests.json"
    requests.write_text(json.dumps(all_requests()), encoding="utf-8")
    proc = subprocess.run(
        [node, str(Path(__file__).with_name("pyodide_runner.mjs")), str(SITE), str(requests)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def cpython_responses() -> list[Any]:
    bridge.init((SITE / "assets" / "data" / "coverage.json").read_text(encoding="utf-8"))
    return [json.loads(bridge.handle(json.dumps(r))) for r in all_requests()]


def test_pyodide_is_python_314(pyodide_run: dict[str, Any]) -> None:
    assert pyodide_run["python"].startswith("3.14.")


def test_the_runtime_starts_from_the_build_snapshot(pyodide_run: dict[str, Any]) -> None:
    """The browser's fast path (a memory snapshot) is the one compared here."""
    assert pyodide_run["mode"] == "snapshot", pyodide_run["warning"]
    assert pyodide_run["warning"] is None


def test_identical_responses(pyodide_run: dict[str, Any]) -> None:
    expected = cpython_responses()
    got = pyodide_run["responses"]
    assert len(got) == len(expected)
    for i, (ours, theirs) in enumerate(zip(expected, got, strict=True)):
        assert theirs == ours, f"request {i} differs"


def test_corpus_covers_every_verdict(pyodide_run: dict[str, Any]) -> None:
    verdicts = {
        r["verdict"]
        for response in pyodide_run["responses"]
        if response.get("ok") and "results" in response["report"]
        for r in response["report"]["results"]
    }
    assert verdicts == {
        "eligible",
        "verify",
        "not-portable-type",
        "not-covered",
        "other-region",
        "invalid",
        "duplicate",
    }
