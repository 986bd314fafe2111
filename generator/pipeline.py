"""The whole pipeline, stage by stage: load -> validate -> resolve -> build -> name -> render ->
format -> stamp. Each stage is a function of the previous stage's value; diagnostics are
collected, not raised, until the end of the stage that can no longer go on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import attrs

from . import collector
from .builder import api as build
from .model import diagnostics, ir
from .model.diagnostics import ERROR, Diagnostic, SpecError
from .naming import phases as naming
from .output import format, stamp
from .render import files as render
from .settings import package_name_problem
from .spec import load, resolve, validate, validating

T = TypeVar("T")


@attrs.frozen
class Result:
    files: dict[str, str]
    """Every file, by path relative to ``root`` (the stamp included, the manifest not)."""
    diagnostics: list[Diagnostic]
    package: str
    """The package's own name (the last part of ``import_name``)."""
    import_name: str = ""
    """Where the package is imported from: ``acme._vendor.openrouter_images``."""
    root: str = ""
    """The folder, relative to the output folder, that ``files`` are relative to: "" for the
    whole layout, the package's folder when only the package is written."""
    package_dir: str = ""
    """The package's folder relative to ``root``."""

    @property
    def stamp_path(self) -> str:
        return f"{self.package_dir}/{stamp.STAMP}" if self.package_dir else stamp.STAMP


def generate(
    spec: str | Path,
    *,
    package: str | None = None,
    strict: bool = False,
    formatted: bool = True,
    package_only: bool = False,
    max_method_params: int | None = None,
    validator: validating.Early | None = None,
) -> Result:
    """Turn the spec at ``spec`` into the files of a client package.

    ``package`` may be dotted (``acme._vendor.openrouter_images``): the package then sits at that
    path; ``package_only`` leaves out what surrounds it (pyproject.toml, README, docs).
    ``max_method_params``: above this many parameters a method takes one request object, where
    the spec's ``x-speakeasy-max-method-params`` does not say (``None``: no limit).
    ``validator``: a child started earlier (:func:`validating.early`) to read, repair and check
    ``spec``; without one (or one started for another spec), this process reads and repairs
    the spec and starts a child to check it.

    Raises :class:`SpecError` with every problem found when the spec cannot be used, or (with
    ``strict``) when anything was worth a warning.
    """
    try:
        return _generate(
            spec, package, strict, formatted, package_only, max_method_params, validator
        )
    finally:
        if validator is not None:
            validator.cancel()  # when the run stopped before it was done with the child


def _generate(
    spec: str | Path,
    package: str | None,
    strict: bool,
    formatted: bool,
    package_only: bool,
    max_method_params: int | None,
    validator: validating.Early | None,
) -> Result:
    problem = package_name_problem(package) if package else None
    if problem:
        raise SpecError([Diagnostic(ERROR, problem)])

    def files_of(api: ir.Api) -> dict[str, str]:
        if not formatted:
            return render.render(api, package or api.package)
        return format.format_files(render.iter_files(api, package or api.package))

    leaf = package.rsplit(".", 1)[-1] if package else None
    loaded, api, files, diags = _run(spec, leaf, strict, files_of, max_method_params, validator)
    import_name = package or api.package
    pkg_dir = import_name.replace(".", "/")
    root, package_dir = "", pkg_dir
    if package_only:
        files = {p[len(pkg_dir) + 1 :]: t for p, t in files.items() if p.startswith(pkg_dir + "/")}
        root, package_dir = pkg_dir, ""
    result = Result(files, diags, api.package, import_name, root, package_dir)
    files[result.stamp_path] = stamp.make(
        files,
        package_dir=package_dir,
        spec_name=loaded.name,
        spec_sha256=loaded.sha256,
        info_version=api.version,
        options={"package": import_name, "package_only": package_only}
        | ({} if max_method_params is None else {"max_method_params": max_method_params}),
    )
    return result


def analyse(
    spec: str | Path, *, package: str | None = None, strict: bool = False
) -> tuple[ir.Api, list[Diagnostic]]:
    """The stages up to the named intermediate model (what the templates receive)."""
    _, api, _, diags = _run(spec, package, strict, lambda api: None)
    return api, diags


