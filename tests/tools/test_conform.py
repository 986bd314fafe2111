"""``conform``: HAR files recorded by the generated client's own recording transport against the
scripted server on 127.0.0.1, then checked against spec/openapi.yaml and the client."""

from __future__ import annotations

import base64
import gzip
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.tools.conform import checker as conform
from tests.support.proxy import ForwardingProxy
from tests.support.server import Reply, ScriptedServer

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "openapi.yaml"
if str(ROOT / "generated") not in sys.path:
    sys.path.insert(0, str(ROOT / "generated"))

import openrouter_images  # noqa: E402
from openrouter_images.models import ImageGenerationRequest  # noqa: E402

SECRET = "sk-or-very-secret"
MODEL = {
    "id": "a/b",
    "name": "B",
    "created": 1,
    "description": "d",
    "endpoints": "/x",
    "architecture": {"input_modalities": ["text"], "output_modalities": ["image"]},
    "supported_parameters": {},
    "supports_streaming": False,
}


def sse(*events: Any, done: bool = True) -> Reply:
    text = "".join(f"data: {e if isinstance(e, str) else json.dumps(e)}\n\n" for e in events)
    if done:
        text += "data: [DONE]\n\n"
    return Reply(headers={"Content-Type": "text/event-stream"}, body=text.encode())


PARTIAL = {"type": "image_generation.partial_image", "b64_json": "AA==", "partial_image_index": 0}


@pytest.fixture
def record(
    tmp_path: Path,
) -> Iterator[Callable[[Reply, Callable[[openrouter_images.Client], Any]], dict[str, Any]]]:
    """Serve one reply, make one call through a recording client, return the checked exchange."""
    with ScriptedServer() as server:

        def run(reply: Reply, call: Callable[[openrouter_images.Client], Any]) -> dict[str, Any]:
            har = tmp_path / "traffic.har"
            server.enqueue(reply)
            with openrouter_images.Client(
                api_key=SECRET,
                server_url=server.url + "/api/v1",
                retries=None,
                transport=openrouter_images.record_to(har),
            ) as client:
                try:
                    result = call(client)
                    if hasattr(result, "__enter__"):
                        with result as events:
                            list(events)
                except openrouter_images.SDKError:
                    pass
            report = conform.check(SPEC, [har], package="openrouter_images")
            return conform.as_json(report)["exchanges"][0]

        yield run


def list_models(client: openrouter_images.Client) -> Any:
    return client.images.list_models()


def stream(client: openrouter_images.Client) -> Any:
    return client.images.generate(ImageGenerationRequest(model="m", prompt="p"), stream=True)


def checks(exchange: dict[str, Any]) -> set[tuple[str, str]]:
    return {(p["party"], p["check"]) for p in exchange["problems"]}


def test_conforming_json(record: Any) -> None:
    exchange = record(Reply.json({"data": [MODEL]}), list_models)
    assert exchange["verdict"] == "ok", exchange["problems"]
    assert exchange["operation"] == "listImageModels (GET /images/models)"


def test_conforming_event_stream(record: Any) -> None:
    exchange = record(sse(PARTIAL), stream)
    assert exchange["verdict"] == "ok", exchange["problems"]


def test_undocumented_status(record: Any) -> None:
    exchange = record(Reply.json({"error": "teapot"}, status=418), list_models)
    assert exchange["verdict"] == "spec"
    assert checks(exchange) == {("spec", "status_code_conformance")}


def test_wrong_content_type(record: Any) -> None:
    exchange = record(Reply(headers={"Content-Type": "text/plain"}, body=b"hello"), list_models)
    assert ("spec", "content_type_conformance") in checks(exchange)
    assert ("client", "client_decoding") in checks(exchange)
    assert exchange["verdict"] == "both"


def test_missing_required_field(record: Any) -> None:
    model = {k: v for k, v in MODEL.items() if k != "id"}
    exchange = record(Reply.json({"data": [model]}), list_models)
    assert exchange["verdict"] == "both"
    messages = " ".join(p["message"] for p in exchange["problems"])
    assert '"id" is a required property' in messages and "/data/0" in messages


def test_wrong_type(record: Any) -> None:
    exchange = record(Reply.json({"data": [{**MODEL, "created": "yesterday"}]}), list_models)
    assert ("spec", "response_schema_conformance") in checks(exchange)
    assert "/data/0/created" in json.dumps(exchange)


