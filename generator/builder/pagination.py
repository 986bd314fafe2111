"""Paging: how an operation's next page is asked for, read from the spec and laid out for the
templates.

Two sources, nothing guessed beyond them:

- ``x-speakeasy-pagination`` on an operation (types ``offsetLimit``, ``cursor``, ``url``;
  inputs in the parameters or the request body; outputs as simple JSONPath: ``$``,
  ``$.a.b``, ``$.a[0].b``, ``$['a']``);
- a success response that documents a ``Link`` header and whose JSON body is an array: the
  next page is the header's ``rel="next"`` target (RFC 8288), the items are the array.

A description that cannot be followed is left out with one warning naming its place. The
Python names it is followed by are settled by naming (:mod:`generator.naming.paging`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..model import ir, kinds
from ..model.diagnostics import WARNING, Diagnostic, escape
from ..spec.walk import as_mapping

KINDS: tuple[ir.PaginationKind, ...] = ("offsetLimit", "cursor", "url")
ROLES = kinds.PAGE_ROLES
OUTPUTS = {
    "results": "results",
    "nextCursor": "next_cursor",
    "numPages": "num_pages",
    "nextUrl": "next_url",
}

_STEP = re.compile(r"""\.([A-Za-z_$][\w$-]*)|\[(-?\d+)\]|\[(?:'([^']*)'|"([^"]*)")\]""")


def parse_path(text: str) -> tuple[str | int, ...] | None:
    """The steps of a simple JSONPath (``$``, ``$.a.b``, ``$.a[0].b``, ``$['a-b']``); ``None``
    for anything else (wildcards, filters, slices, recursive descent)."""
    if not text.startswith("$"):
        return None
    steps: list[str | int] = []
    pos = 1
    while pos < len(text):
        m = _STEP.match(text, pos)
        if m is None:
            return None
        name, index, quoted1, quoted2 = m.groups()
        if index is not None:
            steps.append(int(index))
        else:
            steps.append(name if name is not None else quoted1 if quoted1 is not None else quoted2)
        pos = m.end()
    return tuple(steps)


def from_operation(
    op: dict[str, Any],
    params: tuple[ir.Param, ...],
    body: ir.Body | None,
    responses: tuple[ir.Response, ...],
    decls: dict[str, ir.Decl],
    ptr: str,
    diags: list[Diagnostic],
) -> ir.Pagination | None:
    """The operation's paging, or ``None`` (with a warning when a description is unusable)."""
    ext = op.get("x-speakeasy-pagination")
    if ext is None:
        return _link_header(op, responses)
    where = f"{ptr}/x-speakeasy-pagination"

    def warn(message: str, place: str = where) -> None:
        diags.append(Diagnostic(WARNING, message, place))

    kind = kinds.member(ext.get("type"), KINDS) if isinstance(ext, dict) else None
    if not isinstance(ext, dict) or kind is None:
        found = ext.get("type") if isinstance(ext, dict) else None
        warn(
            f"pagination type {found!r} is not one of {', '.join(KINDS)}; the operation does not page"
        )
        return None
    if not any(r.kind == "json" for r in responses) or any(
        r.kind in ("sse", "jsonl") for r in responses
    ):
        warn(
            "pagination needs a JSON success response (and no stream); the operation does not page"
        )
        return None
    inputs = _inputs(ext, params, body, decls, where, warn)
    outputs = _outputs(ext, where, warn)
    missing = _missing(kind, {i.role for i in inputs}, outputs)
    if missing:
        warn(f"{kind} pagination needs {missing}; the operation does not page")
        return None
    return ir.Pagination(kind=kind, inputs=tuple(inputs), **outputs)


Warn = Callable[..., None]


