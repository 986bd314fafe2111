"""``conform``: recorded HTTP traffic (HAR 1.2) checked against a spec and against the client
generated from it.

Each exchange is matched to an operation, its request and response are checked against what the
spec documents, and its response body is decoded through the generated client's own response
handling, as a caller of the client would see it. A problem is the spec's (the traffic does not
do what the description says) or the client's (the generated client would fail on it); the
verdict of an exchange says which: ``ok``, ``spec``, ``client`` or ``both``.

Check names follow the usual conformance vocabulary: ``unknown_operation``,
``missing_required_parameter``, ``request_body_conformance``, ``status_code_conformance``,
``content_type_conformance``, ``response_headers_conformance``, ``response_schema_conformance``,
``malformed_body``, ``client_decoding``.
"""

from __future__ import annotations

import base64
import functools
import gzip
import importlib
import io
import json
import pkgutil
import sys
import tempfile
import zlib
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, Literal
from urllib.parse import parse_qsl, urlsplit

import attrs
import urllib3

from . import pipeline, traffic, write
from .diagnostics import ERROR, Diagnostic, SpecError, escape

Party = Literal["spec", "client"]
Verdict = Literal["ok", "spec", "client", "both"]
Format = Literal["text", "json", "markdown"]


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
            "per_operation": [
                {
                    "operation": op,
                    "statuses": list(self.statuses.get(op, ())),
                    "exercised": sorted(self.statuses_seen.get(op, ())),
                }
                for op in self.operations
            ],
        }


@attrs.frozen
class Report:
    exchanges: tuple[Exchange, ...]
    coverage: Coverage

    @property
    def ok(self) -> bool:
        return all(e.verdict == "ok" for e in self.exchanges)


# --- reading HAR -----------------------------------------------------------------------------


class HarError(Exception):
    """A HAR file that cannot be read at all (its entries are never half-used)."""


def read_har(path: str | Path) -> list[dict[str, Any]]:
    """The entries of a HAR 1.2 file."""
    try:
        data = json.loads(Path(path).read_bytes())
    except OSError as exc:
        raise HarError(f"{path}: cannot read: {exc.strerror}") from None
    except ValueError as exc:
        raise HarError(f"{path}: not JSON: {exc}") from None
    log = data.get("log") if isinstance(data, dict) else None
    entries = log.get("entries") if isinstance(log, dict) else None
    if not isinstance(entries, list):
        raise HarError(f"{path}: not a HAR file (no log.entries list)")
    return entries


def _pairs(items: Any) -> list[tuple[str, str]]:
    if not isinstance(items, list):
        return []
    return [(str(i.get("name", "")), str(i.get("value", ""))) for i in items if isinstance(i, dict)]


def _body_bytes(content: Mapping[str, Any], headers: Mapping[str, str]) -> bytes:
    """The body of a HAR content object, base64 and compression undone."""
    text = content.get("text")
    if not isinstance(text, str):
        return b""
    raw = (
        base64.b64decode(text)
        if content.get("encoding") == "base64"
        else text.encode("utf-8", errors="surrogateescape")
    )
    coding = headers.get("content-encoding", "").lower()
    if coding in ("gzip", "x-gzip") and raw[:2] == b"\x1f\x8b":
        return gzip.decompress(raw)
    if coding == "deflate" and raw and raw[:1] not in (b"{", b"["):
        return zlib.decompress(raw)
    return raw


# --- the generated client's side ---------------------------------------------------------------


