"""The fast start of the browser runtime, made at build time (see BENCHMARKS.md).

Pyodide boots Python in seconds; restoring a memory snapshot of an interpreter
that has already imported `checks` and `phonenumbers` and loaded the coverage
data takes a fraction of that. What the build writes, under assets/runtime/KEY/:

- `snapshot.bin`: the memory of that interpreter (macros/snapshot.mjs, Node),
  its pages of zeros left out (`size` and `page` in the manifest);
- `stdlib.zip`: the few standard-library files a later request may still
  import (what the warm-up imported is in the snapshot already); the snapshot
  is taken with this very archive mounted, as Python keeps its directory;
- `packages.zip`: phonenumbers (the same release CPython uses, without the
  geocoder, carrier and time-zone data, which no check imports) and `checks`,
  stored uncompressed so that the worker writes them without unzipping;
- `tzdata.zip`: the time-zone database, fetched on the first timeline request.

Each large file gets precompressed `.br` and `.gz` siblings. The results are
cached in .cache/runtime by a digest of every input, so only a change to the
checks, the data, the wheels or Pyodide makes the build snapshot again.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import phonenumbers

_EPOCH = (1980, 1, 1, 0, 0, 0)
_HERE = Path(__file__).resolve().parent
# Standard-library files a request, an error path or a traceback may import
# after the warm-up (the tests run every check's corpus through the snapshot).
_STDLIB_KEEP = (
    "encodings/__init__.py",
    "encodings/aliases.py",
    "encodings/utf_8.py",
    "encodings/utf_8_sig.py",
    "encodings/utf_16.py",
    "encodings/utf_16_le.py",
    "encodings/utf_16_be.py",
    "encodings/utf_32.py",
    "encodings/ascii.py",
    "encodings/latin_1.py",
    "encodings/cp1252.py",
    "encodings/idna.py",
    "encodings/punycode.py",
    "encodings/raw_unicode_escape.py",
    "encodings/unicode_escape.py",
    "stringprep.py",
    "_strptime.py",
    "_pydatetime.py",
    "calendar.py",
    "locale.py",
    "csv.py",
    "difflib.py",
    "textwrap.py",
    "traceback.py",
    "linecache.py",
    "tokenize.py",
    "token.py",
    "_colorize.py",
    "zoneinfo/",
    "json/",
    "importlib/resources/",
    "string/",
    "pprint.py",
    "bisect.py",
    "heapq.py",
)


class SnapshotError(RuntimeError):
    pass


def digest(*parts: bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(hashlib.sha256(part).digest())
    return h.hexdigest()


def stored_zip(path: Path, files: Iterable[tuple[str, bytes]]) -> None:
    """A zip of stored (uncompressed) files, reproducible byte for byte."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name, data in sorted(files):
            archive.writestr(zipfile.ZipInfo(name, _EPOCH), data)


def members(wheel: Path, keep: Any) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(wheel) as archive:
        return [
            (info.filename, archive.read(info))
            for info in archive.infolist()
            if not info.is_dir() and keep(info.filename)
        ]


def _phonenumbers_file(name: str) -> bool:
    unused = ("phonenumbers/geodata/", "phonenumbers/carrierdata/", "phonenumbers/tzdata/")
    return name.startswith("phonenumbers/") and not name.startswith(unused)


def build(
    *,
    project_dir: Path,
    pyodide_dir: Path,
    phonenumbers_wheel: Path,
    tzdata_wheel: Path,
    checks_wheel: Path,
    coverage_json: Path,
    countries: list[str],
    target: Path,
) -> dict[str, Any]:
    """Write assets/runtime/KEY/ into `target` (assets/); returns the manifest entry."""
    node = shutil.which("node")
    if not node:
        raise SnapshotError("node is missing: run `make setup` (Node 20+ builds the snapshot)")
    warmup = _warmup(project_dir, countries)
    packages = [
        *members(phonenumbers_wheel, _phonenumbers_file),
        *members(checks_wheel, lambda n: n.startswith("checks/")),
    ]
    tzdata = members(tzdata_wheel, lambda n: n.startswith("tzdata/"))
    stock_stdlib = pyodide_dir / "python_stdlib.zip"
    js = project_dir / "docs" / "assets" / "js"
    scripts = [
        _HERE / "snapshot.mjs",
        _HERE / "compress.mjs",
        js / "boot.mjs",  # storedZipEntries, xorInto, fnv1a: what the snapshot's format is
    ]
    key = digest(
        *(
            (pyodide_dir / name).read_bytes()
            for name in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")
        ),
        stock_stdlib.read_bytes(),
        json.dumps([name for name, _ in sorted(packages)]).encode(),
        b"".join(data for _, data in sorted(packages)),
        b"".join(data for _, data in sorted(tzdata)),
        coverage_json.read_bytes(),
        json.dumps(warmup, sort_keys=True).encode(),
        json.dumps(_STDLIB_KEEP).encode(),
        *(script.read_bytes() for script in scripts),
    )[:16]
    cache = project_dir / ".cache" / "runtime" / key
    if not (cache / ".done").is_file():
        _make(node, cache, pyodide_dir, stock_stdlib, packages, tzdata, coverage_json, warmup)
    _prune(cache.parent, keep=cache)
    out = target / "runtime" / key
    out.mkdir(parents=True, exist_ok=True)
    for item in cache.iterdir():
        served = not item.name.startswith(".") and not item.name.endswith(".json")
        if served and not (out / item.name).is_file():
            shutil.copy2(item, out / item.name)
    meta = json.loads((cache / "snapshot.bin.json").read_text(encoding="utf-8"))
    lock = json.loads((pyodide_dir / "pyodide-lock.json").read_text(encoding="utf-8"))
    return {
        "base": f"runtime/{key}/",
        "memory": "snapshot.bin",
        "size": meta["size"],
        "page": meta["page"],
        "stdlib": "stdlib.zip",
        "packages": ["packages.zip"],
        "lazy": {"timeline": "tzdata.zip"},
        "lockfile": {"info": lock["info"], "packages": {}},
        "xor": meta["xor"],
    }


