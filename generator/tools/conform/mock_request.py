"""Whether a request is one the spec documents: its parameters (by style and explode, then
type, enum and format), its body (JSON, form, multipart, XML) and its credentials. The rules
``mock`` answers by and ``conform`` judges recorded traffic by: one reading for both.

Each problem names where it is by a JSON pointer into the request: ``/path/petId``,
``/query/limit``, ``/header/x-request-id``, ``/cookie/session``, ``/body/tags/0``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any, Literal
from urllib.parse import parse_qsl

import attrs

from ...model.diagnostics import escape
from . import traffic
from .mock_params import coerce, deref, kind_of, read
from .mock_schemas import Schemas
from .mock_xml import from_xml
from .traffic import Request as Request

ProblemKind = Literal["parameter", "body", "security"]
FORM_MEDIA = "application/x-www-form-urlencoded"
MULTIPART_MEDIA = "multipart/form-data"


@attrs.frozen
class RequestProblem:
    pointer: str
    message: str
    kind: ProblemKind = "parameter"

    def text(self) -> str:
        return f"{self.pointer}: {self.message}"


class RequestRules:
    """Checks requests against the spec ``doc`` (resolved) with its ``schemas``."""

    def __init__(self, doc: Mapping[str, Any], schemas: Schemas) -> None:
        self.doc = doc
        self.schemas = schemas

    def problems(self, op: traffic.Route, request: Request) -> list[RequestProblem]:
        found: list[RequestProblem] = []
        for p in op.params:
            found += self._param(p, request)
        body = traffic.lookup_or_none(self.doc, op.pointer + "/requestBody")
        if isinstance(body, dict):
            found += self._body(op, body, request)
        return found

    def ambiguities(self, op: traffic.Route, request: Request) -> list[str]:
        """Where a (valid) JSON body fits several ``oneOf`` branches: spec ambiguities."""
        body = traffic.lookup_or_none(self.doc, op.pointer + "/requestBody")
        mt = request.headers.get("content-type", "")
        found = traffic.find_media((body or {}).get("content") or {}, mt) if body else None
        if not request.body or found is None or not traffic.is_json(mt):
            return []
        try:
            value = json.loads(request.body)
        except ValueError:
            return []
        ptr = f"{op.pointer}/requestBody/content/{escape(found[0])}/schema"
        return ["/body" + where for where in self.schemas.ambiguities(ptr, value)]

    # --- parameters ---------------------------------------------------------------------------

    def _param(self, p: traffic.Param, request: Request) -> list[RequestProblem]:
        where = f"/{p.location}/{escape(p.name)}"
        schema = self._schema(p.schema_pointer)
        try:
            kind = "primitive" if p.json_content else kind_of(schema, self.doc)
            value = read(p, kind, schema, request)
        except ValueError as exc:
            return [RequestProblem(where, str(exc))]
        if value is None:
            if p.required:
                return [RequestProblem(where, f"required {p.location} parameter is missing")]
            return []
        if p.schema_pointer is None:
            return []
        if p.json_content:
            try:
                value = json.loads(value)
            except (TypeError, ValueError):
                return [RequestProblem(where, "is not JSON")]
        else:
            value = coerce(value, schema, self.doc)
        return [
            RequestProblem(where + at, message)
            for at, message in self.schemas.located(p.schema_pointer, value)
        ]

    def _schema(self, pointer: str | None) -> dict[str, Any]:
        schema = traffic.lookup_or_none(self.doc, pointer) if pointer else None
        return deref(self.doc, schema)

    # --- bodies -------------------------------------------------------------------------------

    def _body(
        self, op: traffic.Route, body: Mapping[str, Any], request: Request
    ) -> list[RequestProblem]:
        if not request.body:
            required = body.get("required")
            return (
                [RequestProblem("/body", "the request body is required", "body")]
                if required
                else []
            )
        mt = request.headers.get("content-type", "")
        found = traffic.find_media(body.get("content") or {}, mt)
        if found is None:
            documented = ", ".join(body.get("content") or {})
            message = f"media type {traffic.media_type(mt) or '(none)'!r} is not documented ({documented})"
            return [RequestProblem("/header/content-type", message, "body")]
        media_key, media = found
        ptr = f"{op.pointer}/requestBody/content/{escape(media_key)}/schema"
        try:
            value = self._decode(traffic.media_type(mt), mt, media, request.body)
        except ValueError as exc:
            return [RequestProblem("/body", str(exc), "body")]
        if value is _UNCHECKED or "schema" not in media:
            return []
        return [
            RequestProblem("/body" + at, message, "body")
            for at, message in self.schemas.located(ptr, value)
        ]

    def _decode(self, mt: str, content_type: str, media: Mapping[str, Any], raw: bytes) -> Any:
        schema = deref(self.doc, media.get("schema"))
        if traffic.is_json(mt):
            try:
                return json.loads(raw)
            except ValueError:
                raise ValueError("the body is not JSON") from None
        if mt == FORM_MEDIA:
            text = raw.decode("utf-8", errors="replace")
            return self._fields(parse_qsl(text, keep_blank_values=True), schema, media)
        if mt == MULTIPART_MEDIA:
            return self._fields(_parts(content_type, raw), schema, media)
        if mt.endswith("/xml") or mt.endswith("+xml"):
            return from_xml(self.doc, media.get("schema"), raw, self._coerce)
        return _UNCHECKED

    def _coerce(self, text: str, schema: Any) -> Any:
        return coerce(text, deref(self.doc, schema), self.doc)

    def _fields(
        self, pairs: list[tuple[str, Any]], schema: dict[str, Any], media: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Form or multipart fields as the object their schema describes."""
        props = schema.get("properties") or {}
        encoding = media.get("encoding") or {}
        out: dict[str, Any] = {}
        for name in dict.fromkeys(k for k, _ in pairs):
            values = [v for k, v in pairs if k == name]
            sub = deref(self.doc, props.get(name))
            enc = encoding.get(name)
            enc = enc if isinstance(enc, dict) else {}
            if kind_of(sub, self.doc) == "array":
                items = deref(self.doc, sub.get("items"))
                if enc.get("explode") is False and len(values) == 1 and isinstance(values[0], str):
                    values = values[0].split(",")
                out[name] = [
                    f for v in values if (f := _field(v, items, self.doc)) is not _UNCHECKED
                ]
            elif (f := _field(values[0], sub, self.doc)) is not _UNCHECKED:
                out[name] = f
        for name in schema.get("required") or []:
            # a form cannot spell an empty array: a required array left out is one
            if name not in out and kind_of(deref(self.doc, props.get(name)), self.doc) == "array":
                out[name] = []
        return out

    # --- credentials --------------------------------------------------------------------------

    def unauthorised(self, op: traffic.Route, request: Request) -> str | None:
        """The ``WWW-Authenticate`` challenge when no security requirement of the operation is
        met, else ``None``."""
        item = traffic.lookup_or_none(self.doc, op.pointer) or {}
        requirements = item.get("security", self.doc.get("security"))
        if not isinstance(requirements, list) or not requirements:
            return None
        schemes = (self.doc.get("components") or {}).get("securitySchemes") or {}
        challenges: list[str] = []
        for requirement in requirements:
            if not isinstance(requirement, dict):
                continue
            missing = [
                _challenge(schemes.get(name) or {})
                for name in requirement
                if not _presented(schemes.get(name) or {}, request)
            ]
            if not missing:
                return None
            challenges += missing
        return ", ".join(dict.fromkeys(challenges)) or None


