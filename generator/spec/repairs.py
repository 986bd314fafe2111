"""Slips real specs make whose intent is clear, and which both openapi-python-client and
openapi-generator read: each rule is one function that fixes the document in place and returns a
warning for each place it fixed (or an error where the intent is not clear after all).

``validate.repair`` runs :data:`RULES` in order after its own repairs; ``--strict`` makes every
warning an error.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from ..model.diagnostics import ERROR, WARNING, Diagnostic, escape
from .schema_repairs import schema_notes
from .walk import HTTP_METHODS, media_types, operations, path_items, responses

Rule = Callable[[dict[str, Any]], list[Diagnostic]]


def _is30(doc: dict[str, Any]) -> bool:
    return str(doc.get("openapi", "")).startswith("3.0")


def _operations(doc: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(pointer, operation)`` for every operation under ``paths`` and ``webhooks``."""
    for found in operations(doc, with_refs=False):
        yield found.pointer, found.op


def _path_items(doc: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for _, ptr, item in path_items(doc, with_refs=False):
        yield ptr, item


def _parameters(doc: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every inline Parameter Object (not a ``$ref``) with its pointer."""
    holders = [*_path_items(doc), *_operations(doc)]
    for ptr, holder in holders:
        params = holder.get("parameters")
        if isinstance(params, list):
            for i, p in enumerate(params):
                if isinstance(p, dict) and "$ref" not in p:
                    yield f"{ptr}/parameters/{i}", p
    comps = doc.get("components")
    section = comps.get("parameters") if isinstance(comps, dict) else None
    if isinstance(section, dict):
        for name, p in section.items():
            if isinstance(p, dict) and "$ref" not in p:
                yield f"/components/parameters/{escape(str(name))}", p


def _responses(doc: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every inline Response Object (not a ``$ref``) with its pointer."""
    for found in operations(doc, with_refs=False):
        for _, ptr, r in responses(found):
            if "$ref" not in r:
                yield ptr, r
    comps = doc.get("components")
    section = comps.get("responses") if isinstance(comps, dict) else None
    if isinstance(section, dict):
        for name, r in section.items():
            if isinstance(r, dict) and "$ref" not in r:
                yield f"/components/responses/{escape(str(name))}", r


def version_without_patch(doc: dict[str, Any]) -> list[Diagnostic]:
    """``openapi: 3.0`` (or ``3.1``): the patch number left out."""
    version = str(doc.get("openapi", ""))
    if not re.fullmatch(r"3\.[01]", version):
        return []
    doc["openapi"] = f"{version}.0"
    return [
        Diagnostic(
            WARNING,
            f"openapi version {version!r} has no patch number; read as {version}.0",
            "/openapi",
        )
    ]


def info_version_not_string(doc: dict[str, Any]) -> list[Diagnostic]:
    """``version: 1.0`` under ``info``: YAML reads a number, OpenAPI wants a string."""
    info = doc.get("info")
    if not isinstance(info, dict) or isinstance(info.get("version"), str | None):
        return []
    if isinstance(info["version"], dict | list | bool):
        return []
    info["version"] = str(info["version"])
    return [
        Diagnostic(
            WARNING,
            f"info.version is a number; read as the string {info['version']!r} (quote it)",
            "/info/version",
        )
    ]


def document_without_paths(doc: dict[str, Any]) -> list[Diagnostic]:
    """A 3.0 document with components but no ``paths`` (3.1 allows that): no operations."""
    if "paths" in doc or "webhooks" in doc or not _is30(doc):
        return []
    doc["paths"] = {}
    return [Diagnostic(WARNING, "the document has no 'paths' (it is required); no operations")]


def operation_without_responses(doc: dict[str, Any]) -> list[Diagnostic]:
    """An operation whose ``responses`` is empty (or, in 3.0, missing): read as one response
    without content, as in 3.1, where ``responses`` may be left out."""
    diags = []
    for ptr, op in _operations(doc):
        resps = op.get("responses")
        if resps == {} or ("responses" not in op and _is30(doc)):
            op["responses"] = {"default": {"description": ""}}
            diags.append(
                Diagnostic(
                    WARNING,
                    "operation documents no response; read as one response without content",
                    f"{ptr}/responses" if resps == {} else ptr,
                )
            )
    return diags


STATUS_KEY = re.compile(r"^(default|[1-5][0-9]{2}|[1-5]XX|x-.*)$")


def status_key_case(doc: dict[str, Any]) -> list[Diagnostic]:
    """``4xx`` and ``Default`` as response keys: the upper-case range, the lower-case default."""
    diags = []
    for ptr, op in _operations(doc):
        resps = op.get("responses")
        if not isinstance(resps, dict):
            continue
        for code in list(resps):
            fixed = "default" if code.lower() == "default" else code.upper()
            if fixed != code and STATUS_KEY.match(fixed) and fixed not in resps:
                resps[fixed] = resps.pop(code)
                diags.append(
                    Diagnostic(
                        WARNING,
                        f"response key {code!r} read as {fixed!r}",
                        f"{ptr}/responses/{escape(code)}",
                    )
                )
    return diags


def invalid_status_keys(doc: dict[str, Any]) -> list[Diagnostic]:
    """A response key that is no status code, range or ``default``: an error, named at the key
    (the key is dropped so that the validator does not report the same place again)."""
    diags = []
    for ptr, op in _operations(doc):
        resps = op.get("responses")
        if not isinstance(resps, dict):
            continue
        for code in list(resps):
            if not STATUS_KEY.match(code):
                del resps[code]
                diags.append(
                    Diagnostic(
                        ERROR,
                        f"{code!r} is not a response status: use a code such as 200, a range"
                        " such as 4XX, or default",
                        f"{ptr}/responses/{escape(code)}",
                    )
                )
    return diags


def response_without_description(doc: dict[str, Any]) -> list[Diagnostic]:
    """A Response Object without its required ``description``."""
    diags = []
    for ptr, r in _responses(doc):
        if "description" not in r:
            r["description"] = ""
            diags.append(Diagnostic(WARNING, "response has no description (it is required)", ptr))
    return diags


def parameter_without_schema(doc: dict[str, Any]) -> list[Diagnostic]:
    """A parameter with neither ``schema`` nor ``content``: read as a string."""
    diags = []
    for ptr, p in _parameters(doc):
        if "schema" not in p and "content" not in p:
            p["schema"] = {"type": "string"}
            diags.append(Diagnostic(WARNING, "parameter has no schema; read as a string", ptr))
    return diags


def path_parameter_not_required(doc: dict[str, Any]) -> list[Diagnostic]:
    """A path parameter without ``required: true``: a path parameter is always required."""
    diags = []
    for ptr, p in _parameters(doc):
        if p.get("in") == "path" and p.get("required") is not True:
            where = f"{ptr}/required" if "required" in p else ptr
            p["required"] = True
            diags.append(
                Diagnostic(
                    WARNING,
                    "path parameter is not marked 'required: true'; read as required",
                    where,
                )
            )
    return diags


_FIELDS_31: dict[str, frozenset[str]] = {
    "document": frozenset(
        "openapi info jsonSchemaDialect servers paths webhooks components security tags"
        " externalDocs".split()
    ),
    "info": frozenset("title summary description termsOfService contact license version".split()),
    "path item": frozenset(
        ["$ref", "summary", "description", "servers", "parameters", *HTTP_METHODS]
    ),
    "operation": frozenset(
        "tags summary description externalDocs operationId parameters requestBody responses"
        " callbacks deprecated security servers".split()
    ),
    "parameter": frozenset(
        "name in description required deprecated allowEmptyValue style explode allowReserved"
        " schema example examples content".split()
    ),
    "request body": frozenset("description content required".split()),
    "response": frozenset("description headers content links".split()),
    "media type": frozenset("schema example examples encoding".split()),
    "components": frozenset(
        "schemas responses parameters examples requestBodies headers securitySchemes links"
        " callbacks pathItems".split()
    ),
}
_ONLY_31 = {
    "document": {"jsonSchemaDialect", "webhooks"},
    "info": {"summary"},
    "components": {"pathItems"},
}


def _objects(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """``(kind, pointer, object)`` for the spec objects whose fields :data:`_FIELDS_31` lists."""
    yield "document", "", doc
    for kind, key in (("info", "info"), ("components", "components")):
        if isinstance(doc.get(key), dict):
            yield kind, f"/{key}", doc[key]
    for ptr, item in _path_items(doc):
        yield "path item", ptr, item
    for ptr, op in _operations(doc):
        yield "operation", ptr, op
        body = op.get("requestBody")
        if isinstance(body, dict) and "$ref" not in body:
            yield "request body", f"{ptr}/requestBody", body
            yield from _media_types(body, f"{ptr}/requestBody")
    for ptr, p in _parameters(doc):
        yield "parameter", ptr, p
    for ptr, r in _responses(doc):
        yield "response", ptr, r
        yield from _media_types(r, ptr)


def _media_types(holder: dict[str, Any], ptr: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for _, media_ptr, obj in media_types(holder.get("content"), f"{ptr}/content"):
        yield "media type", media_ptr, obj


def unknown_object_keys(doc: dict[str, Any]) -> list[Diagnostic]:
    """A key OpenAPI does not define (and not an ``x-`` extension) on an object that is not a
    schema, such as a ``title`` on an operation: ignored."""
    diags = []
    is30 = _is30(doc)
    for kind, ptr, obj in list(_objects(doc)):
        known = _FIELDS_31[kind] - (_ONLY_31.get(kind, set()) if is30 else set())
        for key in [k for k in obj if k not in known and not str(k).startswith("x-")]:
            del obj[key]
            diags.append(
                Diagnostic(
                    WARNING,
                    f"{key!r} is not a field of {'an' if kind[0] in 'aeiou' else 'a'} {kind}"
                    f" in OpenAPI {'3.0' if is30 else '3.1'}; ignored",
                    f"{ptr}/{escape(str(key))}",
                )
            )
    return diags


RULES: tuple[Rule, ...] = (
    version_without_patch,
    info_version_not_string,
    document_without_paths,
    operation_without_responses,
    status_key_case,
    invalid_status_keys,
    response_without_description,
    parameter_without_schema,
    path_parameter_not_required,
    unknown_object_keys,
    schema_notes,
)


def apply(doc: dict[str, Any]) -> list[Diagnostic]:
    """Every rule in turn on ``doc`` (changed in place)."""
    diags: list[Diagnostic] = []
    for rule in RULES:
        diags += rule(doc)
    return diags
