"""A short string a regular expression matches, made from the expression itself: the first
alternative of each branch, the first character of each class, each repeat at its minimum
(stretched to reach a minimum length where the expression allows)."""

from __future__ import annotations

import importlib
import re
from typing import Any

_PARSER: Any = importlib.import_module("re._parser")
_CATEGORY = {"CATEGORY_DIGIT": "0", "CATEGORY_WORD": "a", "CATEGORY_SPACE": " "}
_NOT_CATEGORY = {"CATEGORY_NOT_DIGIT": "a", "CATEGORY_NOT_WORD": "-", "CATEGORY_NOT_SPACE": "a"}


def from_pattern(pattern: str, min_length: int = 0) -> str | None:
    """A string ``pattern`` finds (as JSON Schema's ``pattern`` does), or None."""
    try:
        parsed = _PARSER.parse(pattern)
        for stretch in (0, min_length):
            made = _made(parsed, stretch)
            if re.search(pattern, made) and len(made) >= min_length:
                return made
    except (re.error, ValueError, TypeError, OverflowError, RecursionError):
        return None
    return None


def _made(parsed: Any, stretch: int) -> str:
    out: list[str] = []
    for op, arg in parsed:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(arg))
        elif name == "ANY":
            out.append("a")
        elif name == "NOT_LITERAL":
            out.append("a" if arg != ord("a") else "b")
        elif name == "CATEGORY":
            out.append(_CATEGORY.get(str(arg)) or _NOT_CATEGORY.get(str(arg)) or "a")
        elif name == "IN":
            out.append(_first_in(arg))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, sub = arg
            count = low if not stretch else max(low, min(stretch, high))
            out.append(_made(sub, stretch) * count)
        elif name == "SUBPATTERN":
            out.append(_made(arg[-1], stretch))
        elif name == "ATOMIC_GROUP":
            out.append(_made(arg, stretch))
        elif name == "BRANCH":
            out.append(_made(arg[1][0], stretch))
        elif name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue
        else:
            raise ValueError(name)
    return "".join(out)


def _first_in(items: Any) -> str:
    negate = any(str(op) == "NEGATE" for op, _ in items)
    if negate:
        excluded = {chr(a) for op, a in items if str(op) == "LITERAL"}
        return next(c for c in "aZ0-_ " if c not in excluded)
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            return chr(arg)
        if name == "RANGE":
            return chr(arg[0])
        if name == "CATEGORY":
            found = _CATEGORY.get(str(arg)) or _NOT_CATEGORY.get(str(arg))
            if found:
                return found
    raise ValueError("class")
