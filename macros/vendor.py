"""Write the browser's runtime into the built site: Pyodide from node_modules,
the pinned wheels, a wheel of our own `checks`, and the data as JSON.

Nothing is fetched: a missing input is an error that says how to get it.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.metadata
import json
import os
import shutil
import tomllib
import zipfile
from pathlib import Path

from checks.messages import table
from checks.records import Coverage
from macros import snapshot

# The files of the npm package that the runtime loads.
PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
# Served with precompressed siblings (.br, .gz): the runtime's large text files.
PRECOMPRESSED = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")
# Third-party pure-Python wheels the checks import in the browser.
BROWSER_WHEELS = ("phonenumbers", "tzdata")
_EPOCH = (1980, 1, 1, 0, 0, 0)  # fixed zip timestamps: the same source gives the same wheel


class MissingRuntime(RuntimeError):
    pass


def write_runtime(*, site_dir: Path, project_dir: Path, coverage: Coverage) -> None:
    assets = site_dir / "assets"
    _copy_pyodide(project_dir / "node_modules" / "pyodide", assets / "pyodide")
    _precompress(project_dir, assets / "pyodide")
    wheels = [
        *_copy_wheels(project_dir / ".cache" / "wheels", assets / "wheels"),
        build_checks_wheel(project_dir, assets / "wheels"),
    ]
    data = assets / "data"
    write_if_changed(data / "coverage.json", json.dumps(coverage.to_dict(), ensure_ascii=False))
    write_if_changed(data / "messages.en.json", json.dumps(dict(table("en")), ensure_ascii=False))
    countries = [country.iso for country in coverage.countries]
    # NO_SNAPSHOT=1 (e.g. for `mkdocs serve` while editing checks/): the worker
    # then boots in full from the wheels, as it does if a restore fails.
    fast_start = (
        None
        if os.environ.get("NO_SNAPSHOT") == "1"
        else snapshot.build(
            project_dir=project_dir,
            pyodide_dir=assets / "pyodide",
            phonenumbers_wheel=assets / "wheels" / wheels[0],
            tzdata_wheel=assets / "wheels" / wheels[1],
            checks_wheel=assets / "wheels" / wheels[2],
            coverage_json=data / "coverage.json",
            countries=countries,
            target=assets,
        )
    )
    manifest: dict[str, object] = {
        "wheels": wheels,
        "warm_up": snapshot.warm_up_numbers(countries),
    }
    folders = [assets / "pyodide"]
    if fast_start:
        manifest["snapshot"] = fast_start
        folders.append(assets / str(fast_start["base"]))
    # Files with a .gz sibling: from a host that sends them without
    # compression, the worker fetches the sibling and decompresses it.
    manifest["gzip"] = sorted(
        p.relative_to(assets).as_posix().removesuffix(".gz")
        for folder in folders
        for p in folder.glob("*.gz")
    )
    write_if_changed(data / "runtime.json", json.dumps(manifest, indent=1))


def write_if_changed(path: Path, content: str) -> None:
    """Only rewrite changed files, so `mkdocs serve` does not loop."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_text(encoding="utf-8") != content:
        path.write_text(content, encoding="utf-8")


def _copy_pyodide(package: Path, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        source = package / name
        if not source.is_file():
            raise MissingRuntime(f"{source} is missing: run `make setup` (npm ci installs pyodide)")
        shutil.copy2(source, target / name)


def _precompress(project_dir: Path, folder: Path) -> None:
    """`.br` and `.gz` siblings of the large runtime files, cached by content."""
    cache = project_dir / ".cache" / "compressed"
    cache.mkdir(parents=True, exist_ok=True)
    todo = []
    for name in PRECOMPRESSED:
        key = cache / hashlib.sha256((folder / name).read_bytes()).hexdigest()[:24]
        if not Path(f"{key}.br").is_file() or not Path(f"{key}.gz").is_file():
            todo.append((folder / name, key))
    node = shutil.which("node")
    if todo and not node:
        raise MissingRuntime("node is missing: run `make setup`")
    if node:
        snapshot.compress(node, todo)
    for name in PRECOMPRESSED:
        key = cache / hashlib.sha256((folder / name).read_bytes()).hexdigest()[:24]
        for suffix in (".br", ".gz"):
            shutil.copy2(f"{key}{suffix}", folder / f"{name}{suffix}")


def _copy_wheels(cache: Path, target: Path) -> list[str]:
    target.mkdir(parents=True, exist_ok=True)
    names = []
    for dist in BROWSER_WHEELS:
        version = importlib.metadata.version(dist)
        found = sorted(cache.glob(f"{dist}-{version}-*.whl"))
        if not found:
            raise MissingRuntime(
                f"{cache}/{dist}-{version}-*.whl is missing: run `make setup`"
                " (it downloads the wheels pinned in requirements.lock)"
            )
        shutil.copy2(found[0], target / found[0].name)
        names.append(found[0].name)
    return names


def build_checks_wheel(project_dir: Path, target: Path) -> str:
    """A pure-Python wheel of `checks/` (PEP 427), reproducible byte for byte."""
    meta = tomllib.loads((project_dir / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    dist = meta["name"].replace("-", "_")
    version = meta["version"]
    info = f"{dist}-{version}.dist-info"
    files: dict[str, bytes] = {}
    for path in sorted((project_dir / "checks").rglob("*.py")):
        files[path.relative_to(project_dir).as_posix()] = path.read_bytes()
    files[f"{info}/METADATA"] = (
        f"Metadata-Version: 2.1\nName: {meta['name']}\nVersion: {version}\n"
        f"Requires-Python: {meta['requires-python']}\n"
    ).encode()
    files[f"{info}/WHEEL"] = (
        b"Wheel-Version: 1.0\nGenerator: porting-guide\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    )
    files[f"{info}/top_level.txt"] = b"checks\n"
    record = [f"{name},sha256={_digest(data)},{len(data)}" for name, data in files.items()]
    record.append(f"{info}/RECORD,,")
    files[f"{info}/RECORD"] = ("\n".join(record) + "\n").encode()

    # The version does not change with every edit, so a folder named after the
    # content keeps browsers from running a stale cached copy.
    folder = _digest(b"".join(files.values()))[:12].replace("-", "x").replace("_", "y")
    name = f"{folder}/{dist}-{version}-py3-none-any.whl"
    (target / folder).mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target / name, "w", zipfile.ZIP_DEFLATED) as wheel:
        for arcname, data in files.items():
            entry = zipfile.ZipInfo(arcname, _EPOCH)
            entry.compress_type = zipfile.ZIP_DEFLATED
            wheel.writestr(entry, data)
    return name


def _digest(data: bytes) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
