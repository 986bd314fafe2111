"""The independent conformance check (tests/conformance_independent.py) over every golden case
spec and every corpus spec: each is generated, imported in a fresh interpreter, and checked
against its OpenAPI document read on its own. A table is printed and written to
``.corpus-out/conformance.md``.

Any mismatch fails the test, unless it is a deliberate convention (``CONVENTIONS``, accepted
inside the checker and counted in the table).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from tests.corpus_check import CORPUS

pytestmark = pytest.mark.corpus

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = sorted((ROOT / "tests" / "golden").glob("*/spec.yaml"))
CORPUS_SPECS = (
    sorted(p for p in CORPUS.glob("*") if p.suffix in (".yaml", ".json")) if CORPUS.is_dir() else []
)
HEADER = (
    "| spec | operations | schemas | responses | examples | mismatches "
    "| by class | accepted conventions | s |\n|---|---|---|---|---|---|---|---|---|"
)


def spec_id(spec: Path) -> str:
    return f"golden/{spec.parent.name}" if spec.parent.parent.name == "golden" else spec.name


def run_check(spec: Path) -> dict[str, Any]:
    """One spec, checked in a fresh interpreter (generated packages share names across specs)."""
    proc = subprocess.run(
        [sys.executable, "-m", "tests.conformance_independent", str(spec), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def row(key: str, r: dict[str, Any]) -> str:
    classes: dict[str, int] = {}
    for m in r["mismatches"]:
        classes[m["cls"]] = classes.get(m["cls"], 0) + 1
    by_class = ", ".join(f"{k} {v}" for k, v in sorted(classes.items())) or "-"
    accepted = ", ".join(f"{k} {v}" for k, v in sorted(r["accepted"].items())) or "-"
    return (
        f"| {key} | {r['operations']} | {r['schemas']} | {r['responses']} | {r['examples']} "
        f"| {len(r['mismatches'])} | {by_class} | {accepted} | {r['seconds']:.1f} |"
    )


WORKERS = 2


@pytest.fixture(scope="module")
def pending() -> Iterator[dict[Path, Future[dict[str, Any]]]]:
    """Every spec's check started up front, two at a time (the machine has two cores)."""
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        futures = {spec: pool.submit(run_check, spec) for spec in [*GOLDEN, *CORPUS_SPECS]}
        yield futures
        for f in futures.values():
            f.cancel()


@pytest.fixture(scope="module")
def results(request: pytest.FixtureRequest) -> Iterator[dict[str, dict[str, Any]]]:
    collected: dict[str, dict[str, Any]] = {}
    yield collected
    lines = ["", "Independent conformance check", HEADER]
    lines += [row(k, r) for k, r in collected.items()]
    out = ROOT / ".corpus-out"
    out.mkdir(exist_ok=True)
    (out / "conformance.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        for line in lines:
            reporter.write_line(line)


def check(
    spec: Path, results: dict[str, dict[str, Any]], pending: dict[Path, Future[dict[str, Any]]]
) -> None:
    key = spec_id(spec)
    r = pending[spec].result()
    results[key] = r
    assert r["operations"] > 0 or r["schemas"] > 0
    found = [f"{m['fingerprint']}  {m['detail'][:160]}" for m in r["mismatches"]]
    assert not found, f"{len(found)} mismatches with the spec:\n" + "\n".join(found[:40])


@pytest.mark.parametrize("spec", GOLDEN, ids=lambda p: p.parent.name)
def test_golden_case_conforms(
    spec: Path, results: dict[str, dict[str, Any]], pending: dict[Path, Future[dict[str, Any]]]
) -> None:
    check(spec, results, pending)


@pytest.mark.parametrize("spec", CORPUS_SPECS, ids=lambda p: p.name)
def test_corpus_spec_conforms(
    spec: Path, results: dict[str, dict[str, Any]], pending: dict[Path, Future[dict[str, Any]]]
) -> None:
    check(spec, results, pending)


def test_corpus_is_there() -> None:
    if not CORPUS_SPECS:
        pytest.skip(f"no corpus at {CORPUS} (../shared is absent)")
    assert len(CORPUS_SPECS) >= 10
