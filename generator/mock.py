"""``mock``: a stand-in for the API on 127.0.0.1, answering from the spec alone.

Every documented operation answers with its documented example (or a value made from the schema),
as JSON or as an event stream, after checking the request: a request that does not fit (a missing
required parameter, a body that breaks its schema) gets a 400 listing the problems. A request can
ask for another documented status or a named example with ``Prefer: code=404`` or
``Prefer: example=name``. Only the standard library's HTTP server is used.
"""

from __future__ import annotations

import json
import re
import sys
import threading
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import attrs

from . import pipeline, traffic
from .diagnostics import SpecError, escape

HOST = "127.0.0.1"


@attrs.frozen
class Answer:
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes


def _json(status: int, value: Any) -> Answer:
    return Answer(status, (("Content-Type", "application/json"),), json.dumps(value).encode())


def _prefer(headers: Mapping[str, str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for part in re.split(r"[,;]", headers.get("prefer", "")):
        name, _, value = part.strip().partition("=")
        if name and value:
            found[name.lower()] = value.strip().strip('"')
    return found


class MockApi:
    """Answers requests as the spec documents them."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.ops = traffic.operations(doc)
        self.bases = traffic.base_paths(doc)
        self.schemas = traffic.Schemas(doc)

    def answer(self, method: str, target: str, headers: Mapping[str, str], body: bytes) -> Answer:
        headers = {k.lower(): v for k, v in headers.items()}
        url = urlsplit(target)
        found = traffic.match(self.ops, self.bases, method, url.path)
        if found is None:
            return _json(404, {"problems": [f"{method} {url.path} is not a documented operation"]})
        op, _ = found
        problems = self._check_request(op, url.query, headers, body)
        if problems:
            return _json(400, {"operation": op.operation_id, "problems": problems})
        prefer = _prefer(headers)
        responses = traffic.lookup_or_none(self.doc, op.pointer + "/responses") or {}
        status, key = self._status(responses, prefer.get("code"))
        if key is None:
            return _json(
                400, {"problems": [f"status {prefer.get('code')} is not documented for {op.label}"]}
            )
        response = responses[key] if isinstance(responses[key], dict) else {}
        return self._respond(op, status, key, response, headers.get("accept", "*/*"), prefer)

    def _check_request(
        self, op: traffic.Route, query: str, headers: Mapping[str, str], body: bytes
    ) -> list[str]:
        present: dict[str, Mapping[str, str]] = {
            "query": dict(parse_qsl(query, keep_blank_values=True)),
            "header": headers,
            "cookie": dict(
                part.strip().split("=", 1)
                for part in headers.get("cookie", "").split(";")
                if "=" in part
            ),
        }
        problems = [
            f"required {p.location} parameter {p.name!r} is missing"
            for p in op.params
            if p.required
            and p.location != "path"
            and (p.name.lower() if p.location == "header" else p.name) not in present[p.location]
        ]
        request_body = traffic.lookup_or_none(self.doc, op.pointer + "/requestBody")
        if not isinstance(request_body, dict):
            return problems
        if not body:
            if request_body.get("required"):
                problems.append("the request body is required")
            return problems
        mt = headers.get("content-type", "")
        found = traffic.find_media(request_body.get("content") or {}, mt)
        if found is None:
            return [*problems, f"request media type {traffic.media_type(mt)!r} is not documented"]
        media_key, media = found
        if traffic.is_json(mt) and "schema" in media:
            try:
                value = json.loads(body)
            except ValueError:
                return [*problems, "the request body is not JSON"]
            ptr = f"{op.pointer}/requestBody/content/{escape(media_key)}/schema"
            problems += [f"request body {m}" for m in self.schemas.problems(ptr, value)]
        return problems

    @staticmethod
    def _status(responses: Mapping[str, Any], wanted: str | None) -> tuple[int, str | None]:
        if wanted is not None:
            code = int(wanted) if wanted.isdigit() else 0
            return code, traffic.status_key(responses, code) if 100 <= code <= 599 else None
        exact = sorted(k for k in responses if k.isdigit() and k.startswith("2"))
        if exact:
            return int(exact[0]), exact[0]
        if "2XX" in responses or "2xx" in responses:
            return 200, "2XX" if "2XX" in responses else "2xx"
        return (200, "default") if "default" in responses else (501, None)

    def _respond(
        self,
        op: traffic.Route,
        status: int,
        key: str,
        response: Mapping[str, Any],
        accept: str,
        prefer: Mapping[str, str],
    ) -> Answer:
        content = response.get("content") or {}
        chosen = _negotiate(content, accept)
        if chosen is None:
            return Answer(status, (), b"")
        media_key, media = chosen
        found, value = traffic.example_of(media, prefer.get("example"))
        if not found:
            value = traffic.synthesise(self.doc, media.get("schema"))
        content_type = traffic.concrete(media_key)
        if traffic.media_type(media_key) == traffic.SSE_MEDIA:
            return Answer(status, (("Content-Type", content_type),), self._events(media, value))
        if traffic.is_json(media_key):
            return Answer(status, (("Content-Type", content_type),), json.dumps(value).encode())
        data = value if isinstance(value, bytes) else str(value if value is not None else "")
        raw = data if isinstance(data, bytes) else data.encode()
        return Answer(status, (("Content-Type", content_type),), raw)

    def _events(self, media: Mapping[str, Any], example: Any) -> bytes:
        envelope = traffic.describes_envelope(self.doc, media.get("schema"))
        out: list[str] = []
        for event in example if isinstance(example, list) else [example]:
            if envelope and isinstance(event, dict):
                for field in ("event", "id"):
                    if field in event:
                        out.append(f"{field}: {event[field]}\n")
                out.append(f"data: {json.dumps(event.get('data'))}\n\n")
            else:
                out.append(f"data: {json.dumps(event)}\n\n")
        sentinel = traffic.sentinel_of(media)
        if sentinel is not None:
            out.append(f"data: {sentinel}\n\n")
        return "".join(out).encode()


def _negotiate(content: Mapping[str, Any], accept: str) -> tuple[str, dict[str, Any]] | None:
    """The documented media type the ``Accept`` header prefers (the first documented one when
    the header allows anything)."""
    ranges = [traffic.media_type(a) for a in accept.split(",") if a.strip()] or ["*/*"]
    for wanted in ranges:
        for mt, media in content.items():
            if isinstance(media, dict) and (
                traffic.media_matches(wanted, mt) or traffic.media_matches(mt, wanted)
            ):
                return mt, media
    first = next(iter(content.items()), None)
    return first if first is not None and isinstance(first[1], dict) else None


def _handler(api: MockApi) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _any(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else b""
            answer = api.answer(self.command, self.path, dict(self.headers.items()), body)
            self.send_response(answer.status)
            for name, value in answer.headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(answer.body)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _any

        def log_message(self, format: str, *args: Any) -> None:
            if self.server.verbose:  # type: ignore[attr-defined]
                super().log_message(format, *args)

    return Handler


class MockServer(ThreadingHTTPServer):
    daemon_threads = True
    verbose = False

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.server_address[1]}"

    def start(self) -> MockServer:
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


def serve(spec: str | Path, port: int = 0) -> MockServer:
    """A mock server for ``spec`` bound to 127.0.0.1 (``port=0`` takes a free port), not started."""
    doc, _ = pipeline.resolved(spec)
    return MockServer((HOST, port), _handler(MockApi(doc)))


def main(spec: str, port: int) -> int:
    """The ``mock`` command: serve until interrupted."""
    try:
        server = serve(spec, port)
    except SpecError as exc:
        for d in exc.diagnostics:
            print(d.format(), file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"mock: cannot listen on {HOST}:{port}: {exc.strerror}", file=sys.stderr)
        return 1
    server.verbose = True
    print(f"mock: {spec} on {server.url} (Ctrl-C stops)", file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
