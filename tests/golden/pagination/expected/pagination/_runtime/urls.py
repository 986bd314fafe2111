"""Parameter serialisation (OpenAPI ``style``/``explode``) and RFC 3986 percent-encoding."""

from __future__ import annotations

import datetime
import enum
import json
import uuid
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

from .constants import is_json
from .unset import Unset

_UNRESERVED = "-._~"  # with ALPHA and DIGIT, which quote() never encodes
_RESERVED_OK = ":/?#[]@!$&'()*+,;="


def quote_path_segment(value: str) -> str:
    """Encode everything but unreserved characters, so a value can never add a path segment;
    ``.`` and ``..`` are encoded too, so they cannot walk up the path."""
    if value in (".", ".."):
        return value.replace(".", "%2E")
    return quote(value, safe=_UNRESERVED)


def _quote(value: str, allow_reserved: bool = False) -> str:
    return quote(value, safe=_UNRESERVED + (_RESERVED_OK if allow_reserved else ""))


def to_param_string(value: object) -> str:
    """A scalar as it appears in a URL, header or form: ``true``/``false``, enum values, ISO
    dates, numbers as written."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return to_param_string(value.value)
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, float):
        return (
            repr(value)
            if value != int(value) or abs(value) >= 1e16
            else str(int(value))
        )
    return str(value)


def json_text(value: object) -> str:
    """A parameter described with a JSON media type (``content``, not ``schema``): the
    value's JSON text, compact; percent-encoded where it goes, like any other value."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _skip(value: object) -> bool:
    return value is None or isinstance(value, Unset)


def serialize_path_param(
    name: str,
    value: object,
    *,
    style: str = "simple",
    explode: bool = False,
    as_json: bool = False,
) -> str:
    """One path parameter, encoded (styles ``simple``, ``label``, ``matrix``; ``as_json``: its
    JSON text)."""
    enc = quote_path_segment
    if as_json:
        return enc(json_text(value))
    if isinstance(value, Mapping):
        pairs = [(enc(str(k)), enc(to_param_string(v))) for k, v in value.items()]
        if style == "label":
            return "." + (
                ".".join(f"{k}={v}" for k, v in pairs)
                if explode
                else ",".join(f"{k},{v}" for k, v in pairs)
            )
        if style == "matrix":
            if explode:
                return "".join(f";{k}={v}" for k, v in pairs)
            return f";{enc(name)}=" + ",".join(f"{k},{v}" for k, v in pairs)
        return ",".join(f"{k}={v}" if explode else f"{k},{v}" for k, v in pairs)
    if isinstance(value, (list, tuple)):
        items = [enc(to_param_string(v)) for v in value]
        if style == "label":
            return "." + (".".join(items) if explode else ",".join(items))
        if style == "matrix":
            if explode:
                return "".join(f";{enc(name)}={v}" for v in items)
            return f";{enc(name)}=" + ",".join(items)
        return ",".join(items)
    text = enc(to_param_string(value))
    if style == "label":
        return "." + text
    if style == "matrix":
        return f";{enc(name)}={text}"
    return text


def _deep(prefix: str, value: object, out: list[tuple[str, str]]) -> None:
    if _skip(value):
        return
    if isinstance(value, Mapping):
        for k, v in value.items():
            _deep(f"{prefix}[{k}]", v, out)
    elif isinstance(value, (list, tuple)):
        for i, v in enumerate(value):
            _deep(f"{prefix}[{i}]", v, out)
    else:
        out.append((prefix, to_param_string(value)))


def serialize_query_param(
    name: str,
    value: object,
    *,
    style: str = "form",
    explode: bool = True,
    allow_reserved: bool = False,
    as_json: bool = False,
) -> list[tuple[str, str]]:
    """One query parameter as (name, value) pairs, not yet percent-encoded. ``None`` and
    ``UNSET`` give nothing. ``deepObject`` nests as ``a[b][c]=v``, list items as ``a[b][0]=v``;
    ``as_json`` sends one pair, ``name=<JSON text>``."""
    del allow_reserved  # applied by encode_query
    if _skip(value):
        return []
    if as_json:
        return [(name, json_text(value))]
    if style == "deepObject":
        out: list[tuple[str, str]] = []
        _deep(name, value, out)
        return out
    if isinstance(value, Mapping):
        items = [(str(k), to_param_string(v)) for k, v in value.items() if not _skip(v)]
        if explode and style == "form":
            return items
        return [(name, ",".join(f"{k},{v}" for k, v in items))]
    if isinstance(value, (list, tuple)):
        values = [to_param_string(v) for v in value if not _skip(v)]
        if explode and style == "form":
            return [(name, v) for v in values]
        sep = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
        return [(name, sep.join(values))]
    return [(name, to_param_string(value))]