def _make(
    node: str,
    cache: Path,
    pyodide_dir: Path,
    stock_stdlib: Path,
    packages: list[tuple[str, bytes]],
    tzdata: list[tuple[str, bytes]],
    coverage_json: Path,
    warmup: list[dict[str, Any]],
) -> None:
    with tempfile.TemporaryDirectory(prefix="snapshot-") as tmp:
        work = Path(tmp)
        stored_zip(work / "packages.zip", packages)
        stored_zip(work / "tzdata.zip", tzdata)
        with zipfile.ZipFile(stock_stdlib) as stock:
            stdlib = [
                (info.filename, stock.read(info))
                for info in stock.infolist()
                if not info.is_dir() and info.filename.startswith(_STDLIB_KEEP)
            ]
        stored_zip(work / "stdlib.zip", stdlib)
        plan: dict[str, Any] = {
            "pyodide": str(pyodide_dir),
            "stdlib": str(stock_stdlib),
            "trimmed": str(work / "stdlib.zip"),
            "packages": [str(work / "packages.zip"), str(work / "tzdata.zip")],
            "coverage": str(coverage_json),
            "warmup": warmup,
            "output": str(work / "snapshot.bin"),
        }
        _node(node, "snapshot.mjs", plan, work)
        cache.mkdir(parents=True, exist_ok=True)
        names = ("snapshot.bin", "stdlib.zip", "packages.zip", "tzdata.zip")
        for name in (*names, "snapshot.bin.json"):
            shutil.copy2(work / name, cache / name)
        compress(node, [(cache / name, cache / name) for name in names])
        (cache / ".done").write_text("", encoding="utf-8")


def _prune(folder: Path, keep: Path, count: int = 3) -> None:
    """Keep the `count` most recently used snapshots of the cache (~50 MB each)."""
    (keep / ".done").touch()

    def used(entry: Path) -> float:
        done = entry / ".done"
        return done.stat().st_mtime if done.is_file() else 0.0

    entries = sorted(folder.iterdir(), key=used, reverse=True)
    for stale in [p for p in entries if p != keep][count - 1 :]:
        shutil.rmtree(stale, ignore_errors=True)


def compress(node: str, pairs: list[tuple[Path, Path]]) -> None:
    """Write TARGET.br and TARGET.gz for each (source, target)."""
    if pairs:
        args = [f"{source}={target}" for source, target in pairs]
        subprocess.run([node, str(_HERE / "compress.mjs"), *args], check=True)


def _node(node: str, script: str, plan: dict[str, Any], work: Path) -> str:
    plan_file = work / "plan.json"
    plan_file.write_text(json.dumps(plan), encoding="utf-8")
    proc = subprocess.run(
        [node, str(_HERE / script), str(plan_file)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        # Node quotes the throwing line: in minified Pyodide, a whole file.
        lines = [
            line if len(line) < 300 else line[:200] + " …" for line in proc.stderr.splitlines()
        ]
        raise SnapshotError(f"{script} failed:\n" + "\n".join(lines)[-3000:])
    return proc.stdout


def example_numbers(regions: Iterable[str]) -> list[str]:
    """phonenumbers' example number of each type for each region, in order,
    written internationally, without repeats. The build's phonenumbers is the
    browser's: the same metadata."""
    kinds = [t for t in vars(phonenumbers.PhoneNumberType).values() if isinstance(t, int)]
    fmt = phonenumbers.PhoneNumberFormat.INTERNATIONAL
    out = []
    for region in regions:
        for kind in kinds:
            example = phonenumbers.example_number_for_type(region, kind)
            if example is not None:
                out.append(phonenumbers.format_number(example, fmt))
    return list(dict.fromkeys(out))


def warm_up_numbers(countries: list[str]) -> list[str]:
    """For the worker's background warm-up (runtime.json `warm_up`): the
    example numbers of the guide's countries, then of every other region."""
    others = sorted(set(phonenumbers.SUPPORTED_REGIONS) - set(countries))
    return example_numbers([*countries, *others])


def _warmup(project_dir: Path, countries: list[str]) -> list[dict[str, Any]]:
    """One request per check, so that the snapshot holds what they import, and
    an example number of each type of the guide's countries, so that it holds
    their numbering plans' compiled patterns: a first check of them compiles
    none (~10 ms per region under Pyodide; the worker compiles the other
    regions' in the background, from runtime.json `warm_up`)."""
    loa = json.loads((project_dir / "data" / "examples" / "loa-example.json").read_text("utf-8"))
    ours = example_numbers(countries)
    return [
        {"check": "eligibility", "text": "+33 1 42 68 53 00\n+44 20 7946 0000\nx"},
        {"check": "eligibility", "text": "\n".join(ours)},
        {"check": "eligibility", "text": "020 7946 0000", "country": "GB"},
        {**loa, "check": "loa"},
        {
            "check": "timeline",
            "received": "2026-03-02T10:00",
            "tz": "Europe/Paris",
            "display_tz": "Europe/Paris",
            "forwarding": True,
            "sms": "none",
        },
    ]
