"""``conform SPEC --proxy UPSTREAM``: a validating proxy between any client and a scripted
upstream on 127.0.0.1. The traffic reaches the upstream unchanged, the verdicts come out,
and the HAR it writes has the credentials redacted."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import urllib3

from generator.tools.conform import proxy as conform_proxy
from tests.support.server import Reply, ScriptedServer
from tests.tools.test_conform import MODEL, SECRET

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "openapi.yaml"
if str(ROOT / "generated") not in sys.path:
    sys.path.insert(0, str(ROOT / "generated"))

import openrouter_images  # noqa: E402


@pytest.fixture
def upstream() -> Iterator[ScriptedServer]:
    with ScriptedServer() as server:
        yield server


def test_proxy_forwards_checks_and_redacts(upstream: ScriptedServer, tmp_path: Path) -> None:
    upstream.enqueue(Reply.json({"data": [MODEL]}), Reply.json({"data": [{"id": 3}]}))
    proxy = conform_proxy.serve(
        SPEC, upstream.url, package="openrouter_images", workdir=tmp_path
    ).start()
    try:
        with openrouter_images.Client(
            api_key=SECRET, server_url=proxy.url + "/api/v1", retries=None
        ) as client:
            assert client.images.list_models().data[0].id == "a/b"
            with pytest.raises(openrouter_images.SDKError):
                client.images.list_models()
        # a client that is not ours: no credentials at all
        urllib3.request("GET", proxy.url + "/api/v1/images/models", retries=False)
    finally:
        proxy.stop()
    sent = upstream.requests
    assert sent[0].path == "/api/v1/images/models"
    assert sent[0].headers["authorization"] == f"Bearer {SECRET}"
    verdicts = [e.verdict for e in proxy.report().exchanges]
    assert verdicts[:2] == ["ok", "both"]
    checks = {p.check for p in proxy.report().exchanges[2].problems}
    assert "missing_credentials" in checks
    har = tmp_path / "traffic.har"
    proxy.write_har(har)
    text = har.read_text()
    assert SECRET not in text and "REDACTED" in text
    assert len(json.loads(text)["log"]["entries"]) == 3


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_cli_proxy_prints_verdicts_when_stopped(
    upstream: ScriptedServer, tmp_path: Path, stop: signal.Signals
) -> None:
    """Ctrl-C or SIGTERM stops it, even when it was started with SIGINT ignored (as a
    background job of a script is)."""
    upstream.enqueue(Reply.json({"data": [MODEL]}))
    har = tmp_path / "out.har"
    command = [sys.executable, "-m", "generator", "conform", str(SPEC), "--proxy", upstream.url]
    command += ["--har", str(har), "--package", "openrouter_images", "--verbose"]
    env = {"PYTHONPATH": f"{ROOT}:{ROOT / 'generated'}", "PATH": "/usr/bin:/bin"}
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        assert "proxying http://127.0.0.1:" in line, line
        url = line.split("proxying ", 1)[1].split(" ", 1)[0]
        headers = {"Authorization": f"Bearer {SECRET}"}
        answer = urllib3.request(
            "GET", url + "/api/v1/images/models", headers=headers, retries=False
        )
        assert answer.status == 200
        live = process.stderr.readline()
        assert "GET" in live and ": ok" in live, live
    finally:
        process.send_signal(stop)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "1 exchanges: 1 ok" in out
    assert "Traceback" not in err
    assert SECRET not in har.read_text()


def test_cli_proxy_needs_an_http_upstream(capsys: pytest.CaptureFixture[str]) -> None:
    from generator.cli import main

    assert main(["conform", str(SPEC), "--proxy", "ftp://x"]) == 2
    assert main(["conform", str(SPEC)]) == 2
    err = capsys.readouterr().err
    assert "not an http(s) URL" in err and "--har" in err
