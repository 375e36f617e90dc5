"""Read `data/coverage.yaml` into records (CPython only: the build and the CLI).

The browser never parses YAML: it reads the JSON the build wrote. PyYAML is
imported here, on call, so `checks` itself needs only phonenumbers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from checks._schema import DataError
from checks.links import LinkRegistry
from checks.records import Coverage

__all__ = ["DEFAULT_DATA", "DEFAULT_LINKS", "load_coverage", "load_links"]

DEFAULT_DATA = Path(__file__).resolve().parent.parent / "data" / "coverage.yaml"
DEFAULT_LINKS = DEFAULT_DATA.with_name("links.yaml")


def load_coverage(path: Path | str = DEFAULT_DATA, *, display: str | None = None) -> Coverage:
    """Load and validate the data file; raise DataError naming file, line, key path."""
    path = Path(path)
    name = display or _display_name(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(name, "", f"cannot be read ({exc.strerror})") from None
    except UnicodeDecodeError as exc:
        raise DataError(name, "", f"is not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    data, lines = parse_yaml(text, name)
    return Coverage.from_dict(data, file=name, lines=lines)


def load_links(
    coverage: Coverage, path: Path | str = DEFAULT_LINKS, *, display: str | None = None
) -> LinkRegistry:
    """Load and validate the anchor registry against the coverage records."""
    path = Path(path)
    name = display or _display_name(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(name, "", f"cannot be read ({exc.strerror})") from None
    data, lines = parse_yaml(text, name)
    return LinkRegistry.from_dict(data, coverage, file=name, lines=lines)


def _display_name(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def parse_yaml(text: str, name: str) -> tuple[Any, dict[str, int]]:
    """YAML to plain data, plus the line of every key path (for error messages).

    Only `true`/`false` are booleans, so that Norway's code `NO` stays a
    string (YAML 1.1 would read it as false); duplicate keys are errors.
    """
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    Loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool", __import__("re").compile(r"^(?:true|false)$"), list("tf")
    )

    try:
        node = yaml.compose(text, Loader=Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise DataError(name, "", f"is not valid YAML: {problem}", line) from None
    if node is None:
        raise DataError(name, "", "is empty")
    lines: dict[str, int] = {}
    _walk(node, "", lines, name)
    data = Loader(text).get_single_data()
    return data, lines


def _walk(node: Any, path: str, lines: dict[str, int], name: str) -> None:
    import yaml

    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            sub = f"{path}.{key}" if path else key
            if key in seen:
                raise DataError(name, sub, "duplicate key", key_node.start_mark.line + 1)
            seen.add(key)
            lines[sub] = key_node.start_mark.line + 1
            _walk(value_node, sub, lines, name)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            sub = f"{path}[{i}]"
            lines[sub] = item.start_mark.line + 1
            _walk(item, sub, lines, name)
