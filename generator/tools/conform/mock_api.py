"""What ``mock`` answers a request with, decided from the spec alone.

In order: an undocumented path is 404; a documented path without the method is 405 with
``Allow``; missing credentials are 401 with ``WWW-Authenticate`` (and the documented 401, 4XX or
default response body); a request that breaks the spec gets the documented 400/422 response, else a 400
``application/problem+json`` (RFC 9457); ``Prefer: code=`` naming an undocumented status is
501 with a problem body naming the documented ones. Everything else gets the documented
response: its example, or a value made from its schema.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import attrs

from ...model.diagnostics import escape
from . import traffic
from .mock_request import Request, RequestProblem, RequestRules
from .mock_xml import to_xml

PROBLEM_MEDIA = "application/problem+json"
PROBLEMS_HEADER = "X-Mock-Problems"
NOTE_HEADER = "X-Mock-Note"
# Where a documented error body has room for the problems, they go in the first of these
# (a string property, at the top level or one object down).
DETAIL_FIELDS = ("detail", "message", "error_description", "title", "error", "description")
REJECTED = ("400", "422", "4XX", "4xx", "default")
UNAUTHORISED = ("401", "4XX", "4xx", "default")
PHRASES = {
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    405: "Method Not Allowed",
    501: "Not Implemented",
}

Headers = tuple[tuple[str, str], ...]


@attrs.frozen
class Answer:
    status: int
    headers: Headers
    body: bytes


def problem(status: int, detail: str, extra: Mapping[str, Any] | None = None) -> Answer:
    """An RFC 9457 problem answer."""
    body = {"type": "about:blank", "title": PHRASES.get(status, "Error"), "status": status}
    body |= {"detail": detail, **(extra or {})}
    return Answer(status, (("Content-Type", PROBLEM_MEDIA),), json.dumps(body).encode())


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
        self.rules = RequestRules(doc, self.schemas)

    def answer(self, method: str, target: str, headers: Mapping[str, str], body: bytes) -> Answer:
        headers = {k.lower(): v for k, v in headers.items()}
        url = urlsplit(target)
        found = traffic.match(self.ops, self.bases, method, url.path)
        if found is None and method.upper() == "HEAD":
            found = traffic.match(self.ops, self.bases, "GET", url.path)
        if found is None:
            return self._unmatched(method, url.path)
        op, path_params = found
        query = parse_qsl(url.query, keep_blank_values=True)
        request = Request(path_params, query, headers, body)
        responses = traffic.lookup_or_none(self.doc, op.pointer + "/responses") or {}
        accept = headers.get("accept", "*/*")
        challenge = self.rules.unauthorised(op, request)
        if challenge is not None:
            missing = RequestProblem("/header/authorization", "no credentials", "security")
            found_key = _first(responses, UNAUTHORISED)
            return self._rejected(op, responses, found_key, [missing], accept, challenge)
        problems = self.rules.problems(op, request)
        if problems:
            return self._rejected(op, responses, _first(responses, REJECTED), problems, accept)
        prefer = _prefer(headers)
        status, key = _status(responses, prefer.get("code"))
        if key is None:
            documented = sorted(str(k) for k in responses)
            return problem(
                501,
                f"Prefer: code={prefer.get('code')} is not documented for {op.label}; "
                f"documented: {', '.join(documented)}",
                {"documented": documented},
            )
        response = responses[key] if isinstance(responses[key], dict) else {}
        answer = self._respond(op, status, key, response, accept, prefer.get("example"))
        ambiguous = self.rules.ambiguities(op, request)
        if not ambiguous:
            return answer
        note = f"the spec is ambiguous: {', '.join(ambiguous)} fits several oneOf branches"
        return attrs.evolve(answer, headers=(*answer.headers, (NOTE_HEADER, note)))

    def _unmatched(self, method: str, path: str) -> Answer:
        allowed = traffic.allowed(self.ops, self.bases, path)
        if not allowed:
            return problem(404, f"{method} {path} is not a documented operation")
        if "GET" in allowed and "HEAD" not in allowed:
            allowed.append("HEAD")
        answer = problem(405, f"{method} is not documented for {path}")
        return attrs.evolve(answer, headers=(*answer.headers, ("Allow", ", ".join(allowed))))

    def _rejected(
        self,
        op: traffic.Route,
        responses: Mapping[str, Any],
        key: str | None,
        problems: Sequence[RequestProblem],
        accept: str,
        challenge: str | None = None,
    ) -> Answer:
        """The answer to a request that breaks the spec: the documented response for it when the
        operation has one (the problems in its detail field and in a header), else a problem."""
        status = 401 if challenge else 400
        extra: Headers = (("WWW-Authenticate", challenge),) if challenge else ()
        listed = [{"pointer": p.pointer, "detail": p.message} for p in problems]
        text = "; ".join(p.text() for p in problems)
        if key is None:
            answer = problem(status, f"{op.label}: {text}", {"errors": listed})
            return attrs.evolve(answer, headers=answer.headers + extra)
        status = int(key) if key.isdigit() and not challenge else status
        response = responses[key] if isinstance(responses[key], dict) else {}
        answer = self._respond(op, status, key, response, accept, None, detail=text)
        note = json.dumps(listed, ensure_ascii=True)
        return attrs.evolve(answer, headers=(*answer.headers, *extra, (PROBLEMS_HEADER, note)))

    def _respond(
        self,
        op: traffic.Route,
        status: int,
        key: str,
        response: Mapping[str, Any],
        accept: str,
        example: str | None,
        detail: str | None = None,
    ) -> Answer:
        chosen = _negotiate(response.get("content") or {}, accept)
        if chosen is None:
            return Answer(status, (), b"")
        media_key, media = chosen
        ptr = f"{op.pointer}/responses/{escape(key)}/content/{escape(media_key)}/schema"
        found, value = traffic.example_of(media, example)
        notes: Headers = ()

        def fits(v: Any) -> bool:
            checked = "schema" in media and traffic.media_type(media_key) != traffic.SSE_MEDIA
            return not checked or not self.schemas.located(ptr, v, 1)

        if found and not fits(value):
            # the spec's own example breaks its schema: answer with a value that fits
            notes = ((NOTE_HEADER, "the documented example does not fit its schema"),)
            found = False
        if not found:
            value = traffic.synthesise(self.doc, media.get("schema"), fits=fits)
        if detail is not None:
            value = self._with_detail(ptr, value, detail)
        header = (("Content-Type", traffic.concrete(media_key)), *notes)
        mt = traffic.media_type(media_key)
        if mt == traffic.SSE_MEDIA:
            return Answer(status, header, self._events(media, value))
        if traffic.is_json(media_key):
            return Answer(status, header, json.dumps(value).encode())
        if mt.endswith("/xml") or mt.endswith("+xml"):
            return Answer(status, header, to_xml(self.doc, media.get("schema"), value))
        data = value if isinstance(value, bytes) else str(value if value is not None else "")
        return Answer(status, header, data if isinstance(data, bytes) else data.encode())

    def _with_detail(self, pointer: str, value: Any, detail: str) -> Any:
        """``value`` with the problems in its first string detail field, when it stays valid."""
        for holder in (value, *(v for v in _values(value) if isinstance(v, dict))):
            if not isinstance(holder, dict):
                continue
            for name in DETAIL_FIELDS:
                if isinstance(holder.get(name), str):
                    before = holder[name]
                    holder[name] = detail
                    if not self.schemas.located(pointer, value, 1):
                        return value
                    holder[name] = before
        return value

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


def _values(value: Any) -> list[Any]:
    return list(value.values()) if isinstance(value, dict) else []


def _first(responses: Mapping[str, Any], keys: Sequence[str]) -> str | None:
    return next((k for k in keys if k in responses), None)


def _status(responses: Mapping[str, Any], wanted: str | None) -> tuple[int, str | None]:
    if wanted is not None:
        code = int(wanted) if wanted.isdigit() else 0
        return code, traffic.status_key(responses, code) if 100 <= code <= 599 else None
    exact = sorted(k for k in responses if k.isdigit() and k.startswith("2"))
    if exact:
        return int(exact[0]), exact[0]
    if "2XX" in responses or "2xx" in responses:
        return 200, "2XX" if "2XX" in responses else "2xx"
    if "default" in responses:
        return 200, "default"
    documented = sorted(k for k in responses if k.isdigit())
    return (int(documented[0]), documented[0]) if documented else (501, None)


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