class ClientView:
    """The operations of an imported generated package, by operationId."""

    def __init__(self, package: ModuleType) -> None:
        self.package = package
        self.runtime = importlib.import_module(f"{package.__name__}._runtime.responses")
        self.errors = importlib.import_module(f"{package.__name__}._runtime.errors")
        self.converter = importlib.import_module(f"{package.__name__}._serialization").converter
        self.modules: dict[str, ModuleType] = {}
        ops = importlib.import_module(f"{package.__name__}.operations")
        for info in pkgutil.iter_modules(ops.__path__):
            module = importlib.import_module(f"{ops.__name__}.{info.name}")
            op_id = getattr(module, "OPERATION", None)
            if isinstance(op_id, str):
                self.modules[op_id] = module

    @functools.cached_property
    def _error_classes(self) -> list[str]:
        names = {
            c.error.__name__
            for m in self.modules.values()
            for c in getattr(m, "RESPONSES", ())
            if c.error is not None
        }
        return sorted(names)

    def error_classes(self) -> list[str]:
        """The error classes the operations document (one per documented error status)."""
        return self._error_classes

    def decode(
        self, op_id: str, status: int, headers: Mapping[str, str], body: bytes
    ) -> tuple[list[Problem], str | None]:
        """Problems the client has with this response, and the error class it raised."""
        module = self.modules.get(op_id)
        if module is None:
            return [Problem("client_decoding", "client", f"no generated module for {op_id}")], None
        cases = module.RESPONSES
        streaming = traffic.media_type(headers.get("content-type")) == traffic.SSE_MEDIA
        response = _fake_response(status, headers, body, preload=not streaming)
        try:
            if streaming and any(c.kind == "sse" for c in cases):
                with self.runtime.open_stream(
                    response, cases, self.converter, operation=op_id
                ) as events:
                    for _ in events:
                        pass
            else:
                self.runtime.handle(response, cases, self.converter, operation=op_id)
        except self.errors.ResponseValidationError as exc:
            return [Problem("client_decoding", "client", _first_line(exc))], None
        except self.errors.APIError as exc:
            return self._raised(cases, status, exc), type(exc).__name__
        except Exception as exc:  # noqa: BLE001 - any other failure is the client's problem
            return [
                Problem("client_decoding", "client", f"{type(exc).__name__}: {_first_line(exc)}")
            ], None
        if not 200 <= status < 300 and self.runtime.find_case(cases, status) is not None:
            return [Problem("client_decoding", "client", "an error status raised nothing")], None
        return [], None

    def _raised(self, cases: Sequence[Any], status: int, exc: Exception) -> list[Problem]:
        case = self.runtime.find_case(cases, status)
        expected = case.error if case is not None else None
        if 200 <= status < 300:
            return [Problem("client_decoding", "client", f"a success raised {_first_line(exc)}")]
        if expected is not None and not isinstance(exc, expected):
            return [
                Problem(
                    "client_decoding",
                    "client",
                    f"expected {expected.__name__}, got {type(exc).__name__}: {_first_line(exc)}",
                )
            ]
        return []


def _first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [""])[0][:300]


def _fake_response(status: int, headers: Mapping[str, str], body: bytes, *, preload: bool) -> Any:
    return urllib3.HTTPResponse(
        body=io.BytesIO(body),
        headers=dict(headers),
        status=status,
        preload_content=preload,
        decode_content=False,
    )


def generated_client(spec: str | Path, workdir: Path) -> ModuleType:
    """Generate the client of ``spec`` into ``workdir`` and import it."""
    name = "_conform_client"
    result = pipeline.generate(spec, package=name, formatted=False)
    write.write_tree(workdir, result.files)
    sys.path.insert(0, str(workdir))
    for mod in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
        del sys.modules[mod]
    return importlib.import_module(name)


# --- checking ---------------------------------------------------------------------------------


