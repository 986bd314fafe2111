"""Schemathesis, an oracle nobody here wrote, run against ``mock`` (bounded examples, fixed
seed): petstore, OpenRouter-full and a discriminator case. Every failure it reports is a test
failure unless an entry of EXCUSED names it, with its reason.

Schemathesis lives in its own environment (``make oracles``: its pins clash with the
generator's own jsonschema-rs pin); without it these tests skip.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from xml.etree import ElementTree

import pytest

from generator.tools.conform import mock
from tests.corpus_check import CORPUS

ROOT = Path(__file__).resolve().parents[2]
ORACLE = ROOT / ".venv-oracles" / "bin" / "schemathesis"
SUPPORT = Path(__file__).resolve().parents[1] / "support"

# name: (spec, base path, options bounding the run)
CASES = {
    "petstore": (CORPUS / "01-petstore-3.0.yaml", "/api/v3", ["-n", "10"]),
    "openrouter-full": (
        CORPUS / "00-openrouter-full.yaml",
        "/api/v1",
        ["-n", "3", "--phases", "examples,fuzzing"],
    ),
    "discriminator": (SUPPORT / "mock_discriminator.yaml", "/v1", ["-n", "25"]),
}
COMMON = [
    *("--seed", "1", "--no-shrink", "--workers", "1", "--request-timeout", "10"),
    # credentials of every scheme the specs declare
    *("-H", "Authorization: Bearer k", "-H", "api_key: k", "-H", "X-Key: k"),
    # mock is stateless: a deleted resource is still there and a created one is not kept;
    # and it cannot tell a made-up credential from a real one (it checks that one is given)
    *("--exclude-checks", "use_after_free,ensure_resource_availability,ignored_auth"),
]

Failure = tuple[str, str, str]  # (check code, operation, report text)

# Failures that are not mock's, each with why.
EXCUSED: list[tuple[str, Callable[[Failure], bool]]] = [
    (
        "the operation documents no response for a rejected request (no 400, 422, 4XX or "
        "default; no 401 for missing credentials): mock answers with an RFC 9457 problem",
        lambda f: f[0] == "ST103" and '"type": "about:blank"' in f[2],
    ),
    (
        "a urlencoded form cannot spell nested objects (Schemathesis writes one as its keys: "
        "tags=id&tags=name) and one value is a one-item array (photoUrls=AAA): mock reads a "
        "form as OpenAPI encodes it",
        lambda f: f[0] in ("ST201", "ST202") and "application/x-www-form-urlencoded" in f[2],
    ),
    (
        "a value that fits several branches of a oneOf without a discriminator is accepted by "
        "design (the spec is ambiguous, not the request wrong) and noted in X-Mock-Note",
        lambda f: f[0] == "ST201" and "ambiguous with a sibling `oneOf` branch" in f[2],
    ),
]


def _failures(junit: Path) -> list[Failure]:
    found: list[Failure] = []
    for case in ElementTree.parse(junit).getroot().iter("testcase"):
        for failure in case:
            text = failure.text or ""
            for block in re.split(r"\n(?=- ST\d+ )", text)[1:]:
                found.append((block[2:7], str(case.get("name")), block))
    return found


def _run(name: str, out: Path) -> tuple[list[Failure], str]:
    spec, base, options = CASES[name]
    server = mock.serve(spec).start()
    junit = out / f"{name}.xml"
    report = ["--report", "junit", "--report-junit-path", str(junit)]
    try:
        result = subprocess.run(
            [str(ORACLE), "run", str(spec), "-u", server.url + base, *COMMON, *options, *report],
            capture_output=True,
            text=True,
            timeout=600,
            cwd=out,
        )
    finally:
        server.stop()
    if not junit.exists():
        return [("run", name, result.stdout[-3000:] + result.stderr[-3000:])], result.stdout
    return _failures(junit), result.stdout


@pytest.fixture(scope="module")
def reports() -> Iterator[dict[str, tuple[list[Failure], str]]]:
    if not ORACLE.exists():
        pytest.skip(f"{ORACLE} is absent: run `make oracles`")
    if not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS} (../shared is absent)")
    with tempfile.TemporaryDirectory(prefix="schemathesis-") as tmp, ThreadPoolExecutor(3) as pool:
        futures = {name: pool.submit(_run, name, Path(tmp)) for name in CASES}
        yield {name: f.result() for name, f in futures.items()}


@pytest.mark.slow
@pytest.mark.parametrize("name", list(CASES))
def test_schemathesis_finds_nothing_against_mock(
    reports: dict[str, tuple[list[Failure], str]], name: str
) -> None:
    failures, stdout = reports[name]
    assert "generated" in stdout, stdout[-2000:]
    assert "errored" not in stdout, stdout[-3000:]  # every operation was tested
    left = [f for f in failures if not any(excused(f) for _, excused in EXCUSED)]
    assert not left, "\n\n".join(f"{op}: {text[:1500]}" for _, op, text in left)