def test_enum_value_the_spec_does_not_list_is_the_specs_problem_only(record: Any) -> None:
    model = {**MODEL, "architecture": {"input_modalities": ["smell"], "output_modalities": []}}
    exchange = record(Reply.json({"data": [model]}), list_models)
    assert exchange["verdict"] == "spec", exchange
    assert "smell" in json.dumps(exchange["problems"])


def test_unknown_discriminator_tag(record: Any) -> None:
    exchange = record(sse({"type": "image_generation.sparkles", "x": 1}), stream)
    assert ("spec", "response_schema_conformance") in checks(exchange)
    assert "event 0" in json.dumps(exchange["problems"])


def test_malformed_event(record: Any) -> None:
    exchange = record(sse("{not json"), stream)
    assert ("spec", "malformed_body") in checks(exchange)
    assert ("client", "client_decoding") in checks(exchange)


def test_stream_without_its_end_marker(record: Any) -> None:
    exchange = record(sse(PARTIAL, done=False), stream)
    assert any("[DONE]" in p["message"] for p in exchange["problems"])


def test_documented_error_status_decodes_into_its_class(tmp_path: Path, record: Any) -> None:
    body = {"error": {"code": 401, "message": "no key"}}
    exchange = record(
        Reply.json(body, status=401),
        lambda c: c.images.generate(ImageGenerationRequest(model="m", prompt="p")),
    )
    assert exchange["verdict"] == "ok", exchange["problems"]


# --- HAR files as users bring them ------------------------------------------------------------


def recorded_har(tmp_path: Path) -> dict[str, Any]:
    with ScriptedServer() as server:
        server.enqueue(Reply.json({"data": [MODEL]}))
        har = tmp_path / "one.har"
        with openrouter_images.Client(
            api_key=SECRET,
            server_url=server.url + "/api/v1",
            transport=openrouter_images.record_to(har),
        ) as client:
            client.images.list_models()
    data: dict[str, Any] = json.loads(har.read_text())
    return data


def write(tmp_path: Path, data: Any, name: str = "x.har") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return path


def test_recording_redacts_the_credential(tmp_path: Path) -> None:
    har = recorded_har(tmp_path)
    text = json.dumps(har)
    assert SECRET not in text
    headers = {
        h["name"].lower(): h["value"] for h in har["log"]["entries"][0]["request"]["headers"]
    }
    assert headers["authorization"] == "REDACTED"
    assert har["log"]["version"] == "1.2"


def test_truncated_body(tmp_path: Path) -> None:
    har = recorded_har(tmp_path)
    content = har["log"]["entries"][0]["response"]["content"]
    content["text"] = content["text"][:30]
    report = conform.check(SPEC, [write(tmp_path, har)], package="openrouter_images")
    exchange = report.exchanges[0]
    assert exchange.verdict == "both"
    assert "malformed_body" in {p.check for p in exchange.problems}


def test_base64_and_gzip_bodies_are_read(tmp_path: Path) -> None:
    har = recorded_har(tmp_path)
    response = har["log"]["entries"][0]["response"]
    raw = response["content"]["text"].encode()
    response["content"].update(
        text=base64.b64encode(gzip.compress(raw)).decode(), encoding="base64"
    )
    response["headers"].append({"name": "Content-Encoding", "value": "gzip"})
    report = conform.check(SPEC, [write(tmp_path, har)], package="openrouter_images")
    assert report.exchanges[0].verdict == "ok", report.exchanges[0]


def test_entry_without_response_and_unknown_operation(tmp_path: Path) -> None:
    har = recorded_har(tmp_path)
    entry = har["log"]["entries"][0]
    stray = json.loads(json.dumps(entry))
    stray["request"]["url"] = stray["request"]["url"].replace("/images/models", "/nowhere")
    har["log"]["entries"] = [{"request": entry["request"]}, stray]
    report = conform.check(SPEC, [write(tmp_path, har)], package="openrouter_images")
    assert [e.problems[0].check for e in report.exchanges] == [
        "malformed_entry",
        "unknown_operation",
    ]