class Checker:
    def __init__(self, doc: dict[str, Any], client: ClientView) -> None:
        self.doc = doc
        self.client = client
        self.ops = traffic.operations(doc)
        self.bases = traffic.base_paths(doc)
        self.schemas = traffic.Schemas(doc)
        self.seen_ops: set[str] = set()
        self.seen_status: dict[str, set[str]] = {}
        self.seen_errors: set[str] = set()

    def exchange(self, index: int, entry: Any) -> Exchange:
        request = entry.get("request") if isinstance(entry, dict) else None
        response = entry.get("response") if isinstance(entry, dict) else None
        if not isinstance(request, dict):
            return Exchange(index, "", "", None, None, (_bad("the entry has no request"),))
        method, url = str(request.get("method", "")).upper(), str(request.get("url", ""))
        found = traffic.match(self.ops, self.bases, method, urlsplit(url).path)
        if found is None:
            problem = Problem(
                "unknown_operation", "spec", f"{method} {urlsplit(url).path} is not documented"
            )
            return Exchange(index, method, url, None, _status(response), (problem,))
        op, _ = found
        self.seen_ops.add(op.operation_id)
        problems = self._request(op, request)
        status = _status(response)
        if not isinstance(response, dict) or status is None:
            problems.append(_bad("the entry has no response (or no status)"))
        else:
            problems += self._response(op, status, response)
        return Exchange(index, method, url, op.label, status, tuple(problems))

    def _request(self, op: traffic.Operation, request: Mapping[str, Any]) -> list[Problem]:
        problems: list[Problem] = []
        headers = {k.lower(): v for k, v in _pairs(request.get("headers"))}
        query = dict(_pairs(request.get("queryString"))) or dict(
            parse_qsl(urlsplit(str(request.get("url", ""))).query, keep_blank_values=True)
        )
        cookies = dict(_pairs(request.get("cookies")))
        present = {"query": query, "header": headers, "cookie": cookies}
        for p in op.params:
            if not p.required or p.location == "path":
                continue
            key = p.name.lower() if p.location == "header" else p.name
            if key not in present[p.location] and not any(
                k.startswith(p.name + "[") for k in present[p.location]
            ):
                problems.append(
                    Problem(
                        "missing_required_parameter",
                        "spec",
                        f"required {p.location} parameter {p.name!r} is missing",
                    )
                )
        body = traffic.lookup_or_none(self.doc, op.pointer + "/requestBody")
        post = request.get("postData")
        if isinstance(body, dict):
            problems += self._request_body(op, body, post)
        return problems

    def _request_body(self, op: traffic.Operation, body: Any, post: Any) -> list[Problem]:
        text = post.get("text") if isinstance(post, dict) else None
        if not text:
            if body.get("required"):
                return [Problem("request_body_conformance", "spec", "the required body is missing")]
            return []
        mt = str(post.get("mimeType", ""))
        found = traffic.find_media(body.get("content") or {}, mt)
        if found is None:
            return [
                Problem(
                    "request_body_conformance", "spec", f"body media type {mt!r} not documented"
                )
            ]
        media_key, media = found
        if not traffic.is_json(mt) or "schema" not in media:
            return []
        try:
            value = json.loads(text)
        except ValueError:
            return [Problem("request_body_conformance", "spec", "the request body is not JSON")]
        ptr = f"{op.pointer}/requestBody/content/{escape(media_key)}/schema"
        return [
            Problem("request_body_conformance", "spec", f"request body {m}")
            for m in self.schemas.problems(ptr, value)
        ]

    def _response(
        self, op: traffic.Operation, status: int, response: Mapping[str, Any]
    ) -> list[Problem]:
        headers = {k.lower(): v for k, v in _pairs(response.get("headers"))}
        raw_content = response.get("content")
        content: Mapping[str, Any] = raw_content if isinstance(raw_content, dict) else {}
        mime = str(content.get("mimeType") or headers.get("content-type") or "")
        headers.setdefault("content-type", mime)
        try:
            body = _body_bytes(content, headers)
        except (ValueError, OSError, zlib.error) as exc:
            return [Problem("malformed_body", "spec", f"the body cannot be decoded: {exc}")]
        headers.pop("content-encoding", None)
        headers.pop("content-length", None)
        problems = self._against_spec(op, status, headers, body)
        client_problems, raised = self.client.decode(op.operation_id, status, headers, body)
        if raised in self.client.error_classes():
            self.seen_errors.add(raised)
        return problems + client_problems

    def _against_spec(
        self, op: traffic.Operation, status: int, headers: Mapping[str, str], body: bytes
    ) -> list[Problem]:
        responses = traffic.lookup_or_none(self.doc, op.pointer + "/responses") or {}
        key = traffic.status_key(responses, status)
        if key is None:
            return [Problem("status_code_conformance", "spec", f"status {status} not documented")]
        self.seen_status.setdefault(op.operation_id, set()).add(key)
        documented = responses[key] if isinstance(responses[key], dict) else {}
        problems = [
            Problem("response_headers_conformance", "spec", f"required header {name!r} missing")
            for name, h in (documented.get("headers") or {}).items()
            if isinstance(h, dict) and h.get("required") and name.lower() not in headers
        ]
        content = documented.get("content") or {}
        if not content:
            return problems
        mime = headers.get("content-type", "")
        if not body and not mime:
            return problems
        found = traffic.find_media(content, mime)
        if found is None:
            return [
                *problems,
                Problem(
                    "content_type_conformance",
                    "spec",
                    f"content type {traffic.media_type(mime) or '(none)'!r} not documented "
                    f"for {key} (documented: {', '.join(content)})",
                ),
            ]
        media_key, media = found
        ptr = f"{op.pointer}/responses/{escape(key)}/content/{escape(media_key)}/schema"
        if "schema" not in media:
            return problems
        if traffic.media_type(mime) == traffic.SSE_MEDIA:
            return problems + self._events(ptr, media, body)
        if not traffic.is_json(mime):
            return problems
        try:
            value = json.loads(body)
        except ValueError:
            return [*problems, Problem("malformed_body", "spec", "the body is not JSON")]
        return problems + [
            Problem("response_schema_conformance", "spec", f"response body {m}")
            for m in self.schemas.problems(ptr, value)
        ]

    def _events(self, ptr: str, media: Mapping[str, Any], body: bytes) -> list[Problem]:
        problems: list[Problem] = []
        sentinel = traffic.sentinel_of(media)
        envelope = traffic.describes_envelope(self.doc, media.get("schema"))
        ended = sentinel is None
        for n, event in enumerate(traffic.iter_sse(body.decode("utf-8", errors="replace"))):
            if sentinel is not None and event["data"] == sentinel:
                ended = True
                break
            try:
                data = json.loads(event["data"])
            except ValueError:
                problems.append(Problem("malformed_body", "spec", f"event {n}: data is not JSON"))
                continue
            value = {**event, "data": data} if envelope else data
            problems += [
                Problem("response_schema_conformance", "spec", f"event {n} {m}")
                for m in self.schemas.problems(ptr, value, limit=3)
            ]
        if not ended:
            problems.append(
                Problem("malformed_body", "spec", f"the stream ended before {sentinel!r}")
            )
        return problems

    def coverage(self) -> Coverage:
        statuses = {
            op.operation_id: tuple(
                traffic.lookup_or_none(self.doc, op.pointer + "/responses") or {}
            )
            for op in self.ops
        }
        return Coverage(
            operations=tuple(sorted(statuses)),
            exercised=frozenset(self.seen_ops),
            statuses=statuses,
            statuses_seen={k: frozenset(v) for k, v in self.seen_status.items()},
            error_classes=tuple(self.client.error_classes()),
            error_classes_seen=frozenset(self.seen_errors),
        )


