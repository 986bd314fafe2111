"""Naming rules: how a spec's spelling becomes a Python name, and how a contested name is
settled between claimants (the phases that apply them are in :mod:`generator.naming.phases`)."""

from __future__ import annotations

import builtins
import keyword
import re
from collections.abc import Hashable, Iterable
from typing import Any

import attrs

from ..model.runtime_facts import SHARED_ERRORS, STATUS_ERROR_FUNCTION

# Names the generated modules themselves use; no declaration may take them.
RESERVED_TYPES = frozenset(
    {
        "Any",
        "Literal",
        "Unset",
        "UNSET",
        "TYPE_CHECKING",
        "annotations",
        "attrs",
        "datetime",
        "uuid",
        "typing",
        "enum",
        "Client",
        "BaseClient",
        "RequestOptions",
        "RetryConfig",
        "EventStream",
        "RawResponse",
        "Credential",
        "converter",
        "models",
        "errors",
        "operations",
    }
    | set(SHARED_ERRORS)
    | {STATUS_ERROR_FUNCTION}
    | set(dir(builtins))
)
# Field names that would shadow a name used in annotations inside the class body.
RESERVED_FIELDS = frozenset(
    {
        "str",
        "int",
        "float",
        "bool",
        "bytes",
        "list",
        "dict",
        "datetime",
        "uuid",
        "Any",
        "Literal",
        "Unset",
        "None",
        "attrs",
        "self",
    }
)
MODEL_METHODS = frozenset({"to_dict", "to_json", "from_dict", "from_json"})
"""The methods every model has (``templates/_runtime/model.py``): a field so named takes
``<name>_``."""
# Module-level names of an operation module (models and errors are imported beside them).
OPERATION_SCOPE = frozenset({"OPERATION", "RESPONSES", "HttpRequest", "ResponseCase", "TypeAlias"})
# Names client.py imports or defines beside the group classes.
CLIENT_SCOPE = frozenset({"Transport", "Mapping", "SERVERS", "DEFAULT_RETRIES"})
CLIENT_KEYWORDS = frozenset(
    {"self", "server", "server_url", "timeout", "retries", "headers", "transport", "hooks"}
)
"""The client's own keyword arguments; credentials and server variables take other names."""
# Parameters are locals of functions that use these names.
RESERVED_PARAMS = frozenset(
    {"self", "client", "options", "request", "stream", "converter", "accept", "urls", "attrs"}
    | {"response", "result", "events", "build_request", "handle", "open_stream", "json_body"}
)
METHOD_ARGS = frozenset({"self", "request", "options", "warn"})
"""Names a group method uses besides its parameters (``stream`` too, where it streams): a body
field taken as a keyword argument avoids them."""
CLIENT_ATTRS = frozenset(
    {"close", "send", "server_url", "timeout", "retries", "headers", "transport"}
)

# Status code -> class name stem, fixed here so that output never depends on the Python version.
STATUS_NAMES = {
    400: "BadRequest",
    401: "Unauthorized",
    402: "PaymentRequired",
    403: "Forbidden",
    404: "NotFound",
    405: "MethodNotAllowed",
    406: "NotAcceptable",
    407: "ProxyAuthenticationRequired",
    408: "RequestTimeout",
    409: "Conflict",
    410: "Gone",
    411: "LengthRequired",
    412: "PreconditionFailed",
    413: "PayloadTooLarge",
    414: "UriTooLong",
    415: "UnsupportedMediaType",
    416: "RangeNotSatisfiable",
    417: "ExpectationFailed",
    418: "ImATeapot",
    421: "MisdirectedRequest",
    422: "UnprocessableEntity",
    423: "Locked",
    424: "FailedDependency",
    425: "TooEarly",
    426: "UpgradeRequired",
    428: "PreconditionRequired",
    429: "TooManyRequests",
    431: "RequestHeaderFieldsTooLarge",
    451: "UnavailableForLegalReasons",
    500: "InternalServer",
    501: "NotImplemented",
    502: "BadGateway",
    503: "ServiceUnavailable",
    504: "GatewayTimeout",
    505: "HttpVersionNotSupported",
    507: "InsufficientStorage",
    508: "LoopDetected",
    511: "NetworkAuthenticationRequired",
}

_WORD = re.compile(r"[A-Z]+\d*(?=[A-Z][a-z])|[A-Z]?[a-z]+\d*|[A-Z]+\d*|\d+[a-z]*")


