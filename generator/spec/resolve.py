"""Stage 3: one normalised document.

* parameters, request bodies, responses, headers and path items that are ``$ref``s are inlined
  (schemas are not: a ``$ref`` to a schema names a declaration);
* every schema ``$ref`` is rewritten to a local JSON pointer, including references through
  ``$id`` URIs and ``$anchor`` names;
* OpenAPI 3.0 schemas are rewritten in 3.1 terms: ``nullable`` becomes a ``null`` type (or an
  ``anyOf`` with null beside a ``$ref``), boolean ``exclusiveMinimum``/``exclusiveMaximum``
  become numbers.
"""

from __future__ import annotations

import copy
from typing import Any

from ..model.diagnostics import ERROR, WARNING, Diagnostic, escape
from .schema_repairs import exclusive_bounds_as_numbers
from .walk import item_operations, iter_document_schemas, lookup


def _index_ids(schemas: list[tuple[str, dict[str, Any]]]) -> dict[str, str]:
    """``$id`` URIs and ``$anchor`` names of ``schemas`` (a document's) -> local pointers."""
    index: dict[str, str] = {}
    for ptr, schema in schemas:
        sid = schema.get("$id")
        if isinstance(sid, str):
            index[sid] = "#" + ptr
            index[sid.rstrip("/").rsplit("/", 1)[-1]] = "#" + ptr
            anchor = schema.get("$anchor")
            if isinstance(anchor, str):
                index[f"{sid}#{anchor}"] = "#" + ptr
        anchor = schema.get("$anchor")
        if isinstance(anchor, str):
            index.setdefault("#" + anchor, "#" + ptr)
    return index


def canonical_ref(ref: str, ids: dict[str, str]) -> str | None:
    if ref.startswith("#/") or ref == "#":
        return ref
    if ref in ids:
        return ids[ref]
    if "#" in ref:
        base, frag = ref.split("#", 1)
        if base in ids and frag.startswith("/"):
            return ids[base] + frag
        if ("#" + frag) in ids:
            return ids["#" + frag]
        base_name = base.rstrip("/").rsplit("/", 1)[-1]
        if base_name in ids:
            return ids[base_name]
    return None


def resolve(
    doc: dict[str, Any], *, in_place: bool = False
) -> tuple[dict[str, Any], list[Diagnostic]]:
    """Return a normalised deep copy of ``doc`` (``doc`` itself, normalised, with ``in_place``:
    for a caller that holds the only reference) and the problems found on the way."""
    if not in_place:
        doc = copy.deepcopy(doc)
    diags: list[Diagnostic] = []
    is30 = str(doc.get("openapi", "")).startswith("3.0")
    schemas = list(iter_document_schemas(doc))
    ids = _index_ids(schemas)

    # Schema references through $id/$anchor become local pointers.
    for ptr, schema in schemas:
        ref = schema.get("$ref")
        if isinstance(ref, str) and not ref.startswith("#/"):
            local = canonical_ref(ref, ids)
            if local is None:
                diags.append(
                    Diagnostic(
                        WARNING,
                        f"cannot follow $ref {ref!r} (only references within this document are"
                        " read); the schema is taken as free-form",
                        ptr,
                    )
                )
                del schema["$ref"]
            else:
                schema["$ref"] = local
        if isinstance(ref, str) and ref.startswith("#/"):
            try:
                lookup(doc, ref)
            except (KeyError, IndexError, ValueError):
                by_id = ids.get(ref[1:])
                if by_id is not None:
                    schema["$ref"] = by_id
                    diags.append(
                        Diagnostic(
                            WARNING,
                            f"$ref {ref!r} is no JSON pointer in this document, but names a "
                            f"schema's $id; using that schema ({by_id})",
                            ptr,
                        )
                    )
                else:
                    diags.append(Diagnostic(ERROR, f"$ref {ref!r} points at nothing", ptr))
        _normalise_schema(schema, is30)

    _inline_component_refs(doc, diags)
    return doc, diags


