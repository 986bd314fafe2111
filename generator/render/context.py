"""The lookups the templates make in the named model (what a declaration refers to, how a path
splits around its parameters, which responses an operation reads ...), as :class:`Context`."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from ..model import ir
from ..model.runtime_facts import SHARED_ERRORS, STATUS_ERROR_FUNCTION, STATUS_ERRORS
from . import decls as render_decls
from .filters import py_literal

IDEMPOTENCY_HEADERS = frozenset({"idempotencykey", "xidempotencykey"})
"""Header names (lower-cased, without ``-`` and ``_``) that carry an idempotency key."""

_ASYNC_STREAM = re.compile(r"\b(EventStream|JsonLines|Page)\[")
"""The runtime's streamed results, each with an ``Async`` twin for the ``AsyncClient``."""


def _async_results(annotation: str) -> str:
    """``annotation`` with the runtime's streamed results spelled as their ``Async`` twins."""
    return _ASYNC_STREAM.sub(r"Async\1[", annotation)


# -- helpers that read the model -------------------------------------------------------------


def decl_refs(t: ir.TypeRef | None) -> Iterator[str]:
    return (n.key for n in ir.walk(t) if isinstance(n, ir.Ref))


def prim_kinds(t: ir.TypeRef | None) -> Iterator[str]:
    for n in ir.walk(t):
        if isinstance(n, ir.Prim):
            yield n.kind
        elif isinstance(n, ir.LiteralOf):
            yield "literal"


