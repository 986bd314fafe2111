"""Ordering findings and finding the file line of each."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from ...model.diagnostics import nearest_position
from ...spec import load
from .rules import RANK, Finding


def dedupe(findings: Iterable[Finding]) -> list[Finding]:
    out: dict[tuple[str, str, str], Finding] = {}
    for f in findings:
        out.setdefault((f.rule, f.python, f.pointer), f)
    return sorted(out.values(), key=lambda f: (-RANK[f.level], f.python, f.rule))


def locate(findings: list[Finding], texts: dict[str, str]) -> list[Finding]:
    """Findings with the line of their pointer (or its nearest ancestor) in their file.

    ``texts`` maps a finding's file name to the text read for it. Block-style YAML is scanned
    line by line for just the pointers asked for; anything else is parsed for its line map."""
    maps: dict[str, dict[str, tuple[int, int]]] = {}
    split: dict[str, list[str]] = {}
    out = []
    for f in findings:
        text = texts.get(f.file)
        if text is None:
            out.append(f)
            continue
        ptr = f.pointer.lstrip("#")
        line = None
        if not ptr:
            out.append(f)
            continue
        if f.file not in maps:
            if text.lstrip().startswith(("{", "[")):
                maps[f.file] = load.line_map(text)
            else:
                split.setdefault(f.file, text.splitlines())
                line = scan_line(split[f.file], ptr)
                if line is None:
                    maps[f.file] = load.line_map(text)
        if f.file in maps:
            place = nearest_position(ptr, maps[f.file])
            line = place[0] if place is not None else None
        out.append(attrs.evolve(f, line=line))
    return out


def _key_of(line: str) -> tuple[int, str] | None:
    """(indent, key) of a block mapping line ``  key: ...`` (``- key: ...`` counts the dash)."""
    stripped = line.lstrip(" ")
    indent = len(line) - len(stripped)
    if not stripped or stripped.startswith("#"):
        return None
    if stripped[0] in "'\"":
        end = stripped.find(stripped[0], 1)
        if end < 0 or not stripped[end + 1 :].lstrip().startswith(":"):
            return indent, ""
        return indent, stripped[1:end]
    key, sep, rest = stripped.partition(":")
    if not sep or (rest and not rest[0].isspace()):
        return indent, ""
    return indent, key.rstrip()


def scan_line(lines: list[str], pointer: str) -> int | None:
    """1-based line of ``pointer`` (or of its deepest ancestor found) in block-style YAML;
    ``None`` when the text does not look like block-style YAML at the top."""
    tokens = [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]
    pos, parent, found = 0, -1, None
    for token in tokens:
        child_indent = None
        hit = None
        for i in range(pos, len(lines)):
            k = _key_of(lines[i])
            if k is None:
                continue
            indent, key = k
            if indent <= parent:
                break
            if child_indent is None:
                child_indent = indent
            if indent == child_indent and key == token:
                hit = i
                break
        if hit is None or child_indent is None:
            return found
        pos, parent, found = hit + 1, child_indent, hit + 1
    return found


def at_or_above(findings: Iterable[Finding], level: str) -> list[Finding]:
    if level == "never":
        return []
    return [f for f in findings if f.accepted is None and RANK[f.level] >= RANK[level]]
