"""Canonical JSON output and the strict parser's refusals."""

from typing import Any

import pytest

from sic_desktop.errors import InputRefused
from sic_desktop.sync import canonical
from sic_desktop.sync.canonical import Limits, dumps, loads, loads_lines


def test_sorted_keys_no_whitespace_utf8() -> None:
    assert dumps({"b": 1, "a": [True, None, "é"], "c": {}}) == ('{"a":[true,null,"é"],"b":1,"c":{}}'.encode())


def test_keys_sort_by_utf16_code_units() -> None:
    # U+1F600 is D83D DE00 in UTF-16, which sorts before U+FB01; code points say otherwise.
    assert dumps({"\ufb01": 1, "\U0001f600": 2}) == '{"\U0001f600":2,"\ufb01":1}'.encode()


def test_control_characters_are_escaped_like_ecmascript() -> None:
    assert dumps('a\nb\t\x01"\\') == b'"a\\nb\\t\\u0001\\"\\\\"'


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (0.0, "0"),
        (-0.0, "0"),
        (1.0, "1"),
        (1.5, "1.5"),
        (-2.25, "-2.25"),
        (1e21, "1e+21"),
        (1e20, "100000000000000000000"),
        (1e-7, "1e-7"),
        (0.000001, "0.000001"),
        (123456789.125, "123456789.125"),
        (5e-324, "5e-324"),
        (1.7976931348623157e308, "1.7976931348623157e+308"),
        (0.1, "0.1"),
    ],
)
def test_numbers_follow_ecmascript(number: float, text: str) -> None:
    assert dumps(number) == text.encode()


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf"), 2**53, "\ud800"])
def test_writing_refuses_what_json_cannot_carry(bad: canonical.JSON) -> None:
    with pytest.raises(ValueError):
        dumps(bad)


def test_round_trip() -> None:
    value: canonical.JSON = {"z": [1, 2.5, "x", {"k": None}], "a": False}
    assert loads(dumps(value)) == value


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b'{"a":1,"a":2}', "appears twice"),
        (b'{"x":{"a":1,"b":2,"a":3}}', "appears twice"),
        (b'{"a":NaN}', "NaN"),
        (b"[Infinity]", "Infinity"),
        (b"-Infinity", "Infinity"),
        (b"[1e999]", "finite"),
        (b"9007199254740993", "too large"),
        (b"1" * 5000, "not valid JSON"),
        (b"[" * 33 + b"]" * 33, "nested too deeply"),
        (b"[" * 100_000, "nested too deeply"),
        (b'"\\ud800"', "surrogate"),
        (b'{"\\udc00":1}', "surrogate"),
        (b"\xff\xfe", "UTF-8"),
        (b"\xef\xbb\xbf{}", "byte-order mark"),
        (b"", "not valid JSON"),
        (b'{"a":1', "not valid JSON"),
        (b"{} {}", "not valid JSON"),
    ],
)
def test_strict_parser_refuses(data: bytes, reason: str) -> None:
    with pytest.raises(InputRefused, match=reason) as caught:
        loads(data, what="manifest.json")
    assert str(caught.value).startswith("manifest.json")
    assert caught.value.exit_code == 4


def test_depth_limit_is_exact() -> None:
    assert loads(b"[" * 32 + b"]" * 32) is not None


def test_caps_on_strings_and_size() -> None:
    limits = Limits(max_bytes=1000, max_string=10)
    assert loads(b'"' + b"x" * 10 + b'"', limits=limits) == "x" * 10
    with pytest.raises(InputRefused, match="too long"):
        loads(b'"' + b"x" * 11 + b'"', limits=limits)
    with pytest.raises(InputRefused, match="too long"):
        loads(b'{"' + b"k" * 11 + b'":1}', limits=limits)
    with pytest.raises(InputRefused, match="too large"):
        loads(b" " * 1001, limits=limits)


def test_json_lines() -> None:
    assert loads_lines(b'{"a":1}\n[2]\n') == [{"a": 1}, [2]]
    assert loads_lines(b"") == []
    with pytest.raises(InputRefused, match="line 2"):
        loads_lines(b'{"a":1}\n{"a":1,"a":1}\n')
    with pytest.raises(InputRefused, match="truncated"):
        loads_lines(b'{"a":1}\n{"a":')
    with pytest.raises(InputRefused, match="line 2"):
        loads_lines(b'{"a":1}\n\n')


def test_a_uuid_with_hex_that_looks_like_an_exponent_stays_on_the_fast_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    walks: list[object] = []
    real = canonical._check

    def counted(*args: Any) -> None:
        walks.append(args)
        real(*args)

    monkeypatch.setattr(canonical, "_check", counted)
    line = (b'{"id":"7d3e2701-0a4b-4c1d-9e27-1234567890ab","seq":12,"hlc":"001733400000000:00001",'
            b'"new":"Mr 1e300 has 12345678901234567 items"}')
    value = loads(line)
    assert isinstance(value, dict) and value["seq"] == 12
    assert walks == []


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b'{"a":{"b":[1,2,9007199254740993]}}', "too large"),
        (b'{"a":{"b":[-9007199254740993]}}', "too large"),
        (b'{"a":[{"b":1.5e400}]}', "finite"),
        (b'{"a":[{"b":-2E+999}]}', "finite"),
    ],
)
def test_big_numbers_are_refused_wherever_they_sit(data: bytes, reason: str) -> None:
    with pytest.raises(InputRefused, match=reason):
        loads(data, what="changes")
    assert loads(b"[9007199254740991,-9007199254740991,1e308]") == [2**53 - 1, -(2**53 - 1), 1e308]
