"""Stage 1: read a spec file (YAML or JSON) into plain data, and map JSON pointers to lines."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
import yaml

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

    def lines(self) -> Mapping[str, int]:
        """JSON pointer -> 1-based line; computed on demand (only when there is a problem)."""
        return line_map(self.text)


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
    return Loaded(name, text, parse(text, name))


def parse(text: str, name: str = "<spec>") -> Any:
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise SpecError(
                [Diagnostic(ERROR, f"invalid JSON: {exc.msg}", line=exc.lineno, file=name)]
            ) from None
    try:
        return yaml.load(text, Loader=_SpecLoader)  # noqa: S506 - a safe loader
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
