"""``conform``: recorded HTTP traffic (HAR 1.2) checked against a spec and against the client
generated from it.

Each exchange is matched to an operation, its request and response are checked against what the
spec documents, and its response body is decoded through the generated client's own response
handling, as a caller of the client would see it. A problem is the spec's (the traffic does not
do what the description says) or the client's (the generated client would fail on it); the
verdict of an exchange says which: ``ok``, ``spec``, ``client`` or ``both``.

Requests are checked by the rules ``mock`` answers by (``mock_request``). Check names follow the
usual conformance vocabulary: ``unknown_operation``, ``parameter_conformance``,
``missing_credentials``, ``request_body_conformance``, ``status_code_conformance``,
``content_type_conformance``, ``response_headers_conformance``, ``response_schema_conformance``,
``malformed_body``, ``client_decoding``.
"""

from __future__ import annotations

import importlib
import json
import sys
import tempfile
import zlib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from ... import pipeline
from ...model.diagnostics import ERROR, Diagnostic, SpecError, escape
from . import traffic
from .client import ClientView, HarError, _body_bytes, _pairs, generated_client, read_har
from .kinds import Format
from .mock_request import ProblemKind, Request, RequestRules
from .results import Coverage, Exchange, Problem, Report, as_json, render

# The check a request problem of each kind is reported under.
_CHECKS: dict[ProblemKind, str] = {
    "parameter": "parameter_conformance",
    "body": "request_body_conformance",
    "security": "missing_credentials",
}

# --- checking ---------------------------------------------------------------------------------


class Checker:
    def __init__(self, doc: dict[str, Any], client: ClientView) -> None:
        self.doc = doc
        self.client = client
        self.ops = traffic.operations(doc)
        self.bases = traffic.base_paths(doc)
        self.schemas = traffic.Schemas(doc)
        self.rules = RequestRules(doc, self.schemas)
        self.seen_ops: set[str] = set()
        self.seen_status: dict[str, set[str]] = {}
        self.seen_errors: set[str] = set()

    def exchange(self, index: int, entry: Any) -> Exchange:
        request = entry.get("request") if isinstance(entry, dict) else None
        response = entry.get("response") if isinstance(entry, dict) else None
        if not isinstance(request, dict):
            return Exchange(index, "", "", None, None, (_bad("the entry has no request"),))
        method, url = str(request.get("method", "")).upper(), str(request.get("url", ""))
        try:
            path = urlsplit(url).path
        except ValueError as exc:  # an unreadable URL ("http://[::1", say)
            problem = _bad(f"the request URL {url!r} cannot be read ({exc})")
            return Exchange(index, method, url, None, _status(response), (problem,))
        found = traffic.match(self.ops, self.bases, method, path)
        if found is None:
            problem = Problem("unknown_operation", "spec", f"{method} {path} is not documented")
            return Exchange(index, method, url, None, _status(response), (problem,))
        op, path_params = found
        self.seen_ops.add(op.operation_id)
        problems = self._request(op, path_params, request)
        status = _status(response)
        if not isinstance(response, dict) or status is None:
            problems.append(_bad("the entry has no response (or no status)"))
        else:
            problems += self._response(op, status, response)
        return Exchange(index, method, url, op.label, status, tuple(problems))

    def _request(
        self, op: traffic.Route, path_params: Mapping[str, str], request: Mapping[str, Any]
    ) -> list[Problem]:
        """The request checked by the rules ``mock`` answers by (one reading of the spec)."""
        headers = {k.lower(): v for k, v in _pairs(request.get("headers"))}
        if "cookie" not in headers and _pairs(request.get("cookies")):
            headers["cookie"] = "; ".join(f"{k}={v}" for k, v in _pairs(request.get("cookies")))
        url_query = urlsplit(str(request.get("url", ""))).query
        query = parse_qsl(url_query, keep_blank_values=True) or _pairs(request.get("queryString"))
        post = request.get("postData")
        text = post.get("text") if isinstance(post, dict) else None
        if text is not None and not isinstance(text, str):
            return [_bad("the request's postData.text is not text")]
        if text and "content-type" not in headers and isinstance(post, dict):
            headers["content-type"] = str(post.get("mimeType", ""))
        body = (text or "").encode("utf-8", errors="surrogateescape")
        seen = Request(path_params, query, headers, body)
        problems = [
            Problem(_CHECKS[p.kind], "spec", p.text()) for p in self.rules.problems(op, seen)
        ]
        challenge = self.rules.unauthorised(op, seen)
        if challenge is not None:
            problems.append(Problem("missing_credentials", "spec", f"no credentials ({challenge})"))
        return problems

    def _response(
        self, op: traffic.Route, status: int, response: Mapping[str, Any]
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
        self, op: traffic.Route, status: int, headers: Mapping[str, str], body: bytes
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


__all__ = [
    "Checker",
    "ClientView",
    "Coverage",
    "Exchange",
    "HarError",
    "Problem",
    "Report",
    "as_json",
    "check",
    "generated_client",
    "main",
    "read_har",
    "render",
]