class Context:
    """Lookups the templates need, over one named :class:`~generator.model.ir.Api`."""

    def __init__(self, api: ir.Api, import_name: str = "") -> None:
        self.api = api
        self.import_name = import_name or api.package
        """Where the package is imported from (dotted when it sits inside another package)."""
        self.decls: dict[str, ir.Decl] = {d.key: d for d in api.decls}
        self.errors: dict[str, ir.ErrorClass] = {e.name: e for e in api.errors}
        self._signatures: dict[
            tuple[str, str], tuple[list[render_decls.Signature], render_decls.Signature]
        ] = {}
        self._signature_parameters: dict[str, list[str]] = {}

    def decl(self, key: str) -> ir.Decl:
        return self.decls[key]

    def ann(self, t: ir.TypeRef | None) -> str:
        """The Python annotation of ``t``."""
        return render_decls.annotation(t, self.decls)

    def std_imports(self, types: list[ir.TypeRef | None], extra: Sequence[str] = ()) -> str:
        """The standard-library imports that annotating ``types`` needs, and the ``typing``
        names in ``extra``."""
        return render_decls.std_imports(self.uses(types), extra)

    def response_ann(self, r: ir.Response) -> str:
        """What reading the response ``r`` gives (``EventStream[...]`` for an event stream)."""
        return render_decls.response_annotation(r, self.decls)

    def result_type(self, cases: list[ir.Response], aio: bool = False) -> str:
        """The return annotation of a method whose success responses are ``cases`` (on the
        ``AsyncClient`` with ``aio``: its streams are the async ones)."""
        found = render_decls.result_type(cases, self.decls)
        return _async_results(found) if aio else found

    def async_stream_names(self, lines: bool, paging: bool, events: bool) -> str:
        """What a group module names from the async streams (for annotations only)."""
        names = [("AsyncEventStream", events), ("AsyncJsonLines", lines), ("AsyncPage", paging)]
        return ", ".join(name for name, used in names if used)

    def parameters(self, op: ir.Operation) -> list[str]:
        """The declarations of ``op``'s arguments, as fields of its request object."""
        return render_decls.parameters(op, self.decls, star=False)

    def signature_parameters(self, op: ir.Operation) -> list[str]:
        """The declarations of ``op``'s arguments in a signature (``*`` after the body); worked
        out once, for ``build_request`` and each of the module's ``call`` functions."""
        found = self._signature_parameters.get(op.key)
        if found is None:
            found = render_decls.parameters(op, self.decls, star=True)
            self._signature_parameters[op.key] = found
        return found

    def method_signatures(
        self, group: ir.Group, op: ir.Operation, aio: bool = False
    ) -> tuple[list[render_decls.Signature], render_decls.Signature]:
        """A group method's overloads and its implementation's signature (on the
        ``AsyncClient`` with ``aio``: the same arguments, the async streams and pages).
        Worked out once: the group's imports ask for them too."""
        key = (group.module, op.key)
        found = self._signatures.get(key)
        if found is None:
            found = self._signatures[key] = self._method_signatures(group, op)
        if not aio:
            return found
        overloads, (args, returns) = found  # the same arguments; async results
        return [(a, _async_results(r)) for a, r in overloads], (args, _async_results(returns))

    def _method_signatures(
        self, group: ir.Group, op: ir.Operation
    ) -> tuple[list[render_decls.Signature], render_decls.Signature]:
        plain, sse, paging = self.json_success(op), self.sse_success(op), self.paging(op)
        result, streamed = self.result_type(plain), ""
        if plain and sse:
            streamed = self.response_ann(sse)
        elif sse:
            result = self.response_ann(sse)
        elif paging:
            result = f"Page[{result}, {self.ann(paging.item)}]"
        shadowed = render_decls.BUILTIN_TYPES & {o.name for o in group.operations}
        return render_decls.method_signatures(op, self.decls, result, streamed, shadowed)

    def signature_names(self, group: ir.Group) -> set[str]:
        """The names a group's method signatures use (for its imports: ``builtins``, ``Unset``,
        ``UNSET``)."""
        return {
            name
            for op in group.operations
            for overloads, impl in [self.method_signatures(group, op)]
            for args, returns in [*overloads, impl]
            for text in [*args, returns]
            for name in re.findall(r"[A-Za-z_]\w*", text)
        }

    def body_from_arguments(self, op: ir.Operation) -> str:
        """The statement making a method's request object of the body fields given."""
        return render_decls.body_from_arguments(op, self.decls)

    # A group method's pieces, as the group template lays them out (a Jinja macro called
    # for every method of every group costs more than the rest of the method's lines).

    def method_marks(self, group: ir.Group, op: ir.Operation) -> str:
        """The decorator lines above a group method (its deprecation), each ending a line."""
        if not op.deprecated:
            return ""
        return f"    @deprecated({py_literal(self.op_deprecation(group, op))})\n"

    def method_head(self, group: ir.Group, op: ir.Operation, aio: bool) -> str:
        """A group method's overloads and its ``def`` line, up to the colon that opens its
        body (each overload after an empty line)."""
        overloads, (args, returns) = self.method_signatures(group, op, aio)
        marks = self.method_marks(group, op)
        opening = f"{marks}    {'async def' if aio else 'def'} {op.name}(\n        self,\n"

        def one(args: Sequence[str], returns: str) -> str:
            return opening + "".join(f"        {a},\n" for a in args) + f"    ) -> {returns}:"

        heads = [f"\n    @overload\n{one(a, r)} ...\n" for a, r in overloads]
        return "".join(heads) + "\n" + one(args, returns)

    def operation_parameters(self, op: ir.Operation, aio: bool) -> str:
        """An operation module's ``call`` parameters after ``*`` (the first line unindented)."""
        lines = [f"client: {'Async' if aio else ''}BaseClient,"]
        lines += [f"    {line}," for line in self.signature_parameters(op)]
        lines.append("    options: RequestOptions | None = None,")
        return "\n".join(lines)

    def method_prelude(self, op: ir.Operation) -> str:
        """The lines that open a group method's body (a missing request object, the request
        made of body fields, deprecated parameters), each ending a line."""
        src = "request." if op.request_object else ""
        lines = []
        if op.request_object and not self.request_object_required(op):
            lines.append("        if request is None:\n")
            lines.append(f"            request = _{op.module}.{op.request_class}()\n")
        if op.body and op.body.args:
            lines.append(f"        {self.body_from_arguments(op)}\n")
        for p in op.params:
            if p.deprecated:
                lines.append(f"        if {src}{p.name} is not None:\n")
                lines.append(f"            warn({py_literal(self.param_deprecation(op, p))})\n")
        return "".join(lines)

    def forward_arguments(self, op: ir.Operation) -> str:
        """A group method's arguments passed on to its operation's ``call`` (the first line
        unindented, the rest at the call's indent)."""
        src = "request." if op.request_object else ""
        lines = ["self._client,"]
        if op.body:
            lines.append(f"{src}request,")
        lines += [f"{p.name}={src}{p.name}," for p in op.params]
        lines.append("options=options,")
        return "\n            ".join(lines)

    def field_declaration(self, model: ir.Model, f: ir.Field) -> str:
        """The declaration of the field ``f`` in the body of ``model``'s class."""
        return render_decls.field_declaration(
            f, self.decls, lambda: self.field_deprecation(model, f)
        )

    def imports_of(self, types: list[ir.TypeRef | None], exclude: str = "") -> list[ir.Decl]:
        keys = {k for t in types for k in decl_refs(t)}
        found = [self.decls[k] for k in keys if k != exclude]
        return sorted(found, key=lambda d: d.module)

    def uses(self, types: list[ir.TypeRef | None]) -> set[str]:
        used = {k for t in types for k in prim_kinds(t)}
        if any(isinstance(self.decls.get(k), ir.Enum) for t in types for k in decl_refs(t)):
            used.add("open_enum")
        return used

    def model_types(self, model: ir.Model) -> list[ir.TypeRef | None]:
        return [f.type for f in model.fields] + [model.additional]

    def tagged_unions(self) -> list[ir.Alias]:
        return [
            d for d in self.api.decls if isinstance(d, ir.Alias) and d.discriminator is not None
        ]

    def first_tags(self, alias: ir.Alias) -> list[tuple[str, ir.Decl]]:
        """Each member class with the first tag that maps to it."""
        assert alias.discriminator is not None
        seen: dict[str, str] = {}
        for tag, key in alias.discriminator.mapping:
            seen.setdefault(key, tag)
        return [(tag, self.decls[key]) for key, tag in seen.items()]

    def request_path(self, op: ir.Operation) -> str:
        """The path template as sent: a ``#fragment`` (which only tells apart operations on one
        path) is left off; a literal query (``?beta=true``) stays, the runtime adds to it."""
        return op.path.partition("#")[0]

    def path_parts(self, op: ir.Operation) -> list[tuple[str, Any]]:
        """The path template as literal text and parameters, in order."""
        params = {p.wire: p for p in op.params if p.location == "path"}
        parts: list[tuple[str, Any]] = []
        for piece in re.split(r"(\{[^}]*\})", self.request_path(op)):
            if piece.startswith("{") and piece[1:-1] in params:
                parts.append(("param", params[piece[1:-1]]))
            elif piece:
                parts.append(("text", piece))
        return parts

    def op_types(self, op: ir.Operation) -> list[ir.TypeRef | None]:
        types: list[ir.TypeRef | None] = [p.type for p in op.params]
        types += [op.body.type] if op.body else []
        types += [r.type for r in op.responses] + [r.type for r in op.errors]
        return types

    def group_types(self, op: ir.Operation) -> list[ir.TypeRef | None]:
        """The types a group's method for ``op`` names: its parameters' and body's (unless they
        travel in a request object, which the operation's module declares) and its results'."""
        types: list[ir.TypeRef | None] = [r.type for r in op.responses]
        if not op.request_object:
            types += [p.type for p in op.params] + ([op.body.type] if op.body else [])
        if op.body and op.body.args:
            types += [f.type for f in ir.body_arg_fields(op, self.decls)]
        return types

    def json_success(self, op: ir.Operation) -> list[ir.Response]:
        return [r for r in op.responses if r.kind != "sse"]

    def sse_success(self, op: ir.Operation) -> ir.Response | None:
        return next((r for r in op.responses if r.kind == "sse"), None)

    def lines_success(self, op: ir.Operation) -> ir.Response | None:
        """The line-delimited JSON response, when the method returns a line reader."""
        return next((r for r in self.json_success(op) if r.kind == "jsonl"), None)

    def uses_lines(self, ops: list[ir.Operation] | None = None) -> bool:
        """Whether any of ``ops`` (by default: of the API) returns a line reader."""
        if ops is None:
            ops = [op for g in self.api.groups for op in g.operations]
        return any(self.lines_success(op) for op in ops)

    def example_kwargs(self, model: ir.Model) -> list[tuple[str, str]]:
        """Keyword arguments for a model built from its example, where values are simple."""
        example = model.example if isinstance(model.example, dict) else {}
        out = []
        for f in model.fields:
            if f.wire in example and isinstance(example[f.wire], (str, int, float, bool)):
                out.append((f.name, py_literal(example[f.wire])))
            elif f.required and not f.has_default:
                out.append((f.name, "..."))
        return out

    def field_arguments(self, op: ir.Operation) -> str:
        """The keyword arguments a method's body fields are, for its docstring and docs."""
        assert op.body is not None
        return ", ".join(
            f"``{arg}``" if arg == name else f"``{arg}`` (field ``{name}``)"
            for arg, name in op.body.args
        )

    def example_arguments(self, op: ir.Operation) -> list[tuple[str, str]]:
        """:meth:`example_kwargs` of a method's body, as the keyword arguments its fields are."""
        assert op.body is not None
        t = ir.unwrap(self.decls, op.body.type)
        model = self.decls[t.key] if isinstance(t, ir.Ref) else None
        assert isinstance(model, ir.Model)
        args = {field: arg for arg, field in op.body.args}
        return [(args[name], value) for name, value in self.example_kwargs(model) if name in args]

    def idempotency_header(self, op: ir.Operation) -> str:
        """The wire name of a header parameter that carries an idempotency key, or ""."""
        for p in op.params:
            squashed = p.wire.lower().replace("-", "").replace("_", "")
            if p.location == "header" and squashed in IDEMPOTENCY_HEADERS:
                return p.wire
        return ""

    def paging(self, op: ir.Operation) -> ir.PagePlan | None:
        return op.paging

    def package_exports(self) -> list[tuple[str, str]]:
        """``(module, name)`` of everything the package's ``__init__`` offers, in one list: the
        imports and ``__all__`` are both written from it."""
        runtime = [
            ("exchange", "RawResponse"),
            ("http", "RequestOptions"),
            ("http", "Transport"),
            *([("lines", "JsonLines")] if self.uses_lines() else []),
            ("passthrough", "UnknownVariant"),
            ("passthrough", "unknown_fields"),
            ("responses", "gc_paused"),
            *(
                [("pagination", "CrossOriginPageError"), ("pagination", "Page")]
                if self.uses_paging()
                else []
            ),
            ("retries", "RetryConfig"),
            ("sse", "EventStream"),
            ("unset", "UNSET"),
            ("unset", "Unset"),
        ]
        client = ["DEFAULT_RETRIES", "ENVIRONMENT", "SERVERS", "USER_AGENT"]
        client += [self.api.client_name, "__version__", "record_to"]
        errors = [*SHARED_ERRORS, *(e.name for e in self.api.errors), STATUS_ERROR_FUNCTION]
        return (
            [(f"._runtime.{m}", n) for m, n in runtime]
            + [(".client", n) for n in client]
            + [(".errors", n) for n in errors]
        )

    def runtime_errors(self) -> list[str]:
        """What the package's ``errors`` module takes from the runtime's: the base classes, one
        class per well-known status, ``status_error``."""
        return [*SHARED_ERRORS, *sorted(STATUS_ERRORS.values()), STATUS_ERROR_FUNCTION]

    def env_var(self, scheme: ir.SecurityScheme) -> str:
        """The environment variable a credential argument falls back to: the first word of the
        package's own name (the last part of a dotted import name: ``acme._vendor.petstore``
        gives ``PETSTORE``) and the argument, upper-cased."""
        return f"{self.api.package.strip('_').split('_')[0]}_{scheme.arg}".upper()

    def absolute_servers(self) -> list[str]:
        """The servers a client can send to as they are (``/`` or ``/v1`` cannot)."""
        return [s for s in self.api.servers if s.startswith(("http://", "https://"))]

    def uses_paging(self) -> bool:
        return any(op.pagination for g in self.api.groups for op in g.operations)

    def request_object_required(self, op: ir.Operation) -> bool:
        """Whether a method's request object must be given (something in it is required)."""
        return render_decls.request_object_required(op)

    def models_with_deprecated_fields(self) -> list[ir.Model]:
        return [
            d
            for d in self.api.decls
            if isinstance(d, ir.Model) and any(f.deprecated for f in d.fields)
        ]

    def field_deprecation(self, model: ir.Model, f: ir.Field) -> str:
        """The warning for setting a deprecated field."""
        text = f"{model.name}.{f.name} is deprecated"
        return f"{text}: {f.deprecation}" if f.deprecation else text

    def op_deprecation(self, group: ir.Group, op: ir.Operation) -> str:
        """The warning for calling a deprecated operation."""
        text = f"{group.name}.{op.name} is deprecated"
        return f"{text}: {op.deprecation}" if op.deprecation else text

    def param_deprecation(self, op: ir.Operation, p: ir.Param) -> str:
        """The warning for passing a deprecated parameter."""
        text = f"parameter {p.name!r} of {op.name} is deprecated"
        return f"{text}: {p.deprecation}" if p.deprecation else text

    def used_errors(self, op: ir.Operation) -> list[str]:
        return sorted({r.error_class for r in op.errors})
