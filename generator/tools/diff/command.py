"""``diff OLD NEW`` and ``changelog OLD NEW`` on the command line."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import attrs
import yaml

from ... import pipeline
from ...model import ir
from ...model.diagnostics import SpecError
from ...settings import DEFAULT_SPEC, UsageError, find_settings, package_name_problem
from . import changelog
from . import compare as diff

EXIT_OK, EXIT_FOUND, EXIT_UNREADABLE = 0, 1, 2


class InputError(Exception):
    """A one-line problem with the command's input (git revision, accept file)."""


@attrs.frozen
class Spec:
    name: str
    """How the spec is named in output (``spec/openapi.yaml`` or ``main:spec/openapi.yaml``)."""
    path: Path
    text: str


@attrs.frozen
class Accepted:
    rule: str
    python: str
    reason: str


def cmd_diff(args: argparse.Namespace) -> int:
    try:
        accepts = read_accepts(Path(args.accept)) if args.accept else []
        with _inputs(args) as (old, new):
            findings, _, _ = _compare(old, new, _package(args))
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    except _Unreadable:
        return EXIT_UNREADABLE
    findings, stale = apply_accepts(findings, accepts)
    text = {"text": as_text, "json": as_json, "markdown": as_markdown}[args.format](
        findings, stale, old.name, new.name
    )
    sys.stdout.write(text)
    return EXIT_FOUND if diff.at_or_above(findings, args.fail_on) else EXIT_OK


def cmd_changelog(args: argparse.Namespace) -> int:
    try:
        with _inputs(args) as (old, new):
            findings, api_a, api_b = _compare(old, new, _package(args))
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    except _Unreadable:
        return EXIT_UNREADABLE
    sys.stdout.write(changelog.render(findings, api_a.version, api_b.version))
    return EXIT_OK


# -- inputs ---------------------------------------------------------------------------------


class _Unreadable(Exception):
    pass


@contextmanager
def _inputs(args: argparse.Namespace) -> Iterator[tuple[Spec, Spec]]:
    specs: list[str] = list(args.specs)
    if args.base is None:
        if len(specs) != 2:
            raise InputError("give two specs (OLD NEW), or one with --base GITREF")
        yield _read(specs[0]), _read(specs[1])
        return
    if len(specs) > 1:
        raise InputError("with --base, give at most one spec (the working file)")
    if not specs:
        folder, table = _settings()
        specs = [os.path.relpath(folder / str(table.get("spec", DEFAULT_SPEC)))]
    new = _read(specs[0])
    text = git_show(args.base, new.path)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / new.path.name
        path.write_text(text, encoding="utf-8")
        yield Spec(f"{args.base}:{specs[0]}", path, text), new


def _settings() -> tuple[Path, dict[str, Any]]:
    """The project's ``[tool.openapi-attrs-generator]`` settings, found as ``generate`` finds
    them (the nearest pyproject.toml with the table, up to the git root), and their folder."""
    try:
        found = find_settings(Path.cwd())
    except UsageError as exc:
        raise InputError(str(exc)) from None
    return (found[0].parent, found[1]) if found else (Path.cwd(), {})


def _package(args: argparse.Namespace) -> str | None:
    """``--package``, else the project's configured package name (Python paths then read as
    callers import them)."""
    if args.package is not None:
        return str(args.package)
    value = _settings()[1].get("package")
    return value if isinstance(value, str) else None


def _read(name: str) -> Spec:
    path = Path(name)
    try:
        text = path.read_bytes().decode("utf-8-sig", errors="replace")
    except OSError:
        text = ""  # the pipeline names the problem
    return Spec(name, path, text)


def git_show(ref: str, path: Path) -> str:
    """The text of ``path`` at git revision ``ref`` (an :class:`InputError` in one line when the
    revision, the file or the repository is missing)."""
    folder = path.resolve().parent
    git = shutil.which("git")
    if git is None:
        raise InputError("git is not installed (needed for --base)")
    try:
        proc = subprocess.run(
            [git, "show", f"{ref}:./{path.name}"],
            cwd=folder if folder.is_dir() else None,
            capture_output=True,
            check=False,
        )
    except OSError as exc:
        raise InputError(f"cannot run git: {exc.strerror}") from None
    if proc.returncode != 0:
        why = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = why[-1] if why else f"git exited with {proc.returncode}"
        raise InputError(f"{path} at {ref}: {reason.removeprefix('fatal: ')}")
    return proc.stdout.decode("utf-8-sig", "replace")


def _analyse(spec: Spec, package: str | None) -> ir.Api:
    """The spec's named model; with a dotted ``package`` (``acme._vendor.petstore``) the model is
    named as ``generate`` names it (after the last part) and Python paths start with the whole
    import name, as callers of the vendored client write them."""
    try:
        problem = package_name_problem(package) if package else None
        if problem:
            raise InputError(problem)
        leaf = package.rsplit(".", 1)[-1] if package else None
        api, _ = pipeline.analyse(spec.path, package=leaf)
    except SpecError as exc:
        for d in exc.diagnostics:
            if d.file == str(spec.path):
                d = attrs.evolve(d, file=spec.name)
            print(d.format(), file=sys.stderr)
        print(f"{spec.name}: cannot be read ({len(exc.diagnostics)} problem(s))", file=sys.stderr)
        raise _Unreadable from None
    return attrs.evolve(api, package=package) if package and package != api.package else api


