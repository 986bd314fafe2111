"""The ``diff`` and ``changelog`` subcommands' arguments. Their work is in :mod:`generator.tools.diff.command`,
imported when one of them runs: ``generate`` and ``check`` start without it."""

from __future__ import annotations

import argparse
from typing import Any


def add_commands(sub: Any) -> None:
    d = sub.add_parser(
        "diff",
        help="what a spec change breaks for callers of the generated client",
        description="Compare two specs through the generator's naming; exit 0 when no finding "
        "is at or above --fail-on, 1 when one is, 2 when a spec cannot be read.",
    )
    _common(d)
    d.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    d.add_argument(
        "--fail-on", choices=("breaking", "warning", "info", "never"), default="breaking"
    )
    d.add_argument(
        "--accept",
        metavar="FILE",
        help="YAML/JSON/TOML list of {rule, python, reason}: findings accepted on purpose",
    )
    d.set_defaults(func=cmd_diff)
    c = sub.add_parser(
        "changelog",
        help="a Markdown changelog entry and the implied semver bump",
    )
    _common(c)
    c.set_defaults(func=cmd_changelog)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("specs", nargs="*", metavar="OLD NEW", help="the two specs (or NEW with --base)")
    p.add_argument(
        "--base",
        metavar="GITREF",
        help="compare the spec with the same file at this git revision",
    )
    p.add_argument(
        "--package",
        default=None,
        help="Python package name for both specs (default: the project's setting, else from "
        "the spec title)",
    )


def cmd_diff(args: argparse.Namespace) -> int:
    from . import command as diffcmd

    return diffcmd.cmd_diff(args)


def cmd_changelog(args: argparse.Namespace) -> int:
    from . import command as diffcmd

    return diffcmd.cmd_changelog(args)