def words(text: str) -> list[str]:
    """``listImageModels`` -> list, Image, Models; ``HTTPResponse`` -> HTTP, Response;
    digits stay with the letters before them (``b64_json`` -> b64, json)."""
    out: list[str] = []
    for chunk in re.split(r"[^0-9A-Za-z]+", text):
        out.extend(_WORD.findall(chunk))
    return out


def snake(text: str) -> str:
    return "_".join(w.lower() for w in words(text))


def pascal(text: str) -> str:
    if text.isidentifier() and text[0].isupper() and "_" not in text:
        return text
    return "".join(w[0].upper() + w[1:] for w in words(text))


def _identifier(name: str, fallback: str, prefix: str) -> str:
    if not name:
        return fallback
    if name[0].isdigit():
        return prefix + name
    return name


class Namer:
    """Hands out names unique within one scope; ``fold`` compares them case-insensitively."""

    def __init__(self, taken: Iterable[str] = (), *, fold: bool = False, sep: str = "") -> None:
        self.fold = fold
        self.sep = sep
        self.used: set[str] = {self._key(t) for t in taken}

    def _key(self, name: str) -> str:
        return name.lower() if self.fold else name

    def free(self, name: str) -> bool:
        return self._key(name) not in self.used

    def take(self, name: str, *alternatives: str) -> str:
        """``name``, else the first free alternative, else ``name`` with a number."""
        for candidate in (name, *alternatives):
            if self._key(candidate) not in self.used:
                self.used.add(self._key(candidate))
                return candidate
        candidate = name
        n = 2
        while self._key(candidate) in self.used:
            candidate = f"{name}{self.sep}{n}"
            n += 1
        self.used.add(self._key(candidate))
        return candidate


def package_name(title: str) -> str:
    """``OpenRouter API`` -> ``openrouter``."""
    parts = [w.lower() for w in re.split(r"[^0-9A-Za-z]+", title) if w]
    while len(parts) > 1 and parts[-1] in (
        "api",
        "apis",
        "openapi",
        "spec",
        "service",
        "rest",
        "v1",
        "v2",
        "v3",
    ):
        parts.pop()
    name = "_".join(parts) or "client"
    return _identifier(name, "client", "api_")


_PEP440 = re.compile(r"^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?$")


def dist_version(version: str) -> str:
    """The spec's ``info.version`` as a version pip accepts (``2023-08-16`` -> ``2023.8.16``)."""
    v = version.strip().lstrip("vV")
    if _PEP440.match(v):
        return v
    numbers = [str(int(n)) for n in re.findall(r"\d+", v)]
    return ".".join(numbers[:4]) if numbers else "0.0.0"


def field_name(wire: str) -> str:
    name = snake(wire) or "field"
    name = _identifier(name, "field", "field_")
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in RESERVED_FIELDS:
        name += "_"
    return name


def enum_member_name(value: str | int) -> str:
    if isinstance(value, int):
        return f"VALUE_{value}".replace("-", "MINUS_")
    name = "_".join(w.upper() for w in words(value))
    if not name:
        return "EMPTY"
    return _identifier(name, "EMPTY", "VALUE_")


@attrs.frozen
class Claim:
    """One thing asking for a name: its first choice, then alternatives, and its rank (lower
    wins a contested first choice)."""

    id: Hashable
    rank: tuple[Any, ...]
    names: tuple[str, ...]


def settle(namer: Namer, claims: Iterable[Claim]) -> dict[Hashable, str]:
    """One phase: each first choice still free goes to its best-ranked claimant; then the
    others, in rank order, take their first free alternative (else a number). The result does
    not depend on the order of ``claims``."""
    ordered = sorted(claims, key=lambda c: (c.rank, str(c.id)))
    out: dict[Hashable, str] = {}
    for c in ordered:
        if namer.free(c.names[0]):
            out[c.id] = namer.take(c.names[0])
    for c in ordered:
        if c.id not in out:
            out[c.id] = namer.take(*c.names)
    return out


def by_source(source: str, name: str) -> tuple[bool, int, str]:
    """Rank of a name derived from ``source``: spelled exactly like it first, then the shorter
    source, then the lexicographically smaller one."""
    return (name != source, len(source), source)


def is_component(key: str) -> bool:
    """``#/components/schemas/Pet`` (not a schema nested inside it)."""
    return key.startswith("#/components/schemas/") and key.count("/") == 3
