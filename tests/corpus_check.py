"""Checks of one generated package, shared by the corpus test and ``make corpus``.

Each check runs in a fresh interpreter or tool process, so that thousands of generated modules
do not pile up in the test runner's memory.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import attrs

from generator import pipeline
from generator.model import ir

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
BIN = Path(sys.executable).parent


@attrs.define
class Report:
    spec: str
    ops_in_spec: int = 0
    ops_generated: int = 0
    models: int = 0
    warnings: int = 0
    mypy_errors: int | None = None
    ruff_errors: int | None = None
    examples_ok: int = 0
    examples_total: int = 0
    seconds: float = 0.0
    import_error: str = ""
    failures: list[str] = attrs.field(factory=list)

    def row(self) -> str:
        def n(v: int | None) -> str:
            return "-" if v is None else str(v)

        return (
            f"| {self.spec} | {self.ops_in_spec} / {self.ops_generated} | {self.models} | {self.warnings} "
            f"| {n(self.mypy_errors)} | {n(self.ruff_errors)} | {self.examples_ok} / {self.examples_total} "
            f"| {self.seconds:.1f} |"
        )


HEADER = (
    "| spec | operations in spec / generated | models | warnings | mypy errors | ruff errors "
    "| examples round-tripped / total | generation s |\n|---|---|---|---|---|---|---|---|"
)

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def count_operations(spec: Path) -> int:
    from generator.spec import load

    doc = load.load(spec).data
    return sum(
        1
        for item in (doc.get("paths") or {}).values()
        if isinstance(item, dict)
        for m in METHODS
        if isinstance(item.get(m), dict) and item[m].get("x-speakeasy-ignore") is not True
    )


def generate(spec: Path, out: Path, report: Report) -> ir.Api:
    import time

    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    report.seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise AssertionError(f"{spec.name} did not generate:\n{proc.stderr[-3000:]}")
    report.warnings = sum(": warning" in line for line in proc.stderr.splitlines())
    api, _ = pipeline.analyse(spec)
    report.ops_in_spec = count_operations(spec)
    # One wire operation may give several methods (one per body media type).
    report.ops_generated = sum(1 for g in api.groups for op in g.operations if not op.variant)
    report.models = len(api.decls)
    return api


IMPORT_AND_ROUND_TRIP = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys
    pkg_name, examples_file = sys.argv[1], sys.argv[2]
    pkg = importlib.import_module(pkg_name)
    for mod in pkgutil.walk_packages(pkg.__path__, pkg_name + "."):
        importlib.import_module(mod.name)
    ser = importlib.import_module(pkg_name + "._serialization")
    http = importlib.import_module(pkg_name + "._runtime.http")
    models = importlib.import_module(pkg_name + ".models")
    ok, failures = 0, []
    for name, example in json.load(open(examples_file)):
        try:
            target = getattr(models, name)
            if example is None:
                target = target | None  # a nullable schema's example
            value = ser.converter.structure(example, target)
            back = json.loads(http.json_body(ser.converter.unstructure(value)))
            expected = json.loads(json.dumps(example))
            if back != expected:
                extra = sorted(set(expected) - set(back)) if isinstance(expected, dict) and isinstance(back, dict) else []
                failures.append(
                    f"{name}: the example has properties the schema does not define: {extra}"
                    if extra
                    else f"{name}: round trip changed the value"
                )
            else:
                ok += 1
        except KeyError as exc:
            failures.append(f"{name}: the example lacks required property {exc}")
        except Exception as exc:
            failures.append(f"{name}: {type(exc).__name__}: {str(exc)[:160]}")
    print(json.dumps({"ok": ok, "failures": failures}))
    """
)


def round_trip(api: ir.Api, out: Path, report: Report) -> None:
    examples = [(d.name, d.example) for d in api.decls if d.has_example]
    report.examples_total = len(examples)
    ex_file = out / "examples.json"
    ex_file.write_text(json.dumps(examples), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", IMPORT_AND_ROUND_TRIP, api.package, str(ex_file)],
        capture_output=True,
        text=True,
        cwd=out,
        check=False,
        env={**os.environ, "PYTHONPATH": str(out)},
    )
    ex_file.unlink()
    if proc.returncode != 0:
        report.import_error = proc.stderr[-2000:]
        return
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    report.examples_ok = result["ok"]
    report.failures = result["failures"]


def compile_all(out: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(out)], check=True, capture_output=True
    )


def ruff(out: Path, report: Report) -> str:
    proc = subprocess.run(
        [str(BIN / "ruff"), "check", "--isolated", "--output-format", "concise", "--no-cache", "."],
        capture_output=True,
        text=True,
        cwd=out,
        check=False,
    )
    lines = [line for line in proc.stdout.splitlines() if line.count(":") >= 3]
    report.ruff_errors = len(lines)
    return "\n".join(lines[:20])


def mypy(out: Path, package: str, report: Report) -> str:
    proc = subprocess.run(
        [
            str(BIN / "mypy"),
            "--strict",
            "--no-incremental",
            "--cache-dir",
            os.devnull,
            "-p",
            package,
        ],
        capture_output=True,
        text=True,
        cwd=out,
        check=False,
        env={**os.environ, "MYPYPATH": str(out)},
    )
    lines = [line for line in proc.stdout.splitlines() if ": error:" in line]
    report.mypy_errors = len(lines)
    return "\n".join(lines[:20])


def check_spec(spec: Path, out: Path, *, with_mypy: bool = True) -> tuple[Report, str]:
    report = Report(spec.name)
    api = generate(spec, out, report)
    compile_all(out)
    round_trip(api, out, report)
    details = [ruff(out, report)]
    if with_mypy:
        details.append(mypy(out, api.package, report))
    return report, "\n".join(d for d in details if d)
