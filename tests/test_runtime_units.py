"""Unit tests of the runtime helpers copied into every package (templates/_runtime)."""

from __future__ import annotations

import pytest

from tests.support import template_runtime

template_runtime.load()
from runtime_under_test import retries, urls  # noqa: E402
from runtime_under_test.sse import SSEDecoder  # noqa: E402
from runtime_under_test.unset import UNSET  # noqa: E402

STREAM = (
    b'\xef\xbb\xbfdata: {"a": "\xc3\xa9"}\r\n\r\n'
    b": a comment\n\n"
    b"event: update\nid: 7\nretry: 1500\ndata: line 1\ndata:line 2\r\r"
    b"data\n\n"
    b"data: [DONE]\n\n"
    b"data: unterminated"
)
EXPECTED = [
    ("message", '{"a": "é"}', None),
    ("update", "line 1\nline 2", "7"),
    ("message", "", "7"),
    ("message", "[DONE]", "7"),
]


def decode(parts: list[bytes]) -> list[tuple[str, str, str | None]]:
    d = SSEDecoder()
    events = [e for p in parts for e in d.feed(p)]
    events += d.flush()
    return [(e.event, e.data, e.id) for e in events]


def test_sse_decoder_whole() -> None:
    assert decode([STREAM]) == EXPECTED


def test_sse_decoder_any_split() -> None:
    for i in range(len(STREAM) + 1):
        assert decode([STREAM[:i], STREAM[i:]]) == EXPECTED, i


def test_sse_decoder_byte_by_byte() -> None:
    assert decode([bytes([b]) for b in STREAM]) == EXPECTED


def test_sse_long_line_is_linear() -> None:
    payload = b"data: " + b"x" * 2_000_000 + b"\n\n"
    chunks = [payload[i : i + 65536] for i in range(0, len(payload), 65536)]
    assert len(decode(chunks)[0][1]) == 2_000_000


@pytest.mark.parametrize(
    ("value", "encoded"),
    [
        ("../x", "..%2Fx"),
        ("..", "%2E%2E"),
        (".", "%2E"),
        ("a b", "a%20b"),
        ("é/ü", "%C3%A9%2F%C3%BC"),
        ("a-b_c.d~e", "a-b_c.d~e"),
        ("%2F", "%252F"),
    ],
)
def test_quote_path_segment(value: str, encoded: str) -> None:
    assert urls.quote_path_segment(value) == encoded


COLOR = ["blue", "black", "brown"]
RGB = {"R": 100, "G": 200, "B": 150}


@pytest.mark.parametrize(
    ("style", "explode", "value", "expected"),
    [
        ("simple", False, "blue", "blue"),
        ("simple", False, COLOR, "blue,black,brown"),
        ("simple", False, RGB, "R,100,G,200,B,150"),
        ("simple", True, RGB, "R=100,G=200,B=150"),
        ("label", False, "blue", ".blue"),
        ("label", False, COLOR, ".blue,black,brown"),
        ("label", True, COLOR, ".blue.black.brown"),
        ("label", True, RGB, ".R=100.G=200.B=150"),
        ("matrix", False, "blue", ";color=blue"),
        ("matrix", False, COLOR, ";color=blue,black,brown"),
        ("matrix", True, COLOR, ";color=blue;color=black;color=brown"),
        ("matrix", True, RGB, ";R=100;G=200;B=150"),
    ],
)
def test_path_styles(style: str, explode: bool, value: object, expected: str) -> None:
    assert urls.serialize_path_param("color", value, style=style, explode=explode) == expected