def resolved(spec: str | Path) -> tuple[dict[str, Any], list[Diagnostic]]:
    """The validated document in 3.1 terms (what ``conform`` and ``mock`` read), with the
    warnings of the repairs; :class:`SpecError` when the spec cannot be used."""
    loaded, doc, diags = validate.repaired(load.load(spec))
    finish_validation = validating.start(doc)
    normal, resolve_diags = resolve.resolve(doc)
    diags = validate.merged(finish_validation(), diags) + resolve_diags
    _stop_on_errors([d for d in diags if d.level == ERROR], loaded, strict=False)
    return normal, loaded.located(diags)


def _run(
    spec: str | Path,
    package: str | None,
    strict: bool,
    then: Callable[[ir.Api], T],
    max_method_params: int | None = None,
    validator: validating.Early | None = None,
) -> tuple[load.Loaded, ir.Api, T, list[Diagnostic]]:
    """load -> repair -> (validate, beside:) resolve -> build -> name -> ``then``.

    The later stages run while openapi-spec-validator checks the document (in ``validator``
    when given); their result is used only if the validator and every stage found no error.
    """
    with collector.paused():
        return _run_stages(spec, package, strict, then, max_method_params, validator)


def _run_stages(
    spec: str | Path,
    package: str | None,
    strict: bool,
    then: Callable[[ir.Api], T],
    max_method_params: int | None,
    validator: validating.Early | None,
) -> tuple[load.Loaded, ir.Api, T, list[Diagnostic]]:
    if validator is not None and validator.spec != str(spec):
        validator.cancel()
        validator = None
    if validator is not None:
        render.load_templates()  # while the child reads and repairs the spec
    early = validator.repaired() if validator is not None else None
    if early is not None:
        loaded, doc, diags = early.loaded, early.doc, early.diagnostics
    else:
        loaded, doc, diags = validate.repaired(load.load(spec))
        # The stages below normalise `doc` in place (it is this run's own); the validator
        # checks it as it was, in its child process, or (should that die) as parsed anew from
        # the text read.
        again = lambda: validate.repaired(load.from_text(loaded.text, loaded.path))[1]  # noqa: E731
        finish_validation = validating.start(doc, again)
    failure: Exception | None = None
    model_diags: list[Diagnostic] = []
    try:
        api, model_diags = _model(doc, package, loaded.name, max_method_params)
        del doc  # the model has what it needs: the tree's memory is free for rendering
        result = then(api) if not _has_errors(model_diags) else None
    except Exception as exc:  # noqa: BLE001 - reported after the validator's verdict
        failure = exc
    lines = None
    if early is not None and validator is not None:
        # The early child, which has the spec's line map, places every diagnostic.
        placed = (d.pointer for d in [*diags, *model_diags] if d.pointer)
        found, lines = validator.finish(early, placed)
    else:
        found = finish_validation()
    diags = validate.merged(found, diags + model_diags)
    _stop_on_errors(diags, loaded, strict, lines)
    if failure is not None:
        raise failure
    return loaded, api, result, loaded.located(diags, lines)  # type: ignore[return-value]


def _model(
    doc: dict[str, object],
    package: str | None,
    spec_name: str,
    max_method_params: int | None = None,
) -> tuple[ir.Api, list[Diagnostic]]:
    info = doc.get("info")
    normal, diags = resolve.resolve(doc, in_place=True)
    title = info.get("title") if isinstance(info, dict) else None
    pkg = package or naming.package_name(str(title or Path(spec_name).stem))
    if not pkg.isidentifier():
        raise SpecError([Diagnostic(ERROR, f"package name {pkg!r} is not a Python identifier")])
    api, build_diags = build.build(normal, pkg, max_method_params=max_method_params)
    return naming.name_api(api), diags + build_diags


def _has_errors(diags: list[Diagnostic]) -> bool:
    return any(d.level == ERROR for d in diags)


def _stop_on_errors(
    diags: list[Diagnostic],
    loaded: load.Loaded,
    strict: bool,
    lines: validating.Lines | None = None,
) -> None:
    if any(d.level == ERROR or strict for d in diags):
        located = loaded.located(diags, lines)
        if strict:
            located = [attrs.evolve(d, level=ERROR) for d in located]
        raise SpecError(located)


__all__ = ["Result", "analyse", "diagnostics", "generate"]
