"""Real-world specs from ../shared/corpus: each one generates, compiles, imports, type-checks,
lints, and round-trips its schema examples. A table of the results is printed at the end.

``make corpus`` runs every check on every spec. The default test run (CI) skips mypy on the
specs listed in MYPY_ONLY_IN_MAKE_CORPUS, whose mypy runs would push CI past its time budget;
set CORPUS_FULL=1 to include them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.corpus_check import CORPUS, HEADER, Report, check_spec

pytestmark = pytest.mark.corpus

SPECS = (
    sorted(p for p in CORPUS.glob("*") if p.suffix in (".yaml", ".json")) if CORPUS.is_dir() else []
)
MYPY_ONLY_IN_MAKE_CORPUS: frozenset[str] = frozenset()
FULL = os.environ.get("CORPUS_FULL") == "1"
MIN_ROUND_TRIP = 0.98

if not SPECS:
    pytest.skip(f"no corpus at {CORPUS} (../shared is absent)", allow_module_level=True)


@pytest.fixture(scope="module")
def reports(request: pytest.FixtureRequest) -> Iterator[list[Report]]:
    collected: list[Report] = []
    yield collected
    lines = [HEADER, *(r.row() for r in collected)]
    total_ok = sum(r.examples_ok for r in collected)
    total = sum(r.examples_total for r in collected)
    lines.append(f"\nexamples round-tripped: {total_ok} / {total}")
    for r in collected:
        lines.extend(f"  {r.spec}: {f}" for f in r.failures)
    out = Path(__file__).resolve().parents[1] / ".corpus-out"
    out.mkdir(exist_ok=True)
    (out / "table.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line("")
        for line in lines:
            reporter.write_line(line)


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.name)
def test_corpus_spec(spec: Path, tmp_path: Path, reports: list[Report]) -> None:
    with_mypy = FULL or spec.name not in MYPY_ONLY_IN_MAKE_CORPUS
    report, details = check_spec(spec, tmp_path / "out", with_mypy=with_mypy)
    reports.append(report)
    assert not report.import_error, report.import_error
    assert report.ops_generated == report.ops_in_spec, "operations were dropped"
    assert report.ruff_errors == 0, details
    if with_mypy:
        assert report.mypy_errors == 0, details


def test_corpus_examples_round_trip(reports: list[Report]) -> None:
    """At least 98% of all schema examples in the corpus round-trip; each failure is listed in
    the table with its reason (most are examples that leave out a required property)."""
    if len(reports) < len(SPECS):
        pytest.skip("needs every corpus spec checked in this run")
    ok = sum(r.examples_ok for r in reports)
    total = sum(r.examples_total for r in reports)
    assert total > 0
    assert ok / total >= MIN_ROUND_TRIP, [f for r in reports for f in r.failures]
