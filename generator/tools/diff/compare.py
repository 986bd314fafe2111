"""What a spec change does to the callers of the generated client.

Both specs go through the pipeline up to naming (no render, no format); the two named models are
matched by wire identity (method + path template, schema key, property wire name, parameter
location + name, status code) and every difference a caller of the Python client would notice
becomes a :class:`Finding` with a rule from :data:`RULES`.

Declarations are matched first by key; a component schema whose key is gone is matched to a new
one when the walk from the operations reaches both at the same wire position, or when exactly one
new schema has the same shape (a schema key renamed). Python names are compared after matching,
so a change that is safe on the wire but renames a class, field, parameter or method (a schema key
renamed, a new schema taking an existing one's name) is still reported.
"""

from __future__ import annotations

from ...model import ir
from .api_level import ApiDiff
from .declarations import DeclarationDiff
from .operations import OperationDiff
from .output import at_or_above, dedupe, locate, scan_line
from .rules import BREAKING, INFO, LEVELS, RANK, RULES, WARNING, Finding


class _Differ(OperationDiff, DeclarationDiff, ApiDiff):
    def run(self) -> list[Finding]:
        self.match()
        if self.a.package != self.b.package:
            self.add(
                "package-renamed",
                self.a.package,
                "#/info/title",
                self.a.package,
                self.b.package,
                "the package name follows info.title; pass --package to keep it",
                side="new",
            )
        self.surface()
        self.decls()
        self.error_classes()
        self.api_level()
        return self.out


def compare(old: ir.Api, new: ir.Api, old_file: str = "", new_file: str = "") -> list[Finding]:
    """Every finding, most severe first (no file lines yet: see :func:`locate`)."""
    return dedupe(_Differ(old, new, old_file, new_file).run())


__all__ = [
    "BREAKING",
    "INFO",
    "LEVELS",
    "RANK",
    "RULES",
    "WARNING",
    "Finding",
    "at_or_above",
    "compare",
    "locate",
    "scan_line",
]