@pytest.mark.parametrize(
    ("style", "explode", "value", "expected"),
    [
        ("form", True, "blue", "color=blue"),
        ("form", True, COLOR, "color=blue&color=black&color=brown"),
        ("form", False, COLOR, "color=blue%2Cblack%2Cbrown"),
        ("form", True, RGB, "R=100&G=200&B=150"),
        ("form", False, RGB, "color=R%2C100%2CG%2C200%2CB%2C150"),
        ("spaceDelimited", False, COLOR, "color=blue%20black%20brown"),
        ("pipeDelimited", False, COLOR, "color=blue%7Cblack%7Cbrown"),
        ("deepObject", True, RGB, "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150"),
        (
            "deepObject",
            True,
            {"a": {"b": [1, True]}},
            "color%5Ba%5D%5Bb%5D%5B0%5D=1&color%5Ba%5D%5Bb%5D%5B1%5D=true",
        ),
        ("form", True, None, ""),
        ("form", True, UNSET, ""),
    ],
)
def test_query_styles(style: str, explode: bool, value: object, expected: str) -> None:
    pairs = urls.serialize_query_param("color", value, style=style, explode=explode)
    assert urls.encode_query(pairs) == expected


def test_form_body_and_url() -> None:
    assert (
        urls.form_urlencode({"a": "x y", "b": {"c": [1, 2]}, "d": None, "e": False})
        == b"a=x+y&b%5Bc%5D%5B0%5D=1&b%5Bc%5D%5B1%5D=2&e=false"
    )
    assert urls.build_url("https://h/api/v1/", "/images", "") == "https://h/api/v1/images"
    assert urls.build_url("https://h", "/a", "q=1") == "https://h/a?q=1"


def test_retry_after_forms() -> None:
    now = 1_700_000_000.0
    assert retries.parse_retry_after({"Retry-After": "2.5"}, now) == 2.5
    assert retries.parse_retry_after({"retry-after-ms": "1500", "Retry-After": "9"}, now) == 1.5
    assert retries.parse_retry_after({"Retry-After": "Tue, 14 Nov 2023 22:13:30 GMT"}, now) == 10.0
    assert retries.parse_retry_after({"Retry-After": "Mon, 01 Jan 2001 00:00:00 GMT"}, now) == 0.0
    assert retries.parse_retry_after({"Retry-After": "soon"}, now) is None
    assert retries.parse_retry_after({}, now) is None


def test_backoff_and_jitter_bounds() -> None:
    cfg = retries.RetryConfig(initial_interval=1.0, exponent=2.0, max_interval=5.0, jitter=0.25)
    assert retries.backoff_delay(cfg, 1, lambda: 0.5) == 1.0
    assert retries.backoff_delay(cfg, 2, lambda: 0.0) == 1.5
    assert retries.backoff_delay(cfg, 2, lambda: 1.0) == 2.5
    assert retries.backoff_delay(cfg, 10, lambda: 1.0) == 5.0


def test_next_delay_rules() -> None:
    cfg = retries.RetryConfig(
        max_attempts=3, initial_interval=1.0, jitter=0.0, max_interval=30.0, max_elapsed_time=10.0
    )

    def nd(n: int, **kw: object) -> float | None:
        args: dict[str, object] = {
            "status": None,
            "headers": None,
            "connection_error": False,
            "elapsed": 0.0,
            "now": 0.0,
        }
        args.update(kw)
        return retries.next_delay(cfg, n, random=lambda: 0.5, **args)  # type: ignore[arg-type]

    assert nd(1, status=503) == 1.0
    assert nd(3, status=503) is None  # third retry would be a fourth attempt
    assert nd(1, status=404) is None
    assert nd(1, status=429) is None
    assert nd(1, status=429, headers={"Retry-After": "4"}) == 4.0
    assert nd(1, status=500, headers={"Retry-After": "60"}) is None  # longer than max_interval
    assert nd(1, connection_error=True) == 1.0
    assert nd(1, status=500, elapsed=9.5) is None


def test_retry_config_validation() -> None:
    with pytest.raises(ValueError, match="max_attempts"):
        retries.RetryConfig(max_attempts=0)
    with pytest.raises(ValueError, match="exponent"):
        retries.RetryConfig(exponent=0.5)
    assert (
        retries.status_matches(502, ["5xx"])
        and retries.status_matches(429, ["429"])
        and not retries.status_matches(404, ["5XX"])
    )
