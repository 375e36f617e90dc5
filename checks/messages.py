"""Look texts up by key in the language tables of `checks.locales`."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from functools import cache

__all__ = ["DEFAULT_LANGUAGE", "table", "text"]

DEFAULT_LANGUAGE = "en"


@cache
def table(language: str = DEFAULT_LANGUAGE) -> Mapping[str, str]:
    """The whole table of a language, English where a key is not translated."""
    base: dict[str, str] = importlib.import_module(f"checks.locales.{DEFAULT_LANGUAGE}").MESSAGES
    if language == DEFAULT_LANGUAGE:
        return base
    try:
        own: dict[str, str] = importlib.import_module(f"checks.locales.{language}").MESSAGES
    except ModuleNotFoundError:
        return base
    return {**base, **own}


def text(key: str, language: str = DEFAULT_LANGUAGE, /, **fields: object) -> str:
    """The text for `key` with its fields filled in. A missing key is a programmer error."""
    return table(language)[key].format(**fields)


def country_name(iso: str | None, language: str = DEFAULT_LANGUAGE) -> str:
    if iso is None:
        return ""
    return table(language).get(f"country.{iso}", iso)