_UNCHECKED = object()


def _presented(scheme: Mapping[str, Any], request: Request) -> bool:
    kind = scheme.get("type")
    if kind == "apiKey":
        name = str(scheme.get("name", ""))
        where = scheme.get("in")
        if where == "header":
            return bool(request.headers.get(name.lower()))
        if where == "query":
            return any(k == name and v for k, v in request.query)
        return bool(request.cookies.get(name)) if where == "cookie" else True
    if kind in ("http", "oauth2", "openIdConnect"):
        auth = request.headers.get("authorization", "")
        wanted = str(scheme.get("scheme") or "bearer") if kind == "http" else "bearer"
        if auth.strip().strip("<>[]").upper() == "REDACTED":  # a recording hid the credential
            return True
        given, _, credentials = auth.partition(" ")
        return given.lower() == wanted.lower() and bool(credentials.strip())
    return True  # mutualTLS and unknown schemes cannot be seen in a request


def _challenge(scheme: Mapping[str, Any]) -> str:
    kind = scheme.get("type")
    if kind == "apiKey":
        return f'ApiKey realm="mock", in="{scheme.get("in")}", name="{scheme.get("name")}"'
    name = str(scheme.get("scheme") or "bearer") if kind == "http" else "bearer"
    return f'{name[:1].upper()}{name[1:].lower()} realm="mock"'


def _parts(content_type: str, raw: bytes) -> list[tuple[str, Any]]:
    head = f"Content-Type: {content_type}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + raw)
    if not message.is_multipart():
        raise ValueError("the body is not multipart/form-data (no boundary)")
    out: list[tuple[str, Any]] = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            raise ValueError("a multipart part has no name")
        data = part.get_payload(decode=True) or b""
        if part.get_filename() is not None or not isinstance(data, bytes):
            out.append((name, _BINARY))
        elif traffic.is_json(part.get_content_type()):
            try:
                out.append((name, json.loads(data)))
            except ValueError:
                raise ValueError(f"multipart part {name!r} is not JSON") from None
        else:
            out.append((name, data.decode("utf-8", errors="replace")))
    return out


_BINARY = ""  # a file part stands as a string: binary schemas accept any


def _field(value: Any, schema: dict[str, Any], doc: Mapping[str, Any]) -> Any:
    """A form field as its schema's value. An object field is JSON (the default encoding for
    objects); one that is not cannot be read, and is left unchecked."""
    if not isinstance(value, str):
        return value
    if kind_of(schema, doc) == "object":
        try:
            found = json.loads(value)
        except ValueError:
            return _UNCHECKED
        return found if isinstance(found, dict) else _UNCHECKED
    return coerce(value, schema, doc)