def _normalise_schema(schema: dict[str, Any], is30: bool) -> None:
    parts = schema.get("allOf")
    if isinstance(parts, list) and any(_only_nullable(p) for p in parts):
        # ``allOf: [{$ref: X}, {nullable: true, description: ...}]``: a part that only says
        # "nullable" makes the whole allOf nullable (it has no type of its own to apply to).
        for part in parts:
            if _only_nullable(part):
                del part["nullable"]
        schema["nullable"] = True
    if schema.get("nullable") is True:
        del schema["nullable"]
        if "$ref" in schema:
            ref = schema.pop("$ref")
            schema["anyOf"] = [{"$ref": ref}, {"type": "null"}]
        elif isinstance(schema.get("type"), str):
            schema["type"] = [schema["type"], "null"]
        elif isinstance(schema.get("type"), list):
            if "null" not in schema["type"]:
                schema["type"] = [*schema["type"], "null"]
        elif any(k in schema for k in ("oneOf", "anyOf")):
            key = "oneOf" if "oneOf" in schema else "anyOf"
            schema[key] = [*schema[key], {"type": "null"}]
        elif "allOf" in schema:
            # What the schema says beside ``allOf`` (``required``, ``properties``...) belongs to
            # the non-null branch; only annotations stay outside.
            inner = {
                k: schema.pop(k)
                for k in list(schema)
                if k not in ANNOTATIONS and not k.startswith("x-")
            }
            schema["anyOf"] = [inner, {"type": "null"}]
        if isinstance(schema.get("enum"), list) and None not in schema["enum"]:
            schema["enum"] = [*schema["enum"], None]
    elif "nullable" in schema:
        del schema["nullable"]
    exclusive_bounds_as_numbers(schema)
    if is30 and "example" in schema and "examples" not in schema:
        pass  # ``example`` is kept as it is: 3.1 still allows it.


def _only_nullable(part: Any) -> bool:
    """An ``allOf`` part that is ``nullable: true`` plus annotations only."""
    return (
        isinstance(part, dict)
        and part.get("nullable") is True
        and all(k == "nullable" or k in ANNOTATIONS or k.startswith("x-") for k in part)
    )


ANNOTATIONS = frozenset(
    (
        "title",
        "description",
        "example",
        "examples",
        "default",
        "deprecated",
        "readOnly",
        "writeOnly",
        "externalDocs",
    )
)
"""Schema keywords that describe a value without constraining it."""

REF_SECTIONS = {
    "parameters": "parameters",
    "requestBody": "requestBodies",
    "responses": "responses",
    "headers": "headers",
    "examples": "examples",
    "links": "links",
    "callbacks": "callbacks",
    "pathItems": "pathItems",
}


def _follow(
    doc: Any, obj: Any, ptr: str, diags: list[Diagnostic], seen: frozenset[str] = frozenset()
) -> Any:
    """Follow a chain of non-schema ``$ref``s to the object they name."""
    while isinstance(obj, dict) and isinstance(obj.get("$ref"), str):
        ref = obj["$ref"]
        if ref in seen or not ref.startswith("#/"):
            diags.append(Diagnostic(ERROR, f"cannot follow $ref {ref!r}", ptr))
            return {}
        seen = seen | {ref}
        try:
            obj = lookup(doc, ref)
        except (KeyError, IndexError, ValueError):
            diags.append(Diagnostic(ERROR, f"$ref {ref!r} points at nothing", ptr))
            return {}
    return obj


def _inline_component_refs(doc: dict[str, Any], diags: list[Diagnostic]) -> None:
    for section in ("paths", "webhooks"):
        items = doc.get(section)
        if not isinstance(items, dict):
            continue
        for path, item in list(items.items()):
            ip = f"/{section}/{escape(path)}"
            item = _follow(doc, item, ip, diags)
            items[path] = item
            if not isinstance(item, dict):
                continue
            _inline_params(doc, item, ip, diags)
            for _, op_ptr, op in item_operations(item, ip):
                _inline_operation(doc, op, op_ptr, diags)


def _inline_operation(
    doc: dict[str, Any], op: dict[str, Any], op_ptr: str, diags: list[Diagnostic]
) -> None:
    _inline_params(doc, op, op_ptr, diags)
    if "requestBody" in op:
        op["requestBody"] = _follow(doc, op["requestBody"], f"{op_ptr}/requestBody", diags)
    resps = op.get("responses")
    if isinstance(resps, dict):
        for code in list(resps):
            r = _follow(doc, resps[code], f"{op_ptr}/responses/{escape(str(code))}", diags)
            if isinstance(r, dict) and isinstance(r.get("headers"), dict):
                r = dict(r)
                r["headers"] = {
                    k: _follow(doc, v, f"{op_ptr}/responses/{code}/headers/{k}", diags)
                    for k, v in r["headers"].items()
                }
            resps[code] = r


def _inline_params(
    doc: dict[str, Any], holder: dict[str, Any], ptr: str, diags: list[Diagnostic]
) -> None:
    params = holder.get("parameters")
    if isinstance(params, list):
        holder["parameters"] = [
            _follow(doc, p, f"{ptr}/parameters/{i}", diags) for i, p in enumerate(params)
        ]
