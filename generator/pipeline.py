"""The whole pipeline, stage by stage: load -> validate -> resolve -> build -> name -> render ->
format. Each stage is a function of the previous stage's value; diagnostics are collected, not
raised, until the end of the stage that can no longer go on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import attrs

from . import build, diagnostics, format, ir, load, naming, render, resolve, validate
from .diagnostics import ERROR, Diagnostic, SpecError

T = TypeVar("T")


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

    def files_of(api: ir.Api) -> dict[str, str]:
        files = render.render(api)
        return format.format_files(files) if formatted else files

    api, files, diags = _run(spec, package, strict, files_of)
    return Result(files=files, diagnostics=diags, package=api.package)


def analyse(
    spec: str | Path, *, package: str | None = None, strict: bool = False
) -> tuple[ir.Api, list[Diagnostic]]:
    """The stages up to the named intermediate model (what the templates receive)."""
    api, _, diags = _run(spec, package, strict, lambda api: None)
    return api, diags


def _run(
    spec: str | Path,
    package: str | None,
    strict: bool,
    then: Callable[[ir.Api], T],
) -> tuple[ir.Api, T, list[Diagnostic]]:
    """load -> repair -> (validate, beside:) resolve -> build -> name -> ``then``.

    The later stages run while openapi-spec-validator checks the document; their result is
    used only if the validator and every stage found no error.
    """
    loaded = load.load(spec)
    doc = validate.string_keys(loaded.data)
    problems = validate.check_shape(doc)
    if problems:
        raise SpecError(_located(problems, loaded))
    needs_lines = (
        "$ref: null" in loaded.text or "$ref:\n" in loaded.text or "$ref: #" in loaded.text
    )
    doc, diags = validate.repair(doc, loaded.text, loaded.lines() if needs_lines else None)
    finish_validation = validate.start_validation(doc)
    failure: Exception | None = None
    try:
        api, model_diags = _model(doc, package, spec)
        diags += model_diags
        result = then(api) if not _has_errors(model_diags) else None
    except Exception as exc:  # noqa: BLE001 - reported after the validator's verdict
        failure = exc
    diags = validate.merged(finish_validation(), diags)
    _stop_on_errors(diags, loaded, strict)
    if failure is not None:
        raise failure
    return api, result, _located(diags, loaded)  # type: ignore[return-value]


def _model(
    doc: dict[str, object], package: str | None, spec: str | Path
) -> tuple[ir.Api, list[Diagnostic]]:
    normal, diags = resolve.resolve(doc)
    info = doc.get("info")
    title = info.get("title") if isinstance(info, dict) else None
    pkg = package or naming.package_name(str(title or Path(spec).stem))
    if not pkg.isidentifier():
        raise SpecError([Diagnostic(ERROR, f"package name {pkg!r} is not a Python identifier")])
    api, build_diags = build.build(normal, pkg)
    return naming.name_api(api), diags + build_diags


def _has_errors(diags: list[Diagnostic]) -> bool:
    return any(d.level == ERROR for d in diags)


def _stop_on_errors(diags: list[Diagnostic], loaded: load.Loaded, strict: bool) -> None:
    if any(d.level == ERROR or strict for d in diags):
        located = _located(diags, loaded)
        if strict:
            located = [attrs.evolve(d, level=ERROR) for d in located]
        raise SpecError(located)


__all__ = ["Result", "analyse", "diagnostics", "generate"]
