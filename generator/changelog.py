"""A Markdown changelog entry for the generated client, from the findings of :mod:`.diff`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .diff import BREAKING, Finding

SECTIONS = ("Breaking", "Added", "Changed", "Deprecated")


def section(f: Finding) -> str:
    if f.level == BREAKING:
        return "Breaking"
    if f.rule.endswith("-deprecated"):
        return "Deprecated"
    if f.rule.endswith("-added"):
        return "Added"
    return "Changed"


def bump(findings: Sequence[Finding], old_version: str) -> str:
    """``major``, ``minor``, ``patch`` or ``none``; below 1.0 every step is one place lower
    (a breaking change bumps the minor, an addition the patch)."""
    kinds = {section(f) for f in findings}
    below_one = _numbers(old_version)[0] == 0
    if "Breaking" in kinds:
        return "minor" if below_one else "major"
    if kinds & {"Added", "Deprecated"}:
        return "patch" if below_one else "minor"
    if kinds:
        return "patch"
    return "none"


def _numbers(version: str) -> list[int]:
    nums = [int(n) for n in re.findall(r"\d+", version)[:3]]
    return nums + [0] * (3 - len(nums))


def next_version(old_version: str, step: str) -> str:
    major, minor, patch = _numbers(old_version)
    if step == "major":
        return f"{major + 1}.0.0"
    if step == "minor":
        return f"{major}.{minor + 1}.0"
    if step == "patch":
        return f"{major}.{minor}.{patch + 1}"
    return f"{major}.{minor}.{patch}"


def _entry(f: Finding) -> str:
    change = ""
    if f.old and f.new:
        change = f" (`{f.old}` -> `{f.new}`)"
    elif f.old and f.level == BREAKING:
        change = f" (was `{f.old}`)"
    accepted = f" *Accepted: {f.accepted}*" if f.accepted else ""
    return f"- `{f.python}`: {f.message}{change}.{accepted}"


def render(findings: Sequence[Finding], old_version: str, new_version: str) -> str:
    step = bump(findings, old_version)
    suggested = next_version(old_version, step)
    lines = [f"## {suggested}", ""]
    if step == "none":
        lines.append("No change a caller of the client can notice.")
    else:
        lines.append(
            f"Implied version bump: **{step}** ({old_version} -> {suggested})"
            + (f"; the spec's info.version is {new_version}" if new_version != old_version else "")
            + "."
        )
    for name in SECTIONS:
        entries = [f for f in findings if section(f) == name]
        if entries:
            lines += ["", f"### {name}", ""]
            lines += [_entry(f) for f in entries]
    return "\n".join(lines) + "\n"
