"""Canonical JSON (RFC 8785) for signed bytes, and a strict parser for untrusted JSON."""

import json
import math
import re
from dataclasses import dataclass
from typing import TypeAlias

import rfc8785

from sic_desktop.errors import InputRefused
from sic_desktop.text import Text

JSON: TypeAlias = bool | int | float | str | list["JSON"] | dict[str, "JSON"] | None

# I-JSON (RFC 7493): integers beyond this lose precision in every other JSON reader.
MAX_SAFE_INTEGER = 2**53 - 1
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


@dataclass(frozen=True)
class Limits:
    """How much untrusted JSON the strict parser accepts before refusing it."""

    max_bytes: int = 16 * 1024 * 1024
    max_depth: int = 32
    max_string: int = 1024 * 1024


DEFAULT_LIMITS = Limits()


# --- writing -----------------------------------------------------------------------------------


def dumps(value: JSON) -> bytes:
    """The canonical UTF-8 bytes of `value`: sorted keys, no whitespace, ECMAScript numbers.

    Trail of Bits' `rfc8785` writes them: the same bytes as our own writer gave on every value we
    tried, and faster. Its errors (NaN, an integer past 2**53, a lone surrogate, a key that is not
    a string) are ValueErrors.
    """
    return rfc8785.dumps(value)


# --- reading -----------------------------------------------------------------------------------


def loads(data: bytes, *, what: str = Text("the JSON"), limits: Limits = DEFAULT_LIMITS) -> JSON:
    """Parse untrusted JSON strictly; refuse anything odd with a message naming `what` is wrong."""
    if len(data) > limits.max_bytes:
        raise InputRefused(Text("%1 is too large (%2 bytes; at most %3)", what, len(data), limits.max_bytes))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputRefused(Text("%1 is not valid UTF-8 (byte %2)", what, error.start)) from error
    if text.startswith("\ufeff"):
        raise InputRefused(Text("%1 starts with a byte-order mark", what))
    try:
        value: JSON = json.loads(
            text,
            object_pairs_hook=_unique_object,
            parse_constant=_refuse_constant,
            # Numbers are checked as they are read: a text pre-check cannot tell "e270" in a UUID
            # from an exponent, and sent most change lines down the slow walk.
            parse_int=_safe_int,
            parse_float=_finite_float,
        )
    except _Refusal as refusal:
        raise InputRefused(Text("%1: %2", what, refusal.args[0])) from None
    except RecursionError:
        raise InputRefused(Text("%1 is nested too deeply", what)) from None
    except ValueError as error:  # JSONDecodeError, and integers with thousands of digits
        raise InputRefused(Text("%1 is not valid JSON: %2", what, str(error))) from None
    # Walk the value only when the text could break a rule: most lines cannot, and say so cheaply.
    if (
        len(text) > limits.max_string
        or text.count("[") + text.count("{") > limits.max_depth
        or _ESCAPED_SURROGATE.search(text)
    ):
        _check(value, what, limits)
    return value


def loads_lines(
    data: bytes, *, what: str = Text("the JSON lines"), limits: Limits = DEFAULT_LIMITS
) -> list[JSON]:
    """Parse JSON Lines strictly (one value per line, the last line ending in a newline)."""
    if len(data) > limits.max_bytes:
        raise InputRefused(Text("%1 is too large (%2 bytes; at most %3)", what, len(data), limits.max_bytes))
    if data and not data.endswith(b"\n"):
        raise InputRefused(Text("%1 is truncated (the last line has no end)", what))
    values = []
    for number, line in enumerate(data.split(b"\n")[:-1], start=1):
        try:
            values.append(loads(line, what=what, limits=limits))
            continue
        except InputRefused:
            pass
        # A line is named only once refused: a Text for each of thousands of good lines costs time.
        values.append(loads(line, what=Text("%1, line %2", what, number), limits=limits))
    return values


class _Refusal(ValueError):
    """Raised inside the json module's hooks; turned into InputRefused by `loads`."""


def _unique_object(pairs: list[tuple[str, JSON]]) -> dict[str, JSON]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Refusal(Text("the key %1 appears twice in one object", repr(key[:80])))
            seen.add(key)
    return result


def _refuse_constant(name: str) -> None:
    raise _Refusal(Text("%1 is not a number JSON allows", name))


def _safe_int(literal: str) -> int:
    value = int(literal)
    if -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
        return value
    raise _Refusal(Text("the integer %1 is too large", literal[:40]))


def _finite_float(literal: str) -> float:
    value = float(literal)
    if math.isfinite(value):
        return value
    raise _Refusal(Text("a number is too large to be finite"))


def _check(root: JSON, what: str, limits: Limits) -> None:
    """Depth, string length, UTF-8-safe strings, safe integers and finite numbers, iteratively."""
    stack: list[tuple[JSON, int]] = [(root, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, str):
            _check_string(value, what, limits)
        elif isinstance(value, bool) or value is None:
            continue
        elif isinstance(value, int):
            if abs(value) > MAX_SAFE_INTEGER:
                raise InputRefused(Text("%1: the integer %2 is too large", what, str(value)[:40]))
        elif isinstance(value, float):
            if not math.isfinite(value):
                raise InputRefused(Text("%1: a number is too large to be finite", what))
        else:
            if depth > limits.max_depth:
                raise InputRefused(Text("%1 is nested too deeply (more than %2)", what, limits.max_depth))
            if isinstance(value, dict):
                for key, item in value.items():
                    _check_string(key, what, limits)
                    stack.append((item, depth + 1))
            else:
                stack.extend((item, depth + 1) for item in value)


def _check_string(value: str, what: str, limits: Limits) -> None:
    if len(value) > limits.max_string:
        raise InputRefused(
            Text("%1: a text of %2 characters is too long (at most %3)", what, len(value), limits.max_string)
        )
    if _LONE_SURROGATE.search(value):
        raise InputRefused(Text("%1: a text holds a lone UTF-16 surrogate", what))
