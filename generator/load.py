"""Stage 1: read a spec file (YAML or JSON) into plain data, and map JSON pointers to lines."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
import yaml

from . import yaml_events
from .diagnostics import ERROR, Diagnostic, SpecError, escape

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _SpecLoader(_Loader):  # type: ignore[misc]
    """Safe YAML without implicit timestamps: ``2024-01-01`` in an example stays a string, as in
    JSON."""


_SpecLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _Loader.yaml_implicit_resolvers.items()
}


@attrs.frozen
class Loaded:
    path: str
    text: str
    data: Any
    known_lines: Mapping[str, int] | None = None
    """The line map, when reading the spec gave it for free (YAML: see :func:`parse_yaml`)."""

    def lines(self) -> Mapping[str, int]:
        """JSON pointer -> 1-based line; computed on demand (only when there is a problem)."""
        return self.known_lines if self.known_lines is not None else line_map(self.text)


def load(path: str | Path) -> Loaded:
    """Read and parse ``path``; a :class:`SpecError` names the file and line of any problem."""
    p = Path(path)
    name = str(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise SpecError(
            [Diagnostic(ERROR, f"cannot read the spec: {exc.strerror}", file=name)]
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SpecError(
            [Diagnostic(ERROR, f"not UTF-8 text (byte {exc.start})", file=name)]
        ) from None
    if _is_json(text):
        return Loaded(name, text, parse(text, name))
    data, lines = parse_yaml(text, name)
    return Loaded(name, text, data, lines)


def _is_json(text: str) -> bool:
    return text.lstrip().startswith(("{", "["))


def parse(text: str, name: str = "<spec>") -> Any:
    if _is_json(text):
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise SpecError(
                [Diagnostic(ERROR, f"invalid JSON: {exc.msg}", line=exc.lineno, file=name)]
            ) from None
    return parse_yaml(text, name)[0]


def parse_yaml(text: str, name: str = "<spec>") -> tuple[Any, dict[str, int]]:
    """The data of a YAML document and its :func:`line_map`, from one parse.

    PyYAML builds the node tree (which knows every node's line) and then the data from it;
    reading the lines off that tree costs a small part of parsing the text a second time, which
    the warnings of most real specs would otherwise need. Plain YAML skips the tree too
    (:mod:`.yaml_events`).
    """
    fast = yaml_events.load_with_lines(text, _SpecLoader)
    if fast is not None:
        return fast
    try:
        loader = _SpecLoader(text)
        try:
            root = loader.get_single_node()
            # Lines first: building the data rewrites the tree where merge keys (<<) are.
            lines = _node_lines(root)
            data = loader.construct_document(root) if root is not None else None
        finally:
            loader.dispose()
        return data, lines
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        context, cmark = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        if context and cmark is not None:
            problem += f" ({context} at line {cmark.line + 1})"
        raise SpecError(
            [
                Diagnostic(
                    ERROR,
                    f"invalid YAML: {problem}",
                    line=mark.line + 1 if mark is not None else None,
                    file=name,
                )
            ]
        ) from None


def line_map(text: str) -> dict[str, int]:
    """Walk the YAML node tree (JSON is read as YAML here) recording each node's line."""
    try:
        root = yaml.compose(text, Loader=_SpecLoader)
    except yaml.YAMLError:
        return {}
    return _node_lines(root)


def _node_lines(root: Any) -> dict[str, int]:
    """JSON pointer -> 1-based line of every node under ``root`` (a YAML node or None)."""
    lines: dict[str, int] = {}
    stack: list[tuple[str, Any]] = [("", root)]
    while stack:
        ptr, node = stack.pop()
        if node is None:
            continue
        lines.setdefault(ptr, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                child = f"{ptr}/{escape(str(key.value))}"
                lines[child] = key.start_mark.line + 1
                stack.append((child, value))
        elif isinstance(node, yaml.SequenceNode):
            for i, value in enumerate(node.value):
                stack.append((f"{ptr}/{i}", value))
    return lines
