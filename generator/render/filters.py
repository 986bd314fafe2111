"""Filters and tests the templates use: spec strings made safe for Python source (docstrings,
comments, literals) and type tests over the model."""

from __future__ import annotations

from typing import Any

from ..model import ir

# -- filters: spec strings made safe for Python source ---------------------------------------


def py_literal(value: Any) -> str:
    """A Python literal for a JSON value (``repr`` of str/int/float/bool/None, lists, dicts)."""
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return (
            "{"
            + ", ".join(f"{py_literal(str(k))}: {py_literal(v)}" for k, v in value.items())
            + "}"
        )
    return repr(str(value))


def docstring(text: str, indent: int = 0) -> str:
    """Text fit for the inside of a triple-quoted docstring."""
    text = (
        text.replace("\\", "\\\\")
        .replace('"""', '\\"\\"\\"')
        .replace("\r\n", "\n")
        .replace("\r", "\n")
    )
    if not text.replace("\n", "").replace("\t", "").isprintable():  # else nothing to replace
        text = "".join(ch if ch == "\n" or ch == "\t" or ch.isprintable() else " " for ch in text)
    lines = [line.rstrip() for line in text.strip().split("\n")]
    if lines and lines[-1].endswith('"'):
        lines[-1] += " "
    pad = " " * indent
    text = ("\n" + pad).join(lines).replace("\n" + pad + "\n", "\n\n")
    # A docstring of several lines closes on a line of its own (indent 0: inline text).
    return text + "\n" + pad if indent and "\n" in text else text


def one_line(text: str, limit: int = 0) -> str:
    """The first sentence-ish line of a text, for comments and tables."""
    line = " ".join(text.split())
    if limit and len(line) > limit:
        line = line[: limit - 3].rstrip() + "..."
    return line.replace("|", "\\|")


TESTS = {
    "prim": lambda t: isinstance(t, ir.Prim),
    "listof": lambda t: isinstance(t, ir.ListOf),
    "mapof": lambda t: isinstance(t, ir.MapOf),
    "ref": lambda t: isinstance(t, ir.Ref),
    "literalof": lambda t: isinstance(t, ir.LiteralOf),
    "unionof": lambda t: isinstance(t, ir.UnionOf),
    "nullable": lambda t: isinstance(t, ir.Nullable),
    "model": lambda d: isinstance(d, ir.Model),
    "enum_decl": lambda d: isinstance(d, ir.Enum),
    "alias": lambda d: isinstance(d, ir.Alias),
}