def encode_query(
    pairs: Iterable[tuple[str, str]],
    *,
    allow_reserved_names: frozenset[str] = frozenset(),
) -> str:
    """``name=value&...`` with both sides percent-encoded (a space as ``%20``)."""
    return "&".join(
        f"{_quote(k)}={_quote(v, allow_reserved=k in allow_reserved_names)}"
        for k, v in pairs
    )


def serialize_header_param(
    value: object, *, explode: bool = False, as_json: bool = False
) -> str:
    """A header value in the ``simple`` style (``as_json``: the value's JSON text)."""
    if as_json:
        return json_text(value)
    if isinstance(value, Mapping):
        sep = "=" if explode else ","
        return ",".join(f"{k}{sep}{to_param_string(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return ",".join(to_param_string(v) for v in value)
    return to_param_string(value)


def serialize_cookie_params(pairs: Iterable[tuple[str, str]]) -> str:
    return "; ".join(f"{k}={quote(v, safe='')}" for k, v in pairs)


def build_url(server_url: str, path: str, query: str) -> str:
    """Join a server URL (which may carry a path of its own), an encoded operation path and an
    encoded query. A path may carry a literal query of its own (``/batches?beta=true``): the
    query is added after it with ``&``. A ``#fragment`` is never sent."""
    path = path.partition("#")[0]
    url = server_url.rstrip("/") + path
    if not query:
        return url
    if "?" not in path:
        return f"{url}?{query}"
    return f"{url}{query}" if url.endswith(("?", "&")) else f"{url}&{query}"


def _nested(value: object) -> bool:
    """Whether a value holds containers inside containers, which the ``form`` style cannot
    express."""
    if isinstance(value, Mapping):
        value = list(value.values())
    return isinstance(value, (list, tuple)) and any(
        isinstance(v, (Mapping, list, tuple)) for v in value
    )


def form_urlencode(
    data: Any, encoding: Mapping[str, tuple[str, bool]] | None = None
) -> bytes:
    """An ``application/x-www-form-urlencoded`` body. Each property is serialised like a query
    parameter of style ``form``, exploded (``tags=a&tags=b``; an object's own properties as
    ``key=value``), unless ``encoding`` gives the property another (style, explode):
    ``deepObject`` nests as ``a[b]=1``. Values nested deeper than a style can say are sent
    nested as ``a[0][b]=1``."""
    pairs: list[tuple[str, str]] = []
    if isinstance(data, Mapping):
        for key, value in data.items():
            style, explode = (encoding or {}).get(str(key), ("form", True))
            if style == "deepObject" or _nested(value):
                _deep(str(key), value, pairs)
            else:
                pairs += serialize_query_param(
                    str(key), value, style=style, explode=explode
                )
    return "&".join(
        f"{quote(k, safe='').replace('%20', '+')}={quote(v, safe='').replace('%20', '+')}"
        for k, v in pairs
    ).encode("ascii")


def new_boundary() -> str:
    return uuid.uuid4().hex


def multipart_body(
    data: Any, boundary: str, content_types: Mapping[str, str] | None = None
) -> bytes:
    """A ``multipart/form-data`` body. ``bytes`` values are sent as files (named after their
    field), lists as repeated fields, objects as JSON, everything else as text.

    ``content_types`` gives a part's ``Content-Type`` by field name, where the spec's
    ``encoding`` sets one (``sdp`` -> ``application/sdp``); an object is still sent as JSON, so
    it keeps ``application/json`` unless the type given is a JSON one."""
    types = content_types or {}
    parts: list[bytes] = []

    def add(name: str, value: object) -> None:
        if _skip(value):
            return
        if isinstance(value, (list, tuple)):
            for item in value:
                add(name, item)
            return
        disposition = f'form-data; name="{_header_safe(name)}"'
        declared = types.get(name)
        if isinstance(value, (bytes, bytearray)):
            kind = declared or "application/octet-stream"
            disposition += f'; filename="{_header_safe(name)}"'
            payload = bytes(value)
        elif isinstance(value, Mapping):
            kind = declared if declared and is_json(declared) else "application/json"
            payload = json.dumps(value).encode("utf-8")
        else:
            kind = declared or ""
            payload = to_param_string(value).encode("utf-8")
        head = f"Content-Disposition: {disposition}\r\n"
        if kind:
            head += f"Content-Type: {_header_safe(kind)}\r\n"
        parts.append(f"--{boundary}\r\n{head}\r\n".encode() + payload + b"\r\n")

    if isinstance(data, Mapping):
        for key, value in data.items():
            add(str(key), value)
    return b"".join(parts) + f"--{boundary}--\r\n".encode()


def _header_safe(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\r", " ")
        .replace("\n", " ")
    )
