"""The data and line map of a plain YAML document, built straight from libyaml's events.

PyYAML reads a document in two steps: it builds a tree of nodes (each knowing its line), then
the data from the tree. For a large spec most of the time goes into the tree, which is thrown
away at once. Most specs are plain YAML: no anchors, aliases, explicit tags, merge keys or
repeated keys. For those, the data and the line map are built here from the event stream in
one pass, with the loader's own tag resolution and constructors, so the result is what the
two-step read gives. Anything else makes :func:`load_with_lines` give up (return None), and
the caller reads the document the usual way, which also reports any error in it.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.events import (
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from ..model.diagnostics import Position, escape

_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_NON_SPECIFIC = (None, "!")


class _GiveUp(Exception):
    """The document uses something the two-step read must handle."""


def load_with_lines(text: str, loader_class: Any) -> tuple[Any, dict[str, Position]] | None:
    """``(data, {JSON pointer: 1-based line})`` for ``text`` read with ``loader_class`` (a
    PyYAML loader), or None when the document is not plain YAML (see the module's docstring),
    is not exactly one document, or has an error."""
    read = read_with_lines(text, loader_class)
    return None if read is None else (read[0], read[1])


def read_with_lines(text: str, loader_class: Any) -> tuple[Any, dict[str, Position], bool] | None:
    """:func:`load_with_lines`, and whether every mapping key read was a string."""
    loader = loader_class(text)
    try:
        if loader.yaml_path_resolvers:
            return None
        builder = _Builder(loader)
        data, lines = builder.document()
        return data, lines, builder.string_keys
    except (_GiveUp, yaml.YAMLError, RecursionError):
        return None
    finally:
        loader.dispose()


class _Builder:
    def __init__(self, loader: Any) -> None:
        self.loader = loader
        self.get = loader.get_event
        self.lines: dict[str, Position] = {}
        self.string_keys = True
        """No key so far was read as anything but a string (``200:`` is a number)."""

    def document(self) -> tuple[Any, dict[str, Position]]:
        self.get()  # the stream's start
        if type(self.get()) is not DocumentStartEvent:
            raise _GiveUp  # no document
        first = self.get()
        self.lines[""] = (first.start_mark.line + 1, first.start_mark.column + 1)
        data = self.node(first, "")
        if type(self.get()) is not DocumentEndEvent or type(self.get()) is not StreamEndEvent:
            raise _GiveUp  # more than one document
        return data, self.lines

    def node(self, event: Any, ptr: str) -> Any:
        kind = type(event)
        if kind is ScalarEvent:
            return self.scalar(event)
        if getattr(event, "anchor", None) is not None or event.tag not in _NON_SPECIFIC:
            raise _GiveUp  # an alias, an anchor or an explicit tag
        if kind is MappingStartEvent:
            return self.mapping(event, ptr)
        if kind is SequenceStartEvent:
            return self.sequence(event, ptr)
        raise _GiveUp

    def scalar(self, event: Any) -> Any:
        if event.anchor is not None or event.tag not in _NON_SPECIFIC:
            raise _GiveUp
        tag = self.loader.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag == _STR:
            return event.value
        if tag == "tag:yaml.org,2002:merge":
            raise _GiveUp
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        return self.loader.construct_object(node, deep=True)

    def mapping(self, start: Any, ptr: str) -> dict[Any, Any]:
        if self.loader.resolve(yaml.MappingNode, None, start.implicit) != _MAP:
            raise _GiveUp
        data: dict[Any, Any] = {}
        keys: set[str] = set()
        lines = self.lines
        while True:
            event = self.get()
            if type(event) is MappingEndEvent:
                return data
            if type(event) is not ScalarEvent or event.value in keys:
                raise _GiveUp  # a key that is not a scalar, or a repeated key
            keys.add(event.value)
            key = self.scalar(event)
            if type(key) is not str:
                self.string_keys = False
            child = f"{ptr}/{escape(event.value)}"
            lines[child] = (event.start_mark.line + 1, event.start_mark.column + 1)
            data[key] = self.node(self.get(), child)

    def sequence(self, start: Any, ptr: str) -> list[Any]:
        if self.loader.resolve(yaml.SequenceNode, None, start.implicit) != _SEQ:
            raise _GiveUp
        items: list[Any] = []
        lines = self.lines
        while True:
            event = self.get()
            if type(event) is SequenceEndEvent:
                return items
            child = f"{ptr}/{len(items)}"
            lines.setdefault(child, (event.start_mark.line + 1, event.start_mark.column + 1))
            items.append(self.node(event, child))
