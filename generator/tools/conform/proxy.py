"""``conform SPEC --proxy UPSTREAM``: a validating proxy on 127.0.0.1.

Any client (not only a generated one) is pointed at the proxy instead of the real server; each
request is forwarded to ``UPSTREAM`` + its path, the answer sent back unchanged, and the
exchange checked as ``conform`` checks a HAR entry. The verdicts are printed when the proxy is
stopped (Ctrl-C), and as each exchange completes with ``--verbose``; ``--har FILE`` keeps the
traffic as HAR 1.2 with credentials redacted. Answers are forwarded once complete (an event
stream arrives at the client in one piece).
"""

from __future__ import annotations

import base64
import datetime
import importlib
import json
import signal
import sys
import tempfile
import threading
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import urllib3

from ... import pipeline
from ...model.diagnostics import SpecError
from .checker import Checker
from .client import ClientView, generated_client
from .results import Coverage, Exchange, Report, render

HOST = "127.0.0.1"
REDACTED = "REDACTED"
# Headers that belong to one connection, never forwarded (RFC 9110 section 7.6.1).
HOP_BY_HOP = frozenset(
    (
        "connection",
        "keep-alive",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "host",
    )
)
SECRET_HEADERS = frozenset(
    ("authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "api-key")
)


def secrets_of(doc: Mapping[str, Any]) -> tuple[frozenset[str], frozenset[str]]:
    """The header names and query names that carry credentials: the usual headers and the
    spec's API-key schemes."""
    schemes = (doc.get("components") or {}).get("securitySchemes") or {}
    keys = [s for s in schemes.values() if isinstance(s, dict) and s.get("type") == "apiKey"]
    headers = {str(s.get("name", "")).lower() for s in keys if s.get("in") == "header"}
    query = {str(s.get("name", "")) for s in keys if s.get("in") == "query"}
    return SECRET_HEADERS | headers, frozenset(query)


class ValidatingProxy(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, port: int, upstream: str, checker: Checker, doc: Mapping[str, Any]) -> None:
        super().__init__((HOST, port), _Handler)
        self.upstream = upstream.rstrip("/")
        self.checker = checker
        self.secret_headers, self.secret_query = secrets_of(doc)
        self.pool = urllib3.PoolManager(
            retries=False, timeout=urllib3.Timeout(connect=10, read=300)
        )
        self.entries: list[dict[str, Any]] = []
        self.exchanges: list[Exchange] = []
        self.lock = threading.Lock()
        self.on_exchange: Callable[[Exchange], None] | None = None

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.server_address[1]}"

    def start(self) -> ValidatingProxy:
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()

    def report(self) -> Report:
        with self.lock:
            return Report(tuple(self.exchanges), self.checker.coverage())

    def write_har(self, path: str | Path) -> None:
        with self.lock:
            entries = list(self.entries)
        log = {
            "version": "1.2",
            "creator": {"name": "conform --proxy", "version": "1"},
            "entries": entries,
        }
        part = Path(f"{path}.part")  # written whole, then put in place: never half a file
        part.write_text(json.dumps({"log": log}, indent=1))
        part.replace(path)

    def record(self, entry: dict[str, Any]) -> None:
        """Check one exchange (credentials as sent) and keep it (credentials redacted)."""
        with self.lock:
            exchange = self.checker.exchange(len(self.exchanges), entry)
            self.exchanges.append(exchange)
            self.entries.append(self._redacted(entry))
        if self.on_exchange is not None:
            self.on_exchange(exchange)

    def _redacted(self, entry: dict[str, Any]) -> dict[str, Any]:
        def hide(
            pairs: list[dict[str, str]], secret: Callable[[str], bool]
        ) -> list[dict[str, str]]:
            return [{**p, "value": REDACTED} if secret(p["name"]) else p for p in pairs]

        request, response = dict(entry["request"]), dict(entry["response"])
        request["headers"] = hide(request["headers"], lambda n: n.lower() in self.secret_headers)
        request["queryString"] = hide(request["queryString"], lambda n: n in self.secret_query)
        url = urlsplit(request["url"])
        query = [
            (k, REDACTED if k in self.secret_query else v)
            for k, v in parse_qsl(url.query, keep_blank_values=True)
        ]
        request["url"] = url._replace(query=urlencode(query)).geturl()
        response["headers"] = hide(response["headers"], lambda n: n.lower() in self.secret_headers)
        return {**entry, "request": request, "response": response}


def _pairs(items: Any) -> list[dict[str, str]]:
    return [{"name": k, "value": v} for k, v in items]


