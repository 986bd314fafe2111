"""Command line: ``openapi-attrs-generator generate|check|validate`` (``python -m generator`` in
the checkout)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__, collector
from .model.diagnostics import ERROR, Diagnostic, SpecError
from .settings import (
    CONFIG_TABLE,
    DEFAULT_OUT,
    DEFAULT_SPEC,
    DEFAULTS,
    PATH_SETTINGS,
    UsageError,
    find_settings,
    package_name_problem,
)
from .tools.diff import command_args as diffcmd_args

if TYPE_CHECKING:
    from . import pipeline

PROG = "openapi-attrs-generator"
MOCK_PORT = 4010
"""Where ``mock`` listens on 127.0.0.1 unless told."""


def _apply_settings(args: argparse.Namespace) -> None:
    """Fill the options not given on the command line from the project settings, else the
    defaults.

    The settings describe the project's own job, so they apply only when no spec is named;
    paths in them are relative to the folder of their pyproject.toml.
    """
    found = find_settings(Path.cwd()) if getattr(args, "spec", "") is None else None
    folder, table = (found[0].parent, found[1]) if found else (Path.cwd(), {})
    spec_is_default = getattr(args, "spec", "") is None and "spec" not in table
    for key, default in DEFAULTS.items():
        attr = key.replace("-", "_")
        if not hasattr(args, attr) or getattr(args, attr) is not None:
            continue
        value = table.get(key, default)
        if key in PATH_SETTINGS and folder != Path.cwd().resolve():
            value = os.path.relpath(folder / str(value))
        setattr(args, attr, value)
    problem = package_name_problem(args.package) if getattr(args, "package", None) else None
    if problem:
        raise UsageError(problem)
    if spec_is_default and not Path(args.spec).exists():
        where = (
            f"{found[0]} does not set it"
            if found
            else "no pyproject.toml here or up to the git root has that table"
        )
        raise UsageError(
            f"no spec: name one, set spec in [tool.{CONFIG_TABLE}] ({where}), "
            f"or put it at {args.spec}"
        )


def _print(diags: Sequence[Diagnostic]) -> None:
    for d in diags:
        print(d.format(), file=sys.stderr)


def _summary(diags: Sequence[Diagnostic]) -> str:
    errors = sum(d.level == ERROR for d in diags)
    return f"{errors} error(s), {len(diags) - errors} warning(s)"


def _generate(args: argparse.Namespace) -> pipeline.Result:
    from .spec import validating

    # Forked before the rest of the generator is imported: the child reads and repairs the
    # spec meanwhile, on the processor this process leaves idle, then validates it.
    validator = validating.early(args.spec)
    from . import pipeline

    return pipeline.generate(
        args.spec,
        package=args.package,
        strict=args.strict,
        package_only=args.package_only,
        max_method_params=args.max_method_params,
        validator=validator,
    )


@collector.paused()  # the whole command: imports, the run, and writing its files
def cmd_generate(args: argparse.Namespace) -> int:
    result = _generate(args)
    from .output import write  # here, after the child is forked: it has no use for it

    _print(result.diagnostics)
    target = Path(args.out) / result.root
    write.write_tree(target, result.files)
    print(
        f"generated {len(result.files)} files for package {result.import_name!r} in {target}"
        + (f" ({_summary(result.diagnostics)})" if result.diagnostics else ""),
        file=sys.stderr,
    )
    return 0


@collector.paused()  # as for generate
def cmd_check(args: argparse.Namespace) -> int:
    from .output import quick_check, stamp, write

    quick = quick_check.unchanged(
        args.spec,
        args.out,
        package=args.package,
        package_only=args.package_only,
        max_method_params=args.max_method_params,
        strict=args.strict,
    )
    if isinstance(quick, quick_check.Unchanged):
        print(
            f"{quick.target} matches {args.spec} ({quick.files} files; as stamped, nothing "
            "regenerated)",
            file=sys.stderr,
        )
        return 0
    result = _generate(args)
    target = Path(args.out) / result.root
    expected = write.with_manifest(result.files)
    actual = write.read_tree(target)
    if not actual and not (target / result.stamp_path).exists():
        print(
            f"{target}: nothing generated there yet; run '{PROG} generate' to write the client",
            file=sys.stderr,
        )
        return 1
    print(f"check: comparing in full ({quick})", file=sys.stderr)
    missing = sorted(set(expected) - set(actual))
    extra = sorted(set(actual) - set(expected))
    changed = sorted(p for p in set(expected) & set(actual) if not _same(p, expected, actual))
    if not (missing or extra or changed):
        print(f"{target} matches {args.spec} ({len(expected)} files)", file=sys.stderr)
        return 0
    print(f"{target} is out of date with {args.spec}; run '{PROG} generate'", file=sys.stderr)
    recorded = stamp.read(target / result.stamp_path)
    for reason in stamp.explain(recorded, json.loads(result.files[result.stamp_path]), target):
        print(f"  why: {reason}", file=sys.stderr)
    for p in missing:
        print(f"  missing: {p}", file=sys.stderr)
    for p in extra:
        print(f"  no longer generated: {p}", file=sys.stderr)
    for p in changed:
        _print_change(p, target, expected, actual, quiet=p in (result.stamp_path, write.MANIFEST))
    return 1


def _print_change(
    path: str, target: Path, expected: dict[str, str], actual: dict[str, str], quiet: bool
) -> None:
    """One changed file: how many lines, and the first of them unless ``quiet`` (the stamp and
    the manifest, whose changes are the reasons already given)."""
    import difflib  # only a stale check shows a change: generate does without it

    diff = list(
        difflib.unified_diff(
            actual[path].splitlines(),
            expected[path].splitlines(),
            f"{target}/{path}",
            f"expected/{path}",
            lineterm="",
            n=1,
        )
    )
    count = sum(1 for d in diff if d[:1] in "+-") - 2
    print(f"  changed: {path} ({count} lines)", file=sys.stderr)
    if not quiet:
        for line in diff[:12]:
            print(f"    {line}", file=sys.stderr)


def _same(path: str, expected: dict[str, str], actual: dict[str, str]) -> bool:
    """The file at ``path`` is as generated (a stamp whatever build of the generator wrote it)."""
    from .output import stamp

    if expected[path] == actual[path]:
        return True
    is_stamp = path.rsplit("/", 1)[-1] == stamp.STAMP
    return is_stamp and stamp.comparable(expected[path]) == stamp.comparable(actual[path])


def cmd_validate(args: argparse.Namespace) -> int:
    from . import pipeline

    result = pipeline.generate(args.spec, strict=args.strict, formatted=False)
    _print(result.diagnostics)
    print(f"{args.spec}: usable ({_summary(result.diagnostics)})", file=sys.stderr)
    return 0


def _spec_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "spec",
        nargs="?",
        default=None,
        help="the OpenAPI description (default: from [tool.openapi-attrs-generator] in "
        f"pyproject.toml, else {DEFAULT_SPEC})",
    )


def _output_options(p: argparse.ArgumentParser) -> None:
    """The options that say what is generated and where (also settable in pyproject.toml)."""
    p.add_argument("--out", default=None, help=f"output folder (default: {DEFAULT_OUT})")
    p.add_argument(
        "--package",
        default=None,
        help="the package's import name, dotted to place it inside another package "
        "(acme._vendor.client); default: from the spec's title",
    )
    p.add_argument(
        "--package-only",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="write only the package, at its dotted path under --out (no pyproject.toml, "
        "README or docs): for vendoring",
    )
    p.add_argument(
        "--strict",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="treat warnings as errors",
    )
    p.add_argument(
        "--max-method-params",
        type=_whole_number,
        default=None,
        metavar="N",
        help="above N parameters (the body counts as one) a method takes one request object, "
        "where the spec's x-speakeasy-max-method-params does not say (default: no limit)",
    )


def _whole_number(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be a whole number >= 0, not {text!r}")
    return value


def add_generate(sub: Any) -> None:
    g = sub.add_parser("generate", help="write the client package")
    _spec_argument(g)
    _output_options(g)
    g.set_defaults(func=cmd_generate)


def add_check(sub: Any) -> None:
    c = sub.add_parser(
        "check",
        help="exit 1 if the output differs from what the spec gives, and say why",
    )
    _spec_argument(c)
    _output_options(c)
    c.set_defaults(func=cmd_check)


def add_validate(sub: Any) -> None:
    v = sub.add_parser("validate", help="list every problem in a spec")
    v.add_argument("spec")
    v.add_argument("--strict", action="store_true")
    v.set_defaults(func=cmd_validate)


def add_conform(sub: Any) -> None:
    k = sub.add_parser(
        "conform", help="check recorded traffic (HAR) against the spec and its generated client"
    )
    k.add_argument("spec")
    k.add_argument(
        "--har", nargs="+", help="HAR 1.2 files to check (with --proxy: the file to record to)"
    )
    k.add_argument("--package", default=None, help="an importable generated package to decode with")
    k.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    k.add_argument("--proxy", metavar="UPSTREAM", help="forward to UPSTREAM, checking the traffic")
    k.add_argument("--port", type=int, default=0, help="where the proxy listens (127.0.0.1)")
    k.add_argument("--verbose", action="store_true", help="print each verdict as it happens")
    k.set_defaults(func=cmd_conform)


def add_mock(sub: Any) -> None:
    m = sub.add_parser("mock", help="serve a stand-in for the API on 127.0.0.1")
    m.add_argument("spec")
    m.add_argument("--port", type=int, default=MOCK_PORT)
    m.set_defaults(func=cmd_mock)


# Each subcommand adds itself to the parser; a new one is a function here and a line in this list.
SUBCOMMANDS = [
    add_generate,
    add_check,
    add_validate,
    diffcmd_args.add_commands,
    add_conform,
    add_mock,
]


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=PROG,
        description="Generate a Python client from an OpenAPI 3.0/3.1 spec.",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    for add in SUBCOMMANDS:
        add(sub)
    return p


def cmd_conform(args: argparse.Namespace) -> int:
    if args.proxy:
        from .tools.conform import proxy as conform_proxy

        if args.har and len(args.har) > 1:
            print("conform: --proxy records to one --har file", file=sys.stderr)
            return 2
        har = args.har[0] if args.har else None
        return conform_proxy.main(args.spec, args.proxy, args.port, har, args.package, args.verbose)
    if not args.har:
        print("conform: give --har FILE... to check, or --proxy UPSTREAM", file=sys.stderr)
        return 2
    from .tools.conform import checker as conform

    return conform.main(args.spec, args.har, args.package, args.format)


def cmd_mock(args: argparse.Namespace) -> int:
    from .tools.conform import mock

    return mock.main(args.spec, args.port)


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        _apply_settings(args)
        code: int = args.func(args)
        return code
    except UsageError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except SpecError as exc:
        if len(exc.diagnostics) == 1:
            print(f"{exc.diagnostics[0].format()}; nothing written", file=sys.stderr)
            return 1
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


def run() -> None:
    """The command's entry point: :func:`main`, then a hard exit once the output is flushed.

    By then every file is written and every thread and child process is joined; what is left is
    freeing the model and the spec one object at a time, which takes a large API's run a tenth
    longer and serves nobody (mypy's command ends the same way). Exit handlers are skipped too,
    so where one may matter (coverage measuring the run, ``GENERATOR_DEBUG``, Python's
    development mode) the interpreter ends as usual."""
    code = main()
    if "coverage" in sys.modules or os.environ.get("GENERATOR_DEBUG") or sys.flags.dev_mode:
        sys.exit(code)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed or broken pipe: nothing more can be said
        code = code or 1
    os._exit(code)
