"""The whole pipeline, stage by stage: load -> validate -> resolve -> build -> name -> render ->
format. Each stage is a function of the previous stage's value; diagnostics are collected, not
raised, until the end of the stage that can no longer go on."""

from __future__ import annotations

from pathlib import Path

import attrs

from . import build, diagnostics, format, ir, load, naming, render, resolve, validate
from .diagnostics import ERROR, Diagnostic, SpecError


@attrs.frozen
class Result:
    files: dict[str, str]
    diagnostics: list[Diagnostic]
    package: str


def _located(diags: list[Diagnostic], loaded: load.Loaded) -> list[Diagnostic]:
    if not diags:
        return []
    lines = loaded.lines() if any(d.pointer for d in diags) else {}
    return [d.located(loaded.path, lines) for d in diags]


def generate(
    spec: str | Path,
    *,
    package: str | None = None,
    strict: bool = False,
    formatted: bool = True,
) -> Result:
    """Turn the spec at ``spec`` into the files of a client package.

    Raises :class:`SpecError` with every problem found when the spec cannot be used, or (with
    ``strict``) when anything was worth a warning.
    """
    api, diags = analyse(spec, package=package, strict=strict)
    files = render.render(api)
    if formatted:
        files = format.format_files(files)
    return Result(files=files, diagnostics=diags, package=api.package)


def analyse(
    spec: str | Path, *, package: str | None = None, strict: bool = False
) -> tuple[ir.Api, list[Diagnostic]]:
    """The stages up to the named intermediate model (what the templates receive)."""
    loaded = load.load(spec)
    doc = validate.string_keys(loaded.data)
    problems = validate.check_shape(doc)
    if problems:
        raise SpecError(_located(problems, loaded))
    needs_lines = (
        "$ref: null" in loaded.text or "$ref:\n" in loaded.text or "$ref: #" in loaded.text
    )
    doc, warnings = validate.repair(doc, loaded.text, loaded.lines() if needs_lines else None)
    diags = warnings + validate.validate(doc)
    normal, resolve_diags = resolve.resolve(doc)
    diags += resolve_diags
    _stop_on_errors(diags, loaded, strict)
    pkg = package or naming.package_name(
        str((doc.get("info") or {}).get("title") or Path(spec).stem)
    )
    if not pkg.isidentifier():
        raise SpecError([Diagnostic(ERROR, f"package name {pkg!r} is not a Python identifier")])
    api, build_diags = build.build(normal, pkg)
    diags += build_diags
    _stop_on_errors(diags, loaded, strict)
    return naming.name_api(api), _located(diags, loaded)


def _stop_on_errors(diags: list[Diagnostic], loaded: load.Loaded, strict: bool) -> None:
    if any(d.level == ERROR or strict for d in diags):
        located = _located(diags, loaded)
        if strict:
            located = [attrs.evolve(d, level=ERROR) for d in located]
        raise SpecError(located)


__all__ = ["Result", "diagnostics", "generate"]
