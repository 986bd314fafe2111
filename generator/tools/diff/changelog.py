"""A Markdown changelog entry for the generated client, from the findings of :mod:`.diff`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .compare import BREAKING, Finding

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
    numbers = semver(old_version)
    below_one = numbers is not None and numbers[0] == 0
    if "Breaking" in kinds:
        return "minor" if below_one else "major"
    if kinds & {"Added", "Deprecated"}:
        return "patch" if below_one else "minor"
    if kinds:
        return "patch"
    return "none"


_SEMVER = re.compile(r"^[vV]?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")


def semver(version: str) -> tuple[int, int, int] | None:
    """``MAJOR.MINOR.PATCH`` (a leading ``v`` allowed) as numbers; None for anything else (a
    date, two or four numbers, a pre-release): no next version is made up from those."""
    match = _SEMVER.match(version.strip())
    if match is None:
        return None
    major, minor, patch = (int(n) for n in match.groups())
    return major, minor, patch


def next_version(numbers: tuple[int, int, int], step: str) -> str:
    major, minor, patch = numbers
    if step == "major":
        return f"{major + 1}.0.0"
    if step == "minor":
        return f"{major}.{minor + 1}.0"
    if step == "patch":
        return f"{major}.{minor}.{patch + 1}"
    return f"{major}.{minor}.{patch}"


def _heading(step: str, old_version: str, new_version: str) -> tuple[str, str]:
    """The entry's version and the sentence that says where it comes from: the next semver
    version while the spec still has the old one, else the spec's own version (said plainly
    when it is not semver, or a smaller step than the changes imply)."""
    old, new = old_version.strip(), new_version.strip()
    numbers = semver(old)
    implied = f"Implied version bump: **{step}**"
    if numbers is not None and new == old:
        suggested = next_version(numbers, step)
        return suggested, f"{implied} ({old} -> {suggested})."
    if not new:
        return "Unreleased", f"{implied}. The new spec has no info.version to name the release."
    if semver(new) is None:
        return new, (
            f"{implied}. The spec's info.version {new!r} is not a semantic version "
            "(MAJOR.MINOR.PATCH), so no version number is suggested: it is the spec's own."
        )
    if numbers is None:
        return new, f"{implied}; the spec's info.version is {new} (it was {old or 'not set'})."
    expected = next_version(numbers, step)
    smaller = (semver(new) or numbers) < (semver(expected) or numbers)
    return new, (
        f"{implied} ({old} -> {expected}); the spec's info.version is {new}"
        + (", a smaller step than the changes imply." if smaller else ".")
    )


def _entry(f: Finding) -> str:
    change = ""
    if f.old and f.new:
        change = f" (`{f.old}` -> `{f.new}`)"
    elif f.old and f.level == BREAKING:
        change = f" (was `{f.old}`)"
    accepted = f" *Accepted: {f.accepted}*" if f.accepted else ""
    return f"- `{f.python}`: {f.message}{change}.{accepted}"


def render(findings: Sequence[Finding], old_version: str, new_version: str) -> str:
    """The entry for the change from a spec at ``old_version`` to one at ``new_version`` (each
    spec's ``info.version`` as written)."""
    step = bump(findings, old_version if semver(old_version) else new_version)
    version, source = _heading(step, old_version, new_version)
    lines = [f"## {version}", ""]
    if step == "none":
        lines.append("No change a caller of the client can notice.")
    else:
        lines.append(source)
    for name in SECTIONS:
        entries = [f for f in findings if section(f) == name]
        if entries:
            lines += ["", f"### {name}", ""]
            lines += [_entry(f) for f in entries]
    return "\n".join(lines) + "\n"
