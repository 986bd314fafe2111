"""Values the spec does not describe, kept rather than lost.

(No ``from __future__ import annotations`` here: the annotations stay real objects, so the
converter can read them without knowing this module's names.)
"""

import weakref
from collections.abc import Mapping
from typing import Any

import attrs


@attrs.frozen
class UnknownVariant:
    """A member of a tagged union whose tag the spec does not list (a newer server's event or
    capability kind, say). Decoding goes on past it; the raw data is kept, and is what is
    written back when the value is sent again.

    Attributes:
        tag: the value of the discriminator property (``None`` when it is absent).
        data: the object exactly as received.
    """

    tag: Any
    data: Mapping[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.data[key]


_UNKNOWN: dict[int, tuple["weakref.ref[Any]", dict[str, Any]]] = {}


def keep_unknown_fields(obj: Any, fields: dict[str, Any]) -> None:
    """Remember properties the model's schema does not list (kept beside the model, freed
    with it), so that they are reachable and written back when the model is sent again."""
    key = id(obj)

    def forget(_: "weakref.ref[Any]", key: int = key) -> None:
        _UNKNOWN.pop(key, None)

    _UNKNOWN[key] = (weakref.ref(obj, forget), fields)


def unknown_fields(obj: Any) -> Mapping[str, Any]:
    """The properties a decoded model arrived with that its schema does not list (raw JSON
    values); empty for a model built in code, or copied with ``attrs.evolve``."""
    entry = _UNKNOWN.get(id(obj))
    if entry is None or entry[0]() is not obj:
        return {}
    return entry[1]
