"""Stage 1: read a spec file (YAML or JSON) into plain data, and map JSON pointers to lines."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
import yaml

from .diagnostics import ERROR, Diagnostic, Position, SpecError, escape

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# YAML 1.2 core schema (what OpenAPI 3.x documents are written in), not PyYAML's YAML 1.1 rules:
# ``1e-5`` is a float, ``yes``/``on``/``y`` are strings, ``1:30`` is a string, ``0o17`` is octal,
# ``017`` is decimal, and there are no implicit timestamps (``2024-01-01`` stays a string, as in
# JSON). Merge keys (``<<``) are kept: real specs use them.
_CORE_RESOLVERS: tuple[tuple[str, str, str], ...] = (
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", "~nN"),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+.0123456789",
    ),
    ("tag:yaml.org,2002:merge", r"^(?:<<)$", "<"),
)


def core_resolvers() -> dict[str | None, list[tuple[str, re.Pattern[str]]]]:
    """PyYAML's ``yaml_implicit_resolvers`` table for the YAML 1.2 core schema."""
    table: dict[str | None, list[tuple[str, re.Pattern[str]]]] = {"": []}
    for tag, regexp, first in _CORE_RESOLVERS:
        pattern = re.compile(regexp)
        for ch in first:
            table.setdefault(ch, []).append((tag, pattern))
    table[""].append(("tag:yaml.org,2002:null", re.compile(_CORE_RESOLVERS[0][1])))
    return table


def core_int(text: str) -> int:
    """An integer scalar by the YAML 1.2 core schema (decimal, ``0o`` octal, ``0x`` hex)."""
    sign = -1 if text.startswith("-") else 1
    digits = text.lstrip("+-")
    if digits.startswith("0o"):
        return sign * int(digits[2:], 8)
    if digits.startswith("0x"):
        return sign * int(digits[2:], 16)
    return sign * int(digits, 10)


def core_float(text: str) -> float:
    """A float scalar by the YAML 1.2 core schema (``.inf``, ``-.inf``, ``.nan`` included)."""
    lowered = text.lower()
    if lowered.endswith(".inf"):
        return float("-inf") if lowered.startswith("-") else float("inf")
    if lowered == ".nan":
        return float("nan")
    return float(text)


class _SpecLoader(_Loader):  # type: ignore[misc]
    """Safe YAML, read by the YAML 1.2 core schema rules (see ``_CORE_RESOLVERS``)."""

    yaml_implicit_resolvers = core_resolvers()

    def construct_yaml_int(self, node: Any) -> int:
        return core_int(self.construct_scalar(node))

    def construct_yaml_float(self, node: Any) -> float:
        return core_float(self.construct_scalar(node))


_SpecLoader.add_constructor("tag:yaml.org,2002:int", _SpecLoader.construct_yaml_int)
_SpecLoader.add_constructor("tag:yaml.org,2002:float", _SpecLoader.construct_yaml_float)


@attrs.frozen
class Loaded:
    path: str
    text: str
    data: Any

    def lines(self) -> Mapping[str, Position]:
        """JSON pointer -> 1-based (line, column); computed on demand (only when there is a
        problem)."""
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
                [
                    Diagnostic(
                        ERROR,
                        f"invalid JSON: {exc.msg}",
                        line=exc.lineno,
                        column=exc.colno,
                        file=name,
                    )
                ]
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
                    column=mark.column + 1 if mark is not None else None,
                    file=name,
                )
            ]
        ) from None


def line_map(text: str) -> dict[str, Position]:
    """Walk the YAML node tree (JSON is read as YAML here) recording where each node starts
    (for a member of a mapping: where its key starts), as 1-based line and column, so that a
    place in a one-line minified document can be found too."""
    try:
        root = yaml.compose(text, Loader=_SpecLoader)
    except yaml.YAMLError:
        return {}
    lines: dict[str, Position] = {}
    stack: list[tuple[str, Any]] = [("", root)]
    while stack:
        ptr, node = stack.pop()
        if node is None:
            continue
        lines.setdefault(ptr, (node.start_mark.line + 1, node.start_mark.column + 1))
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                child = f"{ptr}/{escape(str(key.value))}"
                lines[child] = (key.start_mark.line + 1, key.start_mark.column + 1)
                stack.append((child, value))
        elif isinstance(node, yaml.SequenceNode):
            for i, value in enumerate(node.value):
                stack.append((f"{ptr}/{i}", value))
    return lines