def test_unreadable_url_and_body_text_are_malformed_entries(tmp_path: Path) -> None:
    """An entry whose URL cannot be parsed, or whose request body text is not text, is reported
    as a malformed entry, and the entries beside it are still checked."""
    har = recorded_har(tmp_path)
    good = har["log"]["entries"][0]
    bad_url = json.loads(json.dumps(good))
    bad_url["request"]["url"] = "http://[::1/api/v1/images/models"
    bad_body = json.loads(json.dumps(good))
    bad_body["request"].update(
        method="POST",
        url=good["request"]["url"].replace("/images/models", "/images"),
        postData={"mimeType": "application/json", "text": 7},
    )
    har["log"]["entries"] = [bad_url, bad_body, good]
    report = conform.check(SPEC, [write(tmp_path, har)], package="openrouter_images")
    first, second, third = report.exchanges
    assert [p.check for p in first.problems] == ["malformed_entry"]
    assert "cannot be read" in first.problems[0].message
    assert "malformed_entry" in {p.check for p in second.problems}
    assert third.verdict == "ok"


def test_missing_required_request_field(tmp_path: Path) -> None:
    har = recorded_har(tmp_path)
    entry = har["log"]["entries"][0]
    entry["request"].update(
        method="POST",
        url=entry["request"]["url"].replace("/images/models", "/images"),
        postData={"mimeType": "application/json", "text": json.dumps({"model": "m"})},
    )
    report = conform.check(SPEC, [write(tmp_path, har)], package="openrouter_images")
    messages = [p.message for p in report.exchanges[0].problems]
    assert any('"prompt" is a required property' in m for m in messages), messages