def _bad(message: str) -> Problem:
    return Problem("malformed_entry", "spec", message)


def _status(response: Any) -> int | None:
    status = response.get("status") if isinstance(response, dict) else None
    return status if isinstance(status, int) and 100 <= status <= 999 else None


def check(spec: str | Path, hars: Sequence[str | Path], *, package: str | None = None) -> Report:
    """Check every entry of ``hars`` against ``spec`` and its generated client.

    ``package`` names an importable generated package; without it the client is generated into
    a temporary folder. Raises :class:`SpecError` when the spec cannot be used and
    :class:`HarError` when a HAR file cannot be read.
    """
    doc, _ = pipeline.resolved(spec)
    entries = [e for har in hars for e in read_har(har)]
    with tempfile.TemporaryDirectory(prefix="conform-") as tmp:
        module = importlib.import_module(package) if package else generated_client(spec, Path(tmp))
        checker = Checker(doc, ClientView(module))
        exchanges = tuple(checker.exchange(i, e) for i, e in enumerate(entries))
    return Report(exchanges, checker.coverage())


# --- output -----------------------------------------------------------------------------------


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


def main(spec: str, hars: Sequence[str], package: str | None, fmt: Format) -> int:
    """The ``conform`` command: 0 when every exchange is ok, 1 otherwise, 2 on unreadable input."""
    try:
        report = check(spec, hars, package=package)
    except SpecError as exc:
        for d in exc.diagnostics:
            print(d.format(), file=sys.stderr)
        return 2
    except HarError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except ImportError as exc:
        print(Diagnostic(ERROR, f"cannot import the client package: {exc}").format())
        return 2
    print(render(report, fmt))
    return 0 if report.ok else 1
