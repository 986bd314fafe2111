"""openapi-spec-validator's errors as diagnostics a person reads: one line each, at the deepest
place that is wrong.

A ``oneOf``/``anyOf`` failure of the OpenAPI schema (a response or parameter that fits neither a
Reference nor its own object) is checked again with jsonschema to find the branch that came
closest and what is wrong inside it; an unknown key is named at the key; the errors of the
validator's own keyword checks, which carry no path, are given the place they were found.
"""

from __future__ import annotations

import re
from typing import Any

from ..model.diagnostics import ERROR, WARNING, Diagnostic, escape


def located_keyword(cls: Any) -> Any:
    """``cls`` (one of openapi-spec-validator's keyword checks), with each error it yields
    tagged with the place it was found (those errors carry no path of their own): the first
    spec object among the arguments, plus ``default`` for the check of a schema's default."""
    from jsonschema_path import SchemaPath

    def located(self: Any, *args: Any, **kwargs: Any) -> Any:
        for err in cls.__call__(self, *args, **kwargs):
            if getattr(err, "openapi_where", None) is None:  # the place, looked up only now
                place = next((a.parts for a in args if isinstance(a, SchemaPath)), None)
                if place is not None:
                    err.openapi_default = isinstance(self, _value_validator_class())
                    where = (*place, "default") if err.openapi_default else tuple(place)
                    err.openapi_where = where
            yield err

    return type(cls.__name__, (cls,), {"__call__": located})


def _value_validator_class() -> type:
    from openapi_spec_validator.validation.keywords import ValueValidator

    return ValueValidator


def first_words(text: str) -> str:
    """The start of an exception's text, without the dump of the whole document some carry."""
    text = text.split(" does not exist within", 1)[0] + (
        " does not exist" if " does not exist within" in text else ""
    )
    return text if len(text) <= 120 else text[:117] + "..."


def without_repeats(diags: list[Diagnostic]) -> list[Diagnostic]:
    seen: set[tuple[str, str]] = set()
    out = []
    for d in diags:
        if (d.pointer, d.message) not in seen:
            seen.add((d.pointer, d.message))
            out.append(d)
    return out


def diagnostic(doc: dict[str, Any], err: Any) -> Diagnostic:
    """One validator error as one readable line at the deepest place that is wrong."""
    where = getattr(err, "openapi_where", None)
    if where is None:
        where = tuple(getattr(err, "absolute_path", None) or getattr(err, "path", None) or ())
    else:
        where = (*where, *(getattr(err, "absolute_path", None) or ()))
    level = ERROR
    if _is_choice(err):
        where, err = _deepest_choice(doc, where, err)
    message = str(getattr(err, "message", None) or err).splitlines()[0]
    unexpected = re.search(r"\('([^']*)' was unexpected\)", message) or re.match(
        r"^'([^']*)' does not match any of the regexes", message
    )
    if unexpected:
        key = unexpected.group(1)
        where = (*where, key)
        message = f"unknown key {key!r}: not allowed here"
    elif getattr(err, "openapi_default", False) and getattr(err, "validator", None) == "format":
        level = WARNING
        message = f"default {message}; documentation only, not checked further"
    message = _shorten_instance(message)
    return Diagnostic(level, message[:500], "".join("/" + escape(str(p)) for p in where))


def _is_choice(err: Any) -> bool:
    path = list(getattr(err, "schema_path", None) or ())
    return bool(path) and path[-1] in ("oneOf", "anyOf") and isinstance(err.schema, dict)


def _deepest_choice(doc: dict[str, Any], where: tuple[Any, ...], err: Any) -> tuple[Any, Any]:
    """A oneOf/anyOf failure of the OpenAPI schema, checked again with jsonschema to find the
    branch that came closest and the deepest place that is wrong in it."""
    from jsonschema.validators import validator_for  # type: ignore[import-untyped]

    try:
        sub = err.schema
        for token in list(err.schema_path)[:-1]:
            sub = sub[token]
        instance: Any = doc
        for token in where:
            instance = instance[token if isinstance(instance, list) else str(token)]
        checker = validator_for(err.schema)(err.schema).evolve(schema=sub)
        best = min(checker.iter_errors(instance), key=_depth, default=None)
    except Exception:  # noqa: BLE001 - keep the validator's own report
        return where, err
    if best is None:
        return where, err
    while best.context:
        ranked = sorted(best.context, key=_depth)
        if len(ranked) > 1 and _depth(ranked[0]) == _depth(ranked[1]):
            best = _Alternatives(best, [e for e in ranked if _depth(e) == _depth(ranked[0])])
            break
        best = ranked[0]
    return (*where, *best.absolute_path), best


class _Alternatives:
    """Branches of a oneOf/anyOf that fail equally deep: one message naming what each lacks
    (``'body' is not one of ['path', 'query', ...]`` when each allows other values)."""

    def __init__(self, err: Any, tied: list[Any]) -> None:
        self.absolute_path = err.absolute_path
        self.instance = err.instance
        self.validator = err.validator
        paths = {tuple(e.absolute_path) for e in tied}
        if len(paths) == 1:
            self.absolute_path = tied[0].absolute_path
            self.instance = tied[0].instance
        branches = {next(iter(e.relative_schema_path), None) for e in tied}
        reasons = list(dict.fromkeys(str(e.message).splitlines()[0] for e in tied))
        if len(paths) == 1 and all(e.validator == "enum" for e in tied):
            allowed = [v for e in tied for v in e.validator_value]
            self.message = f"{self.instance!r} is not one of {allowed!r}"
        elif len(branches) == 1:
            self.message = "; ".join(reasons)
        else:
            self.message = "fits none of the alternatives: " + "; or ".join(reasons)


def _depth(err: Any) -> tuple[int, bool]:
    """Rank oneOf branches by how far into the instance they got before failing (the deepest
    first); a branch that only says ``$ref`` is missing (the Reference Object alternative)
    comes last."""
    deepest = max([len(e.absolute_path) for e in [err, *_leaves(err)]], default=0)
    return -deepest, err.validator == "required" and "'$ref'" in str(err.message)


def _leaves(err: Any) -> list[Any]:
    out = []
    for c in err.context or ():
        out.append(c)
        out.extend(_leaves(c))
    return out


def _shorten_instance(message: str) -> str:
    """Replace a long dump of the offending value at the start of a message by 'the value'."""
    m = re.match(r"^(\{.{60,}?\}|\[.{60,}?\]) (is|should|does)", message)
    if m:
        return "the value" + message[len(m.group(1)) :]
    return message
