"""Command line: ``python -m generator generate|check|validate``."""

from __future__ import annotations

import argparse
import difflib
import os
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import diffcmd, pipeline, write
from .diagnostics import ERROR, Diagnostic, SpecError

DEFAULT_SPEC = "spec/openapi.yaml"
DEFAULT_OUT = "generated"
CONFIG_TABLE = "openapi-attrs-generator"


def project_settings(folder: Path) -> dict[str, Any]:
    """``[tool.openapi-attrs-generator]`` of ``folder/pyproject.toml`` ({} when there is none)."""
    path = folder / "pyproject.toml"
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SpecError([Diagnostic(ERROR, f"{path}: cannot read the settings: {exc}")]) from exc
    table = data.get("tool", {}).get(CONFIG_TABLE, {})
    if not isinstance(table, dict):
        raise SpecError([Diagnostic(ERROR, f"{path}: [tool.{CONFIG_TABLE}] is not a table")])
    return table


def _apply_settings(args: argparse.Namespace) -> None:
    """Fill the options not given on the command line from the project settings.

    The settings describe the project's own job, so they apply only when no spec is named.
    """
    settings = project_settings(Path.cwd()) if getattr(args, "spec", "") is None else {}
    for key, default in (("spec", DEFAULT_SPEC), ("out", DEFAULT_OUT), ("package", None)):
        if hasattr(args, key) and getattr(args, key) is None:
            value = settings.get(key, default)
            if value is not None and not isinstance(value, str):
                raise SpecError(
                    [
                        Diagnostic(
                            ERROR, f"pyproject.toml: [tool.{CONFIG_TABLE}] {key} must be a string"
                        )
                    ]
                )
            setattr(args, key, value)


def _print(diags: Sequence[Diagnostic]) -> None:
    for d in diags:
        print(d.format(), file=sys.stderr)


def _summary(diags: Sequence[Diagnostic]) -> str:
    errors = sum(d.level == ERROR for d in diags)
    warnings = len(diags) - errors
    return f"{errors} error(s), {warnings} warning(s)"


def cmd_generate(args: argparse.Namespace) -> int:
    result = pipeline.generate(args.spec, package=args.package, strict=args.strict)
    _print(result.diagnostics)
    write.write_tree(Path(args.out), result.files)
    print(
        f"generated {len(result.files)} files for package {result.package!r} in {args.out}"
        + (f" ({_summary(result.diagnostics)})" if result.diagnostics else ""),
        file=sys.stderr,
    )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    result = pipeline.generate(args.spec, package=args.package, strict=args.strict)
    expected = write.with_manifest(result.files)
    actual = write.read_tree(Path(args.out))
    missing = sorted(set(expected) - set(actual))
    extra = sorted(set(actual) - set(expected))
    changed = sorted(p for p in set(expected) & set(actual) if expected[p] != actual[p])
    if not (missing or extra or changed):
        print(f"{args.out} matches {args.spec} ({len(expected)} files)", file=sys.stderr)
        return 0
    print(
        f"{args.out} is out of date with {args.spec}; run 'python -m generator generate'",
        file=sys.stderr,
    )
    for p in missing:
        print(f"  missing: {p}", file=sys.stderr)
    for p in extra:
        print(f"  no longer generated: {p}", file=sys.stderr)
    for p in changed:
        diff = list(
            difflib.unified_diff(
                actual[p].splitlines(),
                expected[p].splitlines(),
                f"{args.out}/{p}",
                f"expected/{p}",
                lineterm="",
                n=1,
            )
        )
        print(
            f"  changed: {p} ({sum(1 for d in diff if d[:1] in '+-') - 2} lines)", file=sys.stderr
        )
        for line in diff[:12]:
            print(f"    {line}", file=sys.stderr)
    return 1


def cmd_validate(args: argparse.Namespace) -> int:
    result = pipeline.generate(args.spec, strict=args.strict, formatted=False)
    _print(result.diagnostics)
    print(f"{args.spec}: usable ({_summary(result.diagnostics)})", file=sys.stderr)
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m generator",
        description="Generate a Python client from an OpenAPI 3.0/3.1 spec.",
    )
    sub = p.add_subparsers(dest="command", required=True)
    g = sub.add_parser("generate", help="write the client package")
    g.add_argument("spec", nargs="?", default=None)
    g.add_argument("--out", default=None)
    g.add_argument(
        "--package", default=None, help="Python package name (default: from the spec title)"
    )
    g.add_argument("--strict", action="store_true", help="treat warnings as errors")
    g.set_defaults(func=cmd_generate)
    c = sub.add_parser("check", help="exit 1 if the output folder differs from what the spec gives")
    c.add_argument("spec", nargs="?", default=None)
    c.add_argument("--out", default=None)
    c.add_argument("--package", default=None)
    c.add_argument("--strict", action="store_true")
    c.set_defaults(func=cmd_check)
    v = sub.add_parser("validate", help="list every problem in a spec")
    v.add_argument("spec")
    v.add_argument("--strict", action="store_true")
    v.set_defaults(func=cmd_validate)
    diffcmd.add_commands(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        _apply_settings(args)
        code: int = args.func(args)
        return code
    except SpecError as exc:
        _print(exc.diagnostics)
        print(
            f"{getattr(args, 'spec', '')}: {_summary(exc.diagnostics)}; nothing written",
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if os.environ.get("GENERATOR_DEBUG"):
            raise
        print(
            f"internal error: {type(exc).__name__}: {exc}\n"
            "nothing was written. This is a bug in the generator; rerun with GENERATOR_DEBUG=1 "
            "for the traceback and report it with the spec.",
            file=sys.stderr,
        )
        return 2
