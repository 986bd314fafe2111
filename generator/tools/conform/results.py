"""What conform found: problems, exchanges, coverage, the report, and the report as text, JSON or Markdown."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from .kinds import Format, Party, Verdict


@attrs.frozen
class Problem:
    check: str
    party: Party
    message: str

    def as_json(self) -> dict[str, str]:
        return {"check": self.check, "party": self.party, "message": self.message}


@attrs.frozen
class Exchange:
    index: int
    method: str
    url: str
    operation: str | None
    status: int | None
    problems: tuple[Problem, ...]

    @property
    def verdict(self) -> Verdict:
        parties = {p.party for p in self.problems}
        if not parties:
            return "ok"
        if parties == {"spec"}:
            return "spec"
        return "client" if parties == {"client"} else "both"

    def as_json(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "method": self.method,
            "url": self.url,
            "operation": self.operation,
            "status": self.status,
            "verdict": self.verdict,
            "problems": [p.as_json() for p in self.problems],
        }


@attrs.frozen
class Coverage:
    operations: tuple[str, ...]
    exercised: frozenset[str]
    statuses: Mapping[str, tuple[str, ...]]
    statuses_seen: Mapping[str, frozenset[str]]
    error_classes: tuple[str, ...]
    error_classes_seen: frozenset[str]

    def as_json(self) -> dict[str, Any]:
        return {
            "operations": {"documented": len(self.operations), "exercised": len(self.exercised)},
            "statuses": {
                "documented": sum(len(v) for v in self.statuses.values()),
                "exercised": sum(len(v) for v in self.statuses_seen.values()),
            },
            "error_classes": {
                "documented": len(self.error_classes),
                "exercised": len(self.error_classes_seen),
            },
            "unexercised": self.unexercised(),
            "per_operation": [
                {
                    "operation": op,
                    "statuses": list(self.statuses.get(op, ())),
                    "exercised": sorted(self.statuses_seen.get(op, ())),
                }
                for op in self.operations
            ],
        }

    def unexercised(self) -> dict[str, Any]:
        """The operations, statuses (by operation) and error classes the traffic never hit."""
        statuses = {
            op: missing
            for op in self.operations
            if (
                missing := [
                    s for s in self.statuses.get(op, ()) if s not in self.statuses_seen.get(op, ())
                ]
            )
        }
        return {
            "operations": [op for op in self.operations if op not in self.exercised],
            "statuses": statuses,
            "error_classes": [c for c in self.error_classes if c not in self.error_classes_seen],
        }


@attrs.frozen
class Report:
    exchanges: tuple[Exchange, ...]
    coverage: Coverage

    @property
    def ok(self) -> bool:
        return all(e.verdict == "ok" for e in self.exchanges)


def as_json(report: Report) -> dict[str, Any]:
    """The report as the ``--format json`` object: ``exchanges`` and ``coverage``."""
    return {
        "exchanges": [e.as_json() for e in report.exchanges],
        "coverage": report.coverage.as_json(),
    }


def render(report: Report, fmt: Format) -> str:
    if fmt == "json":
        return json.dumps(as_json(report), indent=2)
    lines = list(_markdown(report) if fmt == "markdown" else _text(report))
    return "\n".join(lines)


def _text(report: Report) -> Iterator[str]:
    for e in report.exchanges:
        yield f"#{e.index} {e.method} {e.url} -> {e.status}: {e.verdict} [{e.operation or '?'}]"
        for p in e.problems:
            yield f"    {p.party}: {p.check}: {p.message}"
    yield from _summary(report)


def _markdown(report: Report) -> Iterator[str]:
    yield "| # | request | status | operation | verdict | problems |"
    yield "|---|---|---|---|---|---|"
    for e in report.exchanges:
        problems = "<br>".join(f"{p.party}: {p.check}: {p.message}" for p in e.problems)
        problems = problems.replace("|", "\\|")
        yield (
            f"| {e.index} | {e.method} {e.url} | {e.status} | {e.operation or '?'} "
            f"| {e.verdict} | {problems} |"
        )
    yield ""
    yield from _summary(report)


def _summary(report: Report) -> Iterator[str]:
    counts: dict[str, int] = {}
    for e in report.exchanges:
        counts[e.verdict] = counts.get(e.verdict, 0) + 1
    c = report.coverage
    yield (
        f"{len(report.exchanges)} exchanges: "
        + ", ".join(f"{counts.get(v, 0)} {v}" for v in ("ok", "spec", "client", "both"))
    )
    yield (
        f"coverage: operations {len(c.exercised)}/{len(c.operations)}, statuses "
        f"{sum(len(v) for v in c.statuses_seen.values())}/"
        f"{sum(len(v) for v in c.statuses.values())}, error classes "
        f"{len(c.error_classes_seen)}/{len(c.error_classes)}"
    )