def _inputs(
    ext: dict[str, Any],
    params: tuple[ir.Param, ...],
    body: ir.Body | None,
    decls: dict[str, ir.Decl],
    where: str,
    warn: Warn,
) -> list[ir.PageInput]:
    inputs: list[ir.PageInput] = []
    given = ext.get("inputs")
    if given is not None and not isinstance(given, list):
        warn("inputs must be a list of {name, in, type}; inputs ignored", f"{where}/inputs")
    for i, raw in enumerate(given if isinstance(given, list) else []):
        place = f"{where}/inputs/{i}"
        role = kinds.member(raw.get("type"), ROLES) if isinstance(raw, dict) else None
        if not isinstance(raw, dict) or role is None:
            warn(f"input type must be one of {', '.join(ROLES)}; input ignored", place)
            continue
        name, location = str(raw.get("name") or ""), raw.get("in")
        if location == "parameters" and any(p.wire == name for p in params):
            inputs.append(ir.PageInput(role, "param", name))
        elif location == "requestBody" and body_field(body, decls, name):
            inputs.append(ir.PageInput(role, "body", name))
        else:
            warn(
                f"input {name!r} ({location}) names no parameter or request body property "
                "of the operation; input ignored",
                place,
            )
    return inputs


def _outputs(ext: dict[str, Any], where: str, warn: Warn) -> dict[str, tuple[str | int, ...]]:
    outputs: dict[str, tuple[str | int, ...]] = {}
    for key, value in as_mapping(ext.get("outputs")).items():
        place = f"{where}/outputs/{escape(str(key))}"
        if key not in OUTPUTS:
            warn(f"output {key!r} is not one of {', '.join(OUTPUTS)}; ignored", place)
            continue
        steps = parse_path(value) if isinstance(value, str) else None
        if steps is None:
            warn(
                f"JSONPath {value!r} is not supported (only $.a.b, $.a[0].b and $['a'] "
                "forms); output ignored",
                place,
            )
            continue
        outputs[OUTPUTS[key]] = steps
    return outputs


def _missing(kind: str, roles: set[str], outputs: dict[str, Any]) -> str:
    """What a ``kind`` pagination lacks to be usable ("" when nothing)."""
    if kind == "offsetLimit" and not roles & {"offset", "page"}:
        return "an offset or page input"
    if kind == "offsetLimit" and "offset" in roles and "results" not in outputs:
        return "a results output (the offset grows by the number of results)"
    if kind == "offsetLimit" and not outputs.keys() & {"results", "num_pages"}:
        return "a results or numPages output (to know when to stop)"
    if kind == "cursor" and not ("cursor" in roles and "next_cursor" in outputs):
        return "a cursor input and a nextCursor output"
    if kind == "url" and "next_url" not in outputs:
        return "a nextUrl output"
    return ""


def body_field(body: ir.Body | None, decls: dict[str, ir.Decl], wire: str) -> ir.Field | None:
    """The request body model's field for the property ``wire``, if the body is a model."""
    if body is None or not isinstance(body.type, ir.Ref):
        return None
    decl = decls.get(body.type.key)
    if not isinstance(decl, ir.Model):
        return None
    return next((f for f in decl.fields if f.wire == wire), None)


def _link_header(op: dict[str, Any], responses: tuple[ir.Response, ...]) -> ir.Pagination | None:
    """``link`` paging where it is unambiguous: a 2XX response documents a ``Link`` header
    and its JSON body is an array (the page's items)."""
    for code, raw in (op.get("responses") or {}).items():
        if not str(code).startswith("2") or not isinstance(raw, dict):
            continue
        if not any(str(h).lower() == "link" for h in as_mapping(raw.get("headers"))):
            continue
        json_ok = [r for r in responses if r.kind == "json"]
        if len(json_ok) == 1 and not any(r.kind in ("sse", "jsonl") for r in responses):
            t = json_ok[0].type
            if isinstance(t, ir.Nullable):
                t = t.inner
            if isinstance(t, ir.ListOf):
                return ir.Pagination(kind="link", results=())
    return None
