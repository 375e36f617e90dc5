"""Validation helpers for turning plain dicts into records, with key-path errors.

Dicts come from YAML (build, CLI) or from the JSON the build wrote (browser),
so dates and times are accepted both as objects and as ISO strings.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

T = TypeVar("T")


class DataError(ValueError):
    """A data file is wrong: names the file, the key path and the problem."""

    def __init__(self, file: str, path: str, problem: str, line: int | None = None) -> None:
        self.file = file
        self.path = path
        self.problem = problem
        self.line = line
        where = f"{file}:{line}" if line is not None else file
        super().__init__(f"{where}: {path}: {problem}" if path else f"{where}: {problem}")


class Context:
    """Where we are in a data file while validating it."""

    def __init__(self, file: str, lines: Mapping[str, int] | None = None) -> None:
        self.file = file
        self.lines = lines or {}

    def error(self, path: str, problem: str) -> DataError:
        return DataError(self.file, path, problem, self._line(path))

    def _line(self, path: str) -> int | None:
        # The closest enclosing key we know a line for.
        while path:
            if path in self.lines:
                return self.lines[path]
            path = re.sub(r"(\[\d+\]|\.[^.\[]+|^[^.\[]+)$", "", path)
        return None


def child(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _type_name(value: object) -> str:
    names = {dict: "a mapping", list: "a list", str: "a string", bool: "a boolean"}
    if value is None:
        return "nothing"
    return names.get(type(value), f"a {type(value).__name__}")


def mapping(
    ctx: Context, value: object, path: str, required: Iterable[str], optional: Iterable[str] = ()
) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ctx.error(path, f"expected a mapping, got {_type_name(value)}")
    required, optional = tuple(required), tuple(optional)
    for key in value:
        if key not in required and key not in optional:
            allowed = ", ".join(sorted((*required, *optional)))
            raise ctx.error(child(path, str(key)), f"unknown key (allowed: {allowed})")
    for key in required:
        if key not in value:
            raise ctx.error(child(path, key), "is missing")
    return value


def string(ctx: Context, value: object, path: str, *, empty: bool = False) -> str:
    if not isinstance(value, str):
        raise ctx.error(path, f"expected a string, got {_type_name(value)}")
    if not empty and not value.strip():
        raise ctx.error(path, "must not be empty")
    return value


def boolean(ctx: Context, value: object, path: str) -> bool:
    if not isinstance(value, bool):
        raise ctx.error(path, f"expected true or false, got {_type_name(value)}")
    return value


def integer(ctx: Context, value: object, path: str, *, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ctx.error(path, f"expected a whole number, got {_type_name(value)}")
    if value < minimum:
        raise ctx.error(path, f"must be at least {minimum}")
    return value


def date(ctx: Context, value: object, path: str) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ctx.error(path, f"expected a date (YYYY-MM-DD), got {value!r}")


def clock(ctx: Context, value: object, path: str) -> dt.time:
    if isinstance(value, str) and re.fullmatch(r"\d\d:\d\d", value):
        try:
            return dt.time.fromisoformat(value)
        except ValueError:
            pass
    raise ctx.error(path, f"expected a time of day as HH:MM, got {value!r}")


def items(
    ctx: Context, value: object, path: str, build: Callable[[object, str], T]
) -> tuple[T, ...]:
    if not isinstance(value, list):
        raise ctx.error(path, f"expected a list, got {_type_name(value)}")
    return tuple(build(item, child(path, i)) for i, item in enumerate(value))


def strings(ctx: Context, value: object, path: str) -> tuple[str, ...]:
    return items(ctx, value, path, lambda item, p: string(ctx, item, p))


def unique(ctx: Context, values: Iterable[tuple[str, str]], what: str) -> None:
    """`values` are (value, path) pairs; the second occurrence is the error."""
    seen: dict[str, str] = {}
    for value, path in values:
        if value in seen:
            raise ctx.error(path, f"duplicate {what} {value!r} (first at {seen[value]})")
        seen[value] = path
