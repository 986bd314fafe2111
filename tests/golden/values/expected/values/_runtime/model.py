"""The base class of every generated model: the model read from and written to its JSON form,
by wire names, through the package's converter (so that a response can be cached or logged and
read back). It adds no fields and no per-instance state."""

from __future__ import annotations

import importlib
import json
from collections.abc import Mapping
from typing import Any, Self

MODEL_METHODS = ("to_dict", "to_json", "from_dict", "from_json")
"""The names a model class takes for itself (a property so named is renamed)."""

_converters: list[Any] = []


def _converter() -> Any:
    """The converter of the package this runtime was copied into (``<package>._serialization``,
    imported on first use, so that importing a model does not import cattrs)."""
    if not _converters:
        _converters.append(
            importlib.import_module(".._serialization", __package__).converter
        )
    return _converters[0]


class Model:
    """What every model can do besides holding its fields."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: wire names, unset fields left out, and the properties it
        arrived with that the spec does not list kept as received."""
        data: dict[str, Any] = _converter().unstructure(self)
        return data

    def to_json(self) -> str:
        """:meth:`to_dict` as compact JSON text, exactly as the client would send it."""
        from .http import json_body  # (the HTTP machinery only when it is used)

        return json_body(self.to_dict()).decode("utf-8")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """The model read from JSON data (wire names; properties the spec does not list are
        kept, and written back by :meth:`to_dict`). Data that does not fit raises
        ``ValueError`` naming the place (``$.data[2].url``)."""
        converter = _converter()
        try:
            result: Self = converter.structure(data, cls)
        except Exception as exc:  # reported with the place that does not fit
            from .responses import describe_failure

            why = describe_failure(
                exc, json.dumps(data, default=str).encode(), cls, converter
            )
            raise ValueError(f"{cls.__name__}: {why}") from exc
        return result

    @classmethod
    def from_json(cls, text: str | bytes) -> Self:
        """The model read from JSON text (see :meth:`from_dict`)."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(
                f"{cls.__name__}: not JSON ({exc.msg} at line {exc.lineno})"
            ) from exc
        return cls.from_dict(data)