def _compare(
    old: Spec, new: Spec, package: str | None
) -> tuple[list[diff.Finding], ir.Api, ir.Api]:
    api_a = _analyse(old, package)
    api_b = _analyse(new, package)
    findings = diff.compare(api_a, api_b, old.name, new.name)
    findings = diff.locate(findings, {old.name: old.text, new.name: new.text})
    return findings, api_a, api_b


# -- accepted findings ----------------------------------------------------------------------


def read_accepts(path: Path) -> list[Accepted]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the accept file: {exc}") from None
    try:
        if path.suffix == ".toml":
            data: Any = tomllib.loads(text).get("accept", [])
        elif path.suffix == ".json":
            data = json.loads(text)
        else:
            data = yaml.safe_load(text)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError, yaml.YAMLError) as exc:
        first = str(exc).strip().splitlines()[0]
        kind = {".json": "JSON", ".toml": "TOML"}.get(path.suffix, "YAML")
        raise InputError(f"{path}: not valid {kind}: {first}") from None
    if data is None:
        return []
    if isinstance(data, dict) and "accept" in data:
        data = data["accept"]
    if not isinstance(data, list):
        raise InputError(f"{path}: expected a list of {{rule, python, reason}}")
    out = []
    for i, item in enumerate(data):
        if not isinstance(item, dict) or not all(
            isinstance(item.get(k), str) for k in ("rule", "python")
        ):
            raise InputError(f"{path}: entry {i + 1} needs 'rule' and 'python' strings")
        if item["rule"] not in diff.RULES:
            raise InputError(f"{path}: entry {i + 1}: unknown rule {item['rule']!r}")
        out.append(Accepted(item["rule"], item["python"], str(item.get("reason") or "")))
    return out


def apply_accepts(
    findings: list[diff.Finding], accepts: Sequence[Accepted]
) -> tuple[list[diff.Finding], list[Accepted]]:
    """Findings with the accepted ones marked, and the accept entries that matched nothing."""
    by_key = {(a.rule, a.python): a for a in accepts}
    used: set[tuple[str, str]] = set()
    out = []
    for f in findings:
        a = by_key.get((f.rule, f.python))
        if a is not None:
            used.add((a.rule, a.python))
            f = attrs.evolve(f, accepted=a.reason or "accepted")
        out.append(f)
    return out, [a for a in accepts if (a.rule, a.python) not in used]


# -- output ---------------------------------------------------------------------------------


def _counts(findings: Sequence[diff.Finding]) -> str:
    parts = []
    for level in reversed(diff.LEVELS):
        n = sum(1 for f in findings if f.level == level and f.accepted is None)
        parts.append(f"{n} {level}")
    accepted = sum(1 for f in findings if f.accepted is not None)
    return ", ".join(parts) + (f", {accepted} accepted" if accepted else "")


def as_text(findings: Sequence[diff.Finding], stale: Sequence[Accepted], old: str, new: str) -> str:
    lines = [f"{old} -> {new}: {_counts(findings)}"]
    for f in findings:
        level = "accepted" if f.accepted is not None else f.level
        lines.append(f"{level:9} {f.rule:24} {f.python}")
        change = f"{f.old or '-'} -> {f.new or '-'}" if (f.old or f.new) else ""
        lines.append(f"          {f.message}" + (f" [{change}]" if change else ""))
        lines.append(f"          at {f.where()}")
        if f.accepted is not None:
            lines.append(f"          accepted: {f.accepted}")
    for a in stale:
        lines.append(f"stale accept entry (matches nothing): {a.rule} {a.python}")
    return "\n".join(lines) + "\n"


def as_json(findings: Sequence[diff.Finding], stale: Sequence[Accepted], old: str, new: str) -> str:
    data = {
        "old": old,
        "new": new,
        "findings": [f.as_json() for f in findings],
        "stale_accepts": [attrs.asdict(a) for a in stale],
    }
    return json.dumps(data, indent=2) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def as_markdown(
    findings: Sequence[diff.Finding], stale: Sequence[Accepted], old: str, new: str
) -> str:
    lines = [f"### Client API changes: `{old}` -> `{new}`", "", _counts(findings) + ".", ""]
    if findings:
        lines += ["| level | rule | Python | change | where |", "|---|---|---|---|---|"]
        icons = {"breaking": "**breaking**", "warning": "warning", "info": "info"}
        for f in findings:
            level = f"accepted ({_cell(f.accepted)})" if f.accepted is not None else icons[f.level]
            change = _cell(f.message)
            if f.old or f.new:
                change += f": `{_cell(f.old or '-')}` -> `{_cell(f.new or '-')}`"
            lines.append(
                f"| {level} | `{f.rule}` | `{_cell(f.python)}` | {change} | `{_cell(f.where())}` |"
            )
    if stale:
        lines += ["", "Accept entries that match nothing any more:", ""]
        lines += [f"- `{a.rule}` `{a.python}`" for a in stale]
    return "\n".join(lines) + "\n"
