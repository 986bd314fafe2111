"""Stage 2: check the document against the OpenAPI rules.

First the problems real specs often have and whose intent is clear are repaired, each with one
warning naming where it was (duplicate ``required`` entries, a 3.0-style boolean
``exclusiveMinimum`` in 3.1, duplicate operationIds, an unquoted ``$ref`` that YAML read as a
comment). Then openapi-spec-validator checks the repaired document; what it reports is an error.
"""

from __future__ import annotations

import copy
import itertools
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from ..model.diagnostics import ERROR, WARNING, Diagnostic, Position, SpecError, escape
from . import findings, repairs, schema_repairs, validator_speed, walk
from .schema_repairs import (
    SCHEMA_RULES,
    SchemaRule,
    boolean_exclusive_bound,
    null_ref,
    recursive_refs,
)
from .walk import iter_document_schemas

if TYPE_CHECKING:
    from .load import Loaded


def string_keys(value: Any) -> Any:
    """YAML reads ``200:`` as an integer key; OpenAPI means the string. Make every key a string."""
    if isinstance(value, dict):
        return {_key(k): string_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [string_keys(v) for v in value]
    return value


def _key(k: Any) -> str:
    if isinstance(k, bool):
        return "true" if k else "false"
    return k if isinstance(k, str) else str(k)


def check_shape(doc: Any) -> list[Diagnostic]:
    """Is this an OpenAPI 3.x document at all?"""
    if not isinstance(doc, dict):
        return [
            Diagnostic(ERROR, "the document is not a mapping; an OpenAPI document is an object")
        ]
    version = doc.get("openapi")
    if version is None:
        if "swagger" in doc:
            return [
                Diagnostic(
                    ERROR, "Swagger 2.0 is not supported; convert the spec to OpenAPI 3", "/swagger"
                )
            ]
        return [Diagnostic(ERROR, "no 'openapi' field: this is not an OpenAPI document")]
    if not re.match(r"^3\.[01](\.\d+|$)", str(version)):
        return [
            Diagnostic(
                ERROR,
                f"OpenAPI version {version!r} is not supported (3.0.x and 3.1.x are)",
                "/openapi",
            )
        ]
    if not isinstance(doc.get("paths", {}), dict) and "webhooks" not in doc:
        return [Diagnostic(ERROR, "'paths' must be an object", "/paths")]
    return []


def repair(
    doc: dict[str, Any], text: str, lines: Mapping[str, Position] | None, *, in_place: bool = False
) -> tuple[dict[str, Any], list[Diagnostic]]:
    """A copy of ``doc`` with the clear-intent problems fixed, and a warning for each
    (``in_place``: ``doc`` itself, fixed, for a caller that owns it, such as the fresh tree
    :func:`string_keys` returns)."""
    if not in_place:
        doc = copy.deepcopy(doc)
    rules: list[SchemaRule] = [*SCHEMA_RULES]
    if str(doc.get("openapi", "")).startswith("3.1"):
        rules.append(boolean_exclusive_bound)
    diags: list[Diagnostic] = []
    anchors: list[str] = []
    for ptr, schema in list(iter_document_schemas(doc)):
        if schema.get("$recursiveAnchor") is True:
            anchors.append(ptr)
        for rule in rules:
            diags += rule(ptr, schema)
        diags += null_ref(ptr, schema, text, lines)
    recursive_refs(doc, anchors)
    diags += duplicate_operation_ids(doc)
    diags += repairs.apply(doc)
    return doc, diags


def repaired(loaded: Loaded) -> tuple[Loaded, dict[str, Any], list[Diagnostic]]:
    """(load ->) shape check -> repairs: the spec read, without its tree; the tree, repaired;
    the warnings of reading and repairing it. :class:`SpecError` when it is no OpenAPI 3
    document."""
    # A tree of this run's own from here on: string_keys makes a new one; a JSON document's
    # keys are strings already, and nothing else holds its tree.
    doc = loaded.data if loaded.string_keys else string_keys(loaded.data)
    problems = check_shape(doc)
    if problems:
        raise SpecError(loaded.located(problems))
    text = loaded.text
    needs_lines = "$ref: null" in text or "$ref:\n" in text or "$ref: #" in text
    # Repaired in place: see above.
    doc, diags = repair(doc, text, loaded.lines() if needs_lines else None, in_place=True)
    # The tree is the caller's from here on: a Loaded that still held it would keep it alive
    # for as long as the Loaded lives, after the later stages are done with it.
    return attrs.evolve(loaded, data=None), doc, [*loaded.problems, *diags]


def duplicate_operation_ids(doc: dict[str, Any]) -> list[Diagnostic]:
    """An operationId used twice under ``paths``: the later one gets a ``_2`` (``_3`` ...)."""
    diags = []
    seen: dict[str, str] = {}
    for found in walk.operations(doc, ("paths",)):
        op = found.op
        if not isinstance(op.get("operationId"), str):
            continue
        op_id = op["operationId"]
        ptr = f"{found.pointer}/operationId"
        if op_id not in seen:
            seen[op_id] = ptr
            continue
        n = 2
        while f"{op_id}_{n}" in seen:
            n += 1
        op["operationId"] = f"{op_id}_{n}"
        seen[op["operationId"]] = ptr
        diags.append(
            Diagnostic(
                WARNING,
                f"operationId {op_id!r} is already used at #{seen[op_id]}; this one is named {op['operationId']!r}",
                ptr,
            )
        )
    return diags


def prepare() -> None:
    """Import what :func:`validate` needs (openapi-spec-validator, jsonschema-rs): about a
    tenth of a second in the validating child, which spends it once it has handed over the
    document it read."""
    import jsonschema_rs  # noqa: F401 - imported for its time, used by _meta_errors

    _spec_validator(is31=False)


def _spec_validator(is31: bool) -> Any:
    """openapi-spec-validator's validator class, without its per-schema meta-schema check
    (:func:`_schema_meta_errors` does that). Imported here, not at module level: the import is
    slow, and runs in the validating child process."""
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
    from openapi_spec_validator.validation import keywords

    class Schema30(keywords.OpenAPIV30SchemaValidator):
        def __init__(self, registry: Any) -> None:
            super().__init__(registry)
            self.visited_schema_ids = validator_speed.IdList()
            self.meta_checked_schema_ids = validator_speed.IdList()

        def _validate_schema_meta(self, schema: Any, schema_value: Any) -> None:
            return None  # the OpenAPI 3.0 document schema already describes Schema Objects

    class Schema31(keywords.OpenAPIV31SchemaValidator):
        def __init__(self, registry: Any) -> None:
            super().__init__(registry)
            self.visited_schema_ids = validator_speed.IdList()
            self.meta_checked_schema_ids = validator_speed.IdList()

        def _validate_schema_meta(self, schema: Any, schema_value: Any) -> None:
            return None  # done once per schema by _schema_meta_errors, in compiled code

    validator_speed.speed_up_path_lookups()
    base = OpenAPIV31SpecValidator if is31 else OpenAPIV30SpecValidator

    class Spec(base):  # type: ignore[misc,valid-type]
        keyword_validators = {  # noqa: RUF012 - the base class declares it so
            name: findings.located_keyword(cls)
            for name, cls in {
                **base.keyword_validators,
                "schema": Schema31 if is31 else Schema30,
            }.items()
        }

    return Spec


_META_2020_12 = "https://json-schema.org/draft/2020-12/schema"


def _schema_meta_errors(doc: dict[str, Any]) -> list[Diagnostic]:
    """Each OpenAPI 3.1 Schema Object against the JSON Schema 2020-12 meta-schema.

    openapi-spec-validator checks every schema with a freshly built validator, which dominates
    its time on large specs; one compiled validator (jsonschema-rs) does the same check."""
    return _meta_errors(iter_document_schemas(doc, nested=False))


def _line_schema_errors(doc: dict[str, Any]) -> list[Diagnostic]:
    """Each ``x-line-schema`` against the JSON Schema meta-schema: no OpenAPI validator looks
    inside an extension, and the generator reads it as a schema."""
    line_schemas = (
        (f"{ptr}/x-line-schema", schema["x-line-schema"])
        for ptr, schema in iter_document_schemas(doc, nested=False)
        if isinstance(schema, dict) and "x-line-schema" in schema
    )
    return _meta_errors(line_schemas)


def _meta_errors(schemas: Iterable[tuple[str, Any]]) -> list[Diagnostic]:
    import jsonschema_rs

    meta = jsonschema_rs.Draft202012Validator({"$schema": _META_2020_12, "$ref": _META_2020_12})
    diags = []
    for ptr, schema in schemas:
        for err in meta.iter_errors(schema):
            where = ptr + "".join("/" + escape(str(p)) for p in err.instance_path)
            diags.append(Diagnostic(ERROR, f"invalid schema: {err.message}", where))
    return diags


def validate(doc: dict[str, Any]) -> list[Diagnostic]:
    """Problems openapi-spec-validator (and, for 3.1, the JSON Schema meta-schema) finds in
    ``doc`` (already repaired), each at the deepest place that is wrong."""
    is31 = str(doc.get("openapi", "")).startswith("3.1")
    if not is31 and any(schema_repairs.newer_in_30(s) for _, s in iter_document_schemas(doc)):
        doc = copy.deepcopy(doc)
        schema_repairs.hidden_from_30_validator(doc)
    spec_validator = _spec_validator(is31)
    checker = spec_validator(validator_speed.path(doc, spec_validator.resolver_handlers))
    diags = (_schema_meta_errors(doc) if is31 else []) + _line_schema_errors(doc)
    try:
        found = itertools.chain(
            checker.schema_validator.iter_errors(checker.schema),
            checker.root_validator(checker.schema_path),
        )
        for err in found:
            diags.append(findings.diagnostic(doc, err))
            if len(diags) >= 50:
                diags.append(Diagnostic(ERROR, "more problems not listed (stopped at 50)"))
                break
    except Exception as exc:  # noqa: BLE001 - the validator gives up on some documents
        diags.append(
            Diagnostic(
                WARNING,
                f"openapi-spec-validator could not check the whole document ({type(exc).__name__}:"
                f" {findings.first_words(str(exc))}); continuing with the generator's own checks",
            )
        )
    return findings.without_repeats(diags)


def merged(found: list[Diagnostic], repaired: list[Diagnostic]) -> list[Diagnostic]:
    """The validator's findings and the repairs' diagnostics, without validator errors about a
    place (or a parent of a place) a repair already reported as an error."""
    named = [d.pointer for d in repaired if d.level == ERROR and d.pointer]
    kept = [
        d
        for d in found
        if not any(p == d.pointer or p.startswith(d.pointer + "/") for p in named) or not d.pointer
    ]
    return kept + repaired
