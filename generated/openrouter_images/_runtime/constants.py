"""Facts the runtime and the generator share, each defined here once. The generator reads this
module (and the error classes in :mod:`.errors`) from the runtime it copies into every package,
so what it emits and what the runtime expects cannot drift apart."""

from __future__ import annotations

WIRE = "wire"
"""Field metadata key: the property's name on the wire (``metadata={"wire": "b64_json"}``)."""

LINE_MEDIA_TYPES = frozenset(
    {
        "application/jsonl",
        "application/x-jsonl",
        "application/jsonlines",
        "application/x-jsonlines",
        "application/ndjson",
        "application/x-ndjson",
        "application/json-seq",
    }
)
"""JSON documents one per line (JSON Lines, NDJSON) or one per record (RFC 7464 JSON text
sequences); any ``+json-seq`` type is one too."""


def essence(content_type: str | None) -> str:
    """A media type without its parameters, in lower case: ``Application/JSON; charset=x`` is
    ``application/json``."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def is_json(content_type: str | None) -> bool:
    """One JSON document: ``application/json`` or any type with the ``+json`` structured syntax
    suffix (RFC 6839), whatever its top-level type (``application/problem+json``,
    ``text/x+json``). Line formats (``application/x-jsonl``) are not."""
    mt = essence(content_type)
    return mt == "application/json" or mt.endswith("+json")


def is_json_lines(content_type: str | None) -> bool:
    """A line-delimited JSON type: JSON Lines, NDJSON or a JSON text sequence."""
    mt = essence(content_type)
    return mt in LINE_MEDIA_TYPES or mt.endswith("+json-seq")