def _content(headers: Mapping[str, str], body: bytes) -> dict[str, Any]:
    content: dict[str, Any] = {"size": len(body), "mimeType": headers.get("content-type", "")}
    try:
        if headers.get("content-encoding"):
            raise UnicodeDecodeError("utf-8", body, 0, 0, "encoded")
        content["text"] = body.decode("utf-8")
    except UnicodeDecodeError:
        content["text"] = base64.b64encode(body).decode("ascii")
        content["encoding"] = "base64"
    return content


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: ValidatingProxy

    def _any(self) -> None:
        started = datetime.datetime.now(datetime.UTC)
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        target = self.server.upstream + self.path
        sent = [(k, v) for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP]
        try:
            answer = self.server.pool.request(
                self.command,
                target,
                body=body or None,
                headers=dict(sent),
                preload_content=True,
                decode_content=False,
                redirect=False,
            )
        except urllib3.exceptions.HTTPError as exc:
            message = f"conform --proxy: {target} cannot be reached: {exc}".encode()
            self.send_response(502)
            self.send_header("Content-Length", str(len(message)))
            self.end_headers()
            self.wfile.write(message)
            return
        data = answer.data or b""
        self.send_response(answer.status)
        kept = [
            (k, v)
            for k, v in answer.headers.items()
            if k.lower() not in HOP_BY_HOP | {"content-length"}
        ]
        for name, value in kept:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)
        self.server.record(self._entry(started, target, sent, body, answer.status, kept, data))

    def _entry(
        self,
        started: datetime.datetime,
        target: str,
        sent: list[tuple[str, str]],
        body: bytes,
        status: int,
        received: list[tuple[str, str]],
        data: bytes,
    ) -> dict[str, Any]:
        request: dict[str, Any] = {
            "method": self.command,
            "url": target,
            "httpVersion": "HTTP/1.1",
            "headers": _pairs(sent),
            "queryString": _pairs(parse_qsl(urlsplit(target).query, keep_blank_values=True)),
            "cookies": [],
            "headersSize": -1,
            "bodySize": len(body),
        }
        if body:
            mime = next((v for k, v in sent if k.lower() == "content-type"), "")
            request["postData"] = {
                "mimeType": mime,
                "text": body.decode("utf-8", "surrogateescape"),
            }
        lower = {k.lower(): v for k, v in received}
        return {
            "startedDateTime": started.isoformat(),
            "time": -1,
            "request": request,
            "response": {
                "status": status,
                "statusText": "",
                "httpVersion": "HTTP/1.1",
                "headers": _pairs(received),
                "cookies": [],
                "content": _content(lower, data),
                "redirectURL": "",
                "headersSize": -1,
                "bodySize": len(data),
            },
            "cache": {},
            "timings": {"send": -1, "wait": -1, "receive": -1},
        }

    def __getattr__(self, name: str) -> Any:
        if name.startswith("do_"):  # every method is forwarded
            return self._any
        raise AttributeError(name)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def serve(
    spec: str | Path, upstream: str, *, port: int = 0, package: str | None = None, workdir: Path
) -> ValidatingProxy:
    """A validating proxy for ``spec`` forwarding to ``upstream``, bound to 127.0.0.1, not
    started. The client to decode with is ``package``, else generated into ``workdir``."""
    doc, _ = pipeline.resolved(spec)
    module = importlib.import_module(package) if package else generated_client(spec, workdir)
    return ValidatingProxy(port, upstream, Checker(doc, ClientView(module)), doc)


def _live(exchange: Exchange) -> None:
    print(render(Report((exchange,), _NO_COVERAGE), "text").splitlines()[0], file=sys.stderr)
    for problem in exchange.problems:
        print(f"    {problem.party}: {problem.check}: {problem.message}", file=sys.stderr)


_NO_COVERAGE = Coverage((), frozenset(), {}, {}, (), frozenset())


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _stop_on_signals() -> None:
    """Ctrl-C (SIGINT) and SIGTERM both stop the proxy and print the verdicts: SIGINT even
    where the proxy was started with it ignored (a background job of a script)."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, _interrupt)


def main(
    spec: str, upstream: str, port: int, har: str | None, package: str | None, verbose: bool
) -> int:
    """The proxy mode of ``conform``: 0 when every exchange was ok, 1 otherwise, 2 when it
    cannot start."""
    if urlsplit(upstream).scheme not in ("http", "https"):
        print(f"conform: --proxy {upstream!r} is not an http(s) URL", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="conform-proxy-") as tmp:
        try:
            proxy = serve(spec, upstream, port=port, package=package, workdir=Path(tmp))
        except SpecError as exc:
            for d in exc.diagnostics:
                print(d.format(), file=sys.stderr)
            return 2
        except OSError as exc:
            print(f"conform: cannot listen on {HOST}:{port}: {exc.strerror}", file=sys.stderr)
            return 2
        if verbose:
            proxy.on_exchange = _live
        print(
            f"conform: proxying {proxy.url} -> {upstream} (Ctrl-C stops)",
            file=sys.stderr,
            flush=True,
        )
        _stop_on_signals()
        try:
            proxy.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            proxy.server_close()
        if har:
            proxy.write_har(har)
        report = proxy.report()
    print(render(report, "text"))
    return 0 if report.ok else 1