def test_cli_formats_and_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write(tmp_path, recorded_har(tmp_path), "good.har")
    assert main(["conform", str(SPEC), "--har", str(good), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["exchanges"][0]["verdict"] == "ok"
    assert out["coverage"]["operations"] == {"documented": 3, "exercised": 1}
    unexercised = out["coverage"]["unexercised"]
    assert unexercised["operations"] == ["createImages", "listImageModelEndpoints"]
    assert "500" in unexercised["statuses"]["listImageModels"]
    assert "200" not in unexercised["statuses"]["listImageModels"]
    assert "NotFoundResponseError" in unexercised["error_classes"]
    bad = recorded_har(tmp_path)
    bad["log"]["entries"][0]["response"]["status"] = 418
    path = write(tmp_path, bad, "bad.har")
    assert main(["conform", str(SPEC), "--har", str(path), "--format", "markdown"]) == 1
    assert "| # | request |" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "message"),
    [("not json at all", "not JSON"), ('{"log": {}}', "not a HAR file"), ("[1, 2]", "not a HAR")],
)
def test_unreadable_har_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    path = tmp_path / "bad.har"
    path.write_text(content)
    assert main(["conform", str(SPEC), "--har", str(path)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert main(["conform", str(SPEC), "--har", str(tmp_path / "absent.har")]) == 2


def test_generates_the_client_on_the_fly(tmp_path: Path) -> None:
    report = conform.check(SPEC, [write(tmp_path, recorded_har(tmp_path))])
    assert report.ok
    assert len(report.coverage.error_classes) == 11


def test_recording_through_a_proxy(tmp_path: Path) -> None:
    """A configured proxy does not bypass the recording."""
    har = tmp_path / "proxied.har"
    with ScriptedServer() as server, ForwardingProxy() as proxy:
        server.enqueue(Reply.json({"data": [MODEL]}))
        transport = openrouter_images.record_to(
            har, openrouter_images.Transport(proxies={"http": proxy.url})
        )
        with openrouter_images.Client(
            api_key=SECRET, server_url=server.url + "/api/v1", transport=transport
        ) as client:
            client.images.list_models()
    assert len(proxy.seen) == 1
    entries = json.loads(har.read_text())["log"]["entries"]
    assert [e["request"]["url"] for e in entries] == [server.url + "/api/v1/images/models"]
    assert SECRET not in har.read_text()


REDACTION_SPEC = """
openapi: 3.1.0
info: {title: Redact, version: "1"}
paths:
  /a:
    get:
      operationId: allKeys
      security: [{h: [], q: [], c: []}]
      responses: {"200": {description: ok, content: {application/json: {schema: {type: object}}}}}
  /b:
    get:
      operationId: bearerKey
      security: [{b: []}]
      responses: {"200": {description: ok, content: {application/json: {schema: {type: object}}}}}
  /c:
    get:
      operationId: basicKey
      security: [{u: []}]
      responses: {"200": {description: ok, content: {application/json: {schema: {type: object}}}}}
components:
  securitySchemes:
    h: {type: apiKey, in: header, name: X-Api-Key}
    q: {type: apiKey, in: query, name: api_key}
    c: {type: apiKey, in: cookie, name: session}
    b: {type: http, scheme: bearer}
    u: {type: http, scheme: basic}
"""


def test_recording_redacts_every_kind_of_credential(tmp_path: Path) -> None:
    import inspect

    from generator import pipeline
    from generator.output import write

    spec = tmp_path / "redact.yaml"
    spec.write_text(REDACTION_SPEC)
    write.write_tree(tmp_path / "out", pipeline.generate(spec, package="redact_case").files)
    sys.path.insert(0, str(tmp_path / "out"))
    import redact_case  # type: ignore[import-not-found]

    secrets: dict[str, Any] = {}
    for name, param in inspect.signature(redact_case.Client.__init__).parameters.items():
        if param.kind is inspect.Parameter.KEYWORD_ONLY and name not in (
            "server_url",
            "timeout",
            "retries",
            "headers",
            "transport",
            "hooks",
            "server",
        ):
            tuple_arg = "tuple" in str(param.annotation)
            secrets[name] = ("user", f"pw-{name}-secret") if tuple_arg else f"{name}-secret-value"
    har = tmp_path / "redact.har"
    with ScriptedServer() as server:
        for _ in range(3):
            server.enqueue(Reply.json({}))
        with redact_case.Client(
            server_url=server.url, transport=redact_case.record_to(har), retries=None, **secrets
        ) as client:
            client.a.all_keys()  # a spec without tags: a group per resource
            client.b.bearer_key()
            client.c.basic_key()
        sent = " ".join(r.raw_path + str(r.headers) for r in server.requests)
    text = har.read_text()
    assert len(json.loads(text)["log"]["entries"]) == 3
    for value in secrets.values():
        secret = value[1] if isinstance(value, tuple) else value
        assert secret in sent or base64.b64encode(f"user:{secret}".encode()).decode() in sent
        assert (
            secret not in text and base64.b64encode(f"user:{secret}".encode()).decode() not in text
        )
    assert text.count("REDACTED") >= 5  # X-Api-Key, api_key, Cookie, 2 x Authorization


RULES = Path(__file__).resolve().parents[1] / "support" / "mock_rules.yaml"


def _entry(method: str, path: str, body: Any = None, **headers: str) -> dict[str, Any]:
    request: dict[str, Any] = {
        "method": method,
        "url": "https://rules.test/v1" + path,
        "headers": [{"name": k.replace("_", "-"), "value": v} for k, v in headers.items()],
    }
    if body is not None:
        request["postData"] = {"mimeType": "application/json", "text": json.dumps(body)}
    return {"request": request, "response": {"status": 200, "headers": [], "content": {}}}


def test_conform_reads_requests_by_mocks_rules(tmp_path: Path) -> None:
    """One validator for both: the discriminator picks the branch, path values are typed,
    credentials are required; conform says of recorded traffic what mock says of a request."""
    har = {
        "log": {
            "entries": [
                _entry(
                    "POST",
                    "/logins",
                    {"method": "password", "identifier": "me", "password": "p"},
                    Authorization="Bearer t",
                ),
                _entry("GET", "/items/abc", X_Key="k"),
                _entry("DELETE", "/items/1"),
                _entry("POST", "/logins", {"method": "code", "identifier": "me"}),
            ]
        }
    }
    report = conform.check(RULES, [write(tmp_path, har)])
    found = [[(p.check, p.message.split(":")[0]) for p in e.problems] for e in report.exchanges]
    assert found[0] == [], found
    assert ("parameter_conformance", "/path/itemId") in found[1]
    assert [c for c, _ in found[2]] == ["status_code_conformance"]  # 204 is documented
    assert ("missing_credentials", 'no credentials (Basic realm="mock", Bearer realm="mock")') in [
        (p.check, p.message) for p in report.exchanges[3].problems
    ]
