"""Stage 5: every Python name, decided once.

Names are stable: the same spec always gives the same names, reordering a spec changes none, and
a change that only adds things (a schema, an operation, a property, a status) renames nothing
that exists, except in the one case named below.

- Every name is derived from its own source (schema name, property wire name, operationId, tag,
  status), never from what else the spec contains or in which order.
- Collisions are settled in fixed phases, over one scope per kind of name that holds every name
  the generated modules using it import. Declarations first: the spec's component schemas, then
  declarations named after their location (``Pet.owner`` -> ``PetOwner``), so a component keeps
  its own name. Error classes and group classes come later and avoid every model name, as the
  modules that define or import them import models too (a group class yields ``ImagesOperations``
  to a schema ``ImagesApi``).
- Within a phase, a contested name goes to the claimant whose source is spelled exactly like the
  name, else to the one with the shorter source, else to the lexicographically smaller one; for
  names derived from a location, to the one at the smaller JSON pointer (token by token). The
  others take their alternatives (``PetModel``, ``id_query``), else a number. So a newcomer
  takes a name from an existing holder only when its source ranks better by this rule.
- Error classes: a component body schema ``S`` gives ``SError`` to one status, the most general
  (``default``, else a range such as ``4XX``, else the lowest code), so adding a more specific
  status keeps it. Other statuses with that body, and bodies declared inline, are named status +
  body (``NotFoundProblemError``; a body name ending in ``Error`` gets no second one). A body
  without a schema, or of a plain type, gets the status name (``NotFoundError``): one per
  status, the others status + type (``BadRequestListError``).
- Names differing only by case get distinct module names, as files on case-insensitive file
  systems would clash.
"""

from __future__ import annotations

import builtins
import keyword
import re
from collections.abc import Hashable, Iterable
from typing import Any

import attrs

from . import ir

# Names the generated modules themselves use; no declaration may take them.
RESERVED_TYPES = frozenset(
    {
        "Any",
        "Literal",
        "Unset",
        "UNSET",
        "TYPE_CHECKING",
        "annotations",
        "attrs",
        "datetime",
        "uuid",
        "typing",
        "enum",
        "Client",
        "BaseClient",
        "RequestOptions",
        "RetryConfig",
        "EventStream",
        "SDKError",
        "APIError",
        "APIConnectionError",
        "APITimeoutError",
        "ResponseError",
        "ResponseValidationError",
        "StreamInterruptedError",
        "MissingCredentialError",
        "ClientStatusError",
        "ServerStatusError",
        "RawResponse",
        "status_error",
        "Credential",
        "converter",
        "models",
        "errors",
        "operations",
    }
    | set(dir(builtins))
)
# Field names that would shadow a name used in annotations inside the class body.
RESERVED_FIELDS = frozenset(
    {
        "str",
        "int",
        "float",
        "bool",
        "bytes",
        "list",
        "dict",
        "datetime",
        "uuid",
        "Any",
        "Literal",
        "Unset",
        "None",
        "attrs",
        "self",
    }
)
# Module-level names of an operation module (models and errors are imported beside them).
OPERATION_SCOPE = frozenset({"OPERATION", "RESPONSES", "HttpRequest", "ResponseCase", "TypeAlias"})
# Names client.py imports or defines beside the group classes.
CLIENT_SCOPE = frozenset({"Transport", "Mapping", "SERVERS", "DEFAULT_RETRIES"})
# Parameters are locals of functions that use these names.
RESERVED_PARAMS = frozenset(
    {"self", "client", "options", "request", "stream", "converter", "accept", "urls", "attrs"}
    | {"response", "result", "events", "build_request", "handle", "open_stream", "json_body"}
)
CLIENT_ATTRS = frozenset(
    {"close", "send", "server_url", "timeout", "retries", "headers", "transport"}
)

# Status code -> class name stem, fixed here so that output never depends on the Python version.
STATUS_NAMES = {
    400: "BadRequest",
    401: "Unauthorized",
    402: "PaymentRequired",
    403: "Forbidden",
    404: "NotFound",
    405: "MethodNotAllowed",
    406: "NotAcceptable",
    407: "ProxyAuthenticationRequired",
    408: "RequestTimeout",
    409: "Conflict",
    410: "Gone",
    411: "LengthRequired",
    412: "PreconditionFailed",
    413: "PayloadTooLarge",
    414: "UriTooLong",
    415: "UnsupportedMediaType",
    416: "RangeNotSatisfiable",
    417: "ExpectationFailed",
    418: "ImATeapot",
    421: "MisdirectedRequest",
    422: "UnprocessableEntity",
    423: "Locked",
    424: "FailedDependency",
    425: "TooEarly",
    426: "UpgradeRequired",
    428: "PreconditionRequired",
    429: "TooManyRequests",
    431: "RequestHeaderFieldsTooLarge",
    451: "UnavailableForLegalReasons",
    500: "InternalServer",
    501: "NotImplemented",
    502: "BadGateway",
    503: "ServiceUnavailable",
    504: "GatewayTimeout",
    505: "HttpVersionNotSupported",
    507: "InsufficientStorage",
    508: "LoopDetected",
    511: "NetworkAuthenticationRequired",
}

_WORD = re.compile(r"[A-Z]+\d*(?=[A-Z][a-z])|[A-Z]?[a-z]+\d*|[A-Z]+\d*|\d+[a-z]*")


def words(text: str) -> list[str]:
    """``listImageModels`` -> list, Image, Models; ``HTTPResponse`` -> HTTP, Response;
    digits stay with the letters before them (``b64_json`` -> b64, json)."""
    out: list[str] = []
    for chunk in re.split(r"[^0-9A-Za-z]+", text):
        out.extend(_WORD.findall(chunk))
    return out


def snake(text: str) -> str:
    return "_".join(w.lower() for w in words(text))


def pascal(text: str) -> str:
    if text.isidentifier() and text[0].isupper() and "_" not in text:
        return text
    return "".join(w[0].upper() + w[1:] for w in words(text))


def _identifier(name: str, fallback: str, prefix: str) -> str:
    if not name:
        return fallback
    if name[0].isdigit():
        return prefix + name
    return name


class Namer:
    """Hands out names unique within one scope; ``fold`` compares them case-insensitively."""

    def __init__(self, taken: Iterable[str] = (), *, fold: bool = False, sep: str = "") -> None:
        self.fold = fold
        self.sep = sep
        self.used: set[str] = {self._key(t) for t in taken}

    def _key(self, name: str) -> str:
        return name.lower() if self.fold else name

    def free(self, name: str) -> bool:
        return self._key(name) not in self.used

    def take(self, name: str, *alternatives: str) -> str:
        """``name``, else the first free alternative, else ``name`` with a number."""
        for candidate in (name, *alternatives):
            if self._key(candidate) not in self.used:
                self.used.add(self._key(candidate))
                return candidate
        candidate = name
        n = 2
        while self._key(candidate) in self.used:
            candidate = f"{name}{self.sep}{n}"
            n += 1
        self.used.add(self._key(candidate))
        return candidate


def package_name(title: str) -> str:
    """``OpenRouter API`` -> ``openrouter``."""
    parts = [w.lower() for w in re.split(r"[^0-9A-Za-z]+", title) if w]
    while len(parts) > 1 and parts[-1] in (
        "api",
        "apis",
        "openapi",
        "spec",
        "service",
        "rest",
        "v1",
        "v2",
        "v3",
    ):
        parts.pop()
    name = "_".join(parts) or "client"
    return _identifier(name, "client", "api_")


_PEP440 = re.compile(r"^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?$")


def dist_version(version: str) -> str:
    """The spec's ``info.version`` as a version pip accepts (``2023-08-16`` -> ``2023.8.16``)."""
    v = version.strip().lstrip("vV")
    if _PEP440.match(v):
        return v
    numbers = [str(int(n)) for n in re.findall(r"\d+", v)]
    return ".".join(numbers[:4]) if numbers else "0.0.0"


def field_name(wire: str) -> str:
    name = snake(wire) or "field"
    name = _identifier(name, "field", "field_")
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in RESERVED_FIELDS:
        name += "_"
    return name


def enum_member_name(value: str | int) -> str:
    if isinstance(value, int):
        return f"VALUE_{value}".replace("-", "MINUS_")
    name = "_".join(w.upper() for w in words(value))
    if not name:
        return "EMPTY"
    return _identifier(name, "EMPTY", "VALUE_")


@attrs.frozen
class Claim:
    """One thing asking for a name: its first choice, then alternatives, and its rank (lower
    wins a contested first choice)."""

    id: Hashable
    rank: tuple[Any, ...]
    names: tuple[str, ...]


def settle(namer: Namer, claims: Iterable[Claim]) -> dict[Hashable, str]:
    """One phase: each first choice still free goes to its best-ranked claimant; then the
    others, in rank order, take their first free alternative (else a number). The result does
    not depend on the order of ``claims``."""
    ordered = sorted(claims, key=lambda c: (c.rank, str(c.id)))
    out: dict[Hashable, str] = {}
    for c in ordered:
        if namer.free(c.names[0]):
            out[c.id] = namer.take(c.names[0])
    for c in ordered:
        if c.id not in out:
            out[c.id] = namer.take(*c.names)
    return out


def by_source(source: str, name: str) -> tuple[bool, int, str]:
    """Rank of a name derived from ``source``: spelled exactly like it first, then the shorter
    source, then the lexicographically smaller one."""
    return (name != source, len(source), source)


def name_api(api: ir.Api) -> ir.Api:
    decls = _name_decls(api.decls)
    errors = _error_classes(api, {d.key: d for d in decls})
    error_names = {(e.status, e.type): e.name for e in errors}
    groups = _name_groups(api.groups, error_names, {d.name for d in decls})
    schemes = _name_security(api)
    return attrs.evolve(
        api,
        decls=decls,
        groups=groups,
        errors=errors,
        security=schemes,
        server_list=_name_server_variables(api.server_list, {s.arg for s in schemes}),
        dist_version=dist_version(api.version),
    )


def is_component(key: str) -> bool:
    """``#/components/schemas/Pet`` (not a schema nested inside it)."""
    return key.startswith("#/components/schemas/") and key.count("/") == 3


def _class_base(decl: ir.Decl) -> str:
    base = _identifier(pascal(decl.hint), "Model", "Model")
    return base + "_" if keyword.iskeyword(base) else base


def _decl_rank(decl: ir.Decl, base: str) -> tuple[Any, ...]:
    if is_component(decl.key):
        return by_source(decl.hint, base)
    return tuple(part.replace("~1", "/").replace("~0", "~") for part in decl.key.split("/"))


def _name_decls(decls: tuple[ir.Decl, ...]) -> tuple[ir.Decl, ...]:
    # Phase 1 the spec's component schemas, phase 2 declarations named after their location.
    ordered = sorted(decls, key=lambda d: not is_component(d.key))
    bases = {d.key: _class_base(d) for d in ordered}
    ranks = {d.key: _decl_rank(d, bases[d.key]) for d in ordered}
    classes = Namer(RESERVED_TYPES | OPERATION_SCOPE, fold=True)
    modules = Namer({"__init__"}, fold=True, sep="_")
    names: dict[Hashable, str] = {}
    files: dict[Hashable, str] = {}
    for phase in (True, False):
        members = [d for d in ordered if is_component(d.key) == phase]
        names |= settle(
            classes,
            [
                Claim(d.key, ranks[d.key], (b, b + "Model", b + "Schema"))
                for d in members
                for b in [bases[d.key]]
            ],
        )
        files |= settle(
            modules, [Claim(d.key, ranks[d.key], (_module(names[d.key]),)) for d in members]
        )
    out = []
    for decl in ordered:
        decl = attrs.evolve(decl, name=names[decl.key], module=files[decl.key])
        if isinstance(decl, ir.Model):
            decl = _name_fields(decl)
        elif isinstance(decl, ir.Enum):
            decl = _name_members(decl)
        out.append(decl)
    return tuple(out)


def _module(name: str) -> str:
    module = snake(name) or "model"
    return module + "_" if keyword.iskeyword(module) else module


def _name_members(enum: ir.Enum) -> ir.Enum:
    wanted = [enum_member_name(m.value) for m in enum.members]
    names = settle(
        Namer(fold=False, sep="_"),
        [
            Claim(i, by_source(str(m.value), n), (n,))
            for i, (m, n) in enumerate(zip(enum.members, wanted, strict=True))
        ],
    )
    members = tuple(attrs.evolve(m, name=names[i]) for i, m in enumerate(enum.members))
    return attrs.evolve(enum, members=members)


def _name_fields(model: ir.Model) -> ir.Model:
    namer = Namer(sep="_")
    wanted = [field_name(f.name_hint or f.wire) for f in model.fields]
    names = settle(
        namer,
        [
            Claim(i, by_source(f.wire, n), (n,))
            for i, (f, n) in enumerate(zip(model.fields, wanted, strict=True))
        ],
    )
    fields = tuple(attrs.evolve(f, name=names[i]) for i, f in enumerate(model.fields))
    extra = namer.take("additional_properties") if model.additional is not None else ""
    return attrs.evolve(model, fields=fields, extra_name=extra)


ErrorKey = tuple[str, ir.TypeRef | None]


def _error_classes(api: ir.Api, decls: dict[str, ir.Decl]) -> tuple[ir.ErrorClass, ...]:
    """One exception class per documented error status and body type, named as the module
    docstring says, in three phases: component bodies' own names, then status + body, then
    status names."""
    seen: dict[ErrorKey, ir.Response] = {}
    for group in api.groups:
        for op in group.operations:
            for r in op.errors:
                seen.setdefault((r.status, r.type), r)
    owner: dict[str, ErrorKey] = {}  # component body -> the status that gets its name
    for status, t in sorted(seen, key=lambda k: (_status_rank(k[0]), str(k[1]))):
        ref = _ref(t)
        if ref is not None and is_component(ref.key):
            owner.setdefault(ref.key, (status, t))
    named, shared, plain = [], [], []
    for status, t in seen:
        stem = _status_stem(status)
        rank = _status_rank(status)
        ref = _ref(t)
        if ref is not None:
            body = decls[ref.key].name
            both = stem + body + ("" if body.endswith("Error") else "Error")
            if owner.get(ref.key) == (status, t):
                named.append(Claim((status, t), rank, (body + "Error", both)))
            else:
                shared.append(Claim((status, t), (*rank, str(t)), (both,)))
        else:
            plain.append(
                Claim(
                    (status, t),
                    (*rank, t is not None, t != ir.ANY, str(t)),
                    (stem + "Error", stem + _type_word(t) + "Error"),
                )
            )
    shared_classes = {stem + "StatusError" for stem in STATUS_NAMES.values()}  # the runtime's
    namer = Namer(
        {d.name for d in decls.values()} | RESERVED_TYPES | OPERATION_SCOPE | shared_classes,
        fold=True,
    )
    names: dict[Hashable, str] = {}
    for phase in (named, shared, plain):
        names |= settle(namer, phase)
    return tuple(
        ir.ErrorClass(name=names[k], status=k[0], type=k[1], description=r.description)
        for k, r in sorted(seen.items(), key=lambda kv: (kv[0][0], str(kv[0][1])))
    )


def _ref(t: ir.TypeRef | None) -> ir.Ref | None:
    """The declaration an error body is (possibly null)."""
    if isinstance(t, ir.Nullable):
        t = t.inner
    return t if isinstance(t, ir.Ref) else None


def _status_rank(status: str) -> tuple[int, str]:
    """``default`` first, then ranges, then codes in numeric order."""
    if status == "default":
        return (0, "")
    if not status.isdigit():
        return (1, status)
    return (2, status.zfill(3))


def _type_word(t: ir.TypeRef | None) -> str:
    if isinstance(t, ir.Nullable):
        t = t.inner
    if isinstance(t, ir.Prim):
        return pascal(t.kind)
    return {ir.ListOf: "List", ir.MapOf: "Map", ir.UnionOf: "Union", ir.LiteralOf: "Literal"}.get(
        type(t), "Body"
    )


REDIRECT_NAMES = {
    300: "MultipleChoices",
    301: "MovedPermanently",
    302: "Found",
    303: "SeeOther",
    304: "NotModified",
    305: "UseProxy",
    307: "TemporaryRedirect",
    308: "PermanentRedirect",
}
"""Class name stems of documented 3XX statuses (raised, as the client follows no redirect)."""


def _status_stem(status: str) -> str:
    if status == "default":
        return "Default"
    if status.isdigit():
        code = int(status)
        return STATUS_NAMES.get(code) or REDIRECT_NAMES.get(code) or f"Status{status}"
    return {"3XX": "Redirect", "4XX": "Client", "5XX": "Server"}.get(status, f"Status{status}")


def _name_groups(
    groups: tuple[ir.Group, ...],
    error_names: dict[ErrorKey, str],
    decl_names: set[str],
) -> tuple[ir.Group, ...]:
    # A group module imports models beside its class, and client.py imports the group classes.
    classes = Namer(RESERVED_TYPES | CLIENT_SCOPE | decl_names, fold=True)
    ranks = {g.tag: (len(g.tag), g.tag) for g in groups}
    attr_names = settle(
        Namer(CLIENT_ATTRS, fold=True, sep="_"),
        [Claim(g.tag, ranks[g.tag], (_group_attr(g.tag),)) for g in groups],
    )
    class_names = settle(
        classes,
        [
            Claim(g.tag, ranks[g.tag], (base + "Api", base + "Operations"))
            for g in groups
            for base in [_identifier(pascal(g.tag) or "Default", "Default", "Api")]
        ],
    )
    ops = [op for g in groups for op in g.operations]
    op_modules = settle(
        Namer({"__init__"}, fold=True, sep="_"),
        [
            Claim(op.key, (*by_source(op.operation_id, m), op.key), (m,))
            for op in ops
            for m in [_op_module(op)]
        ],
    )
    out = []
    for g in groups:
        methods = settle(
            Namer({"close", "with_raw_response"}, sep="_"),
            [
                Claim(op.key, (*by_source(op.name_hint or op.operation_id, m), op.key), (m,))
                for op in g.operations
                for m in [_method(op)]
            ],
        )
        named = tuple(
            attrs.evolve(
                op,
                name=methods[op.key],
                module=op_modules[op.key],
                request_class=_request_class(op_modules[op.key], decl_names)
                if op.request_object
                else "",
                params=_name_params(op.params),
                errors=tuple(
                    attrs.evolve(r, error_class=error_names[(r.status, r.type)]) for r in op.errors
                ),
            )
            for op in g.operations
        )
        attr = attr_names[g.tag]
        out.append(
            attrs.evolve(g, name=attr, class_name=class_names[g.tag], module=attr, operations=named)
        )
    return tuple(out)


def _op_module(op: ir.Operation) -> str:
    module = _identifier(snake(op.operation_id) or _method(op), "op", "op_")
    if op.variant:
        module = f"{module}_{op.variant}"
    return module + "_" if keyword.iskeyword(module) else module


def _request_class(module: str, decl_names: set[str]) -> str:
    """The class of an operation's request object: from its module's name, which is unique;
    ``...Params`` where a model already has that name."""
    base = pascal(module) or "Operation"
    name = base + "Request"
    return name if name not in decl_names else base + "Params"


def _group_attr(tag: str) -> str:
    base = snake(tag) or "default"
    return base + "_" if keyword.iskeyword(base) else _identifier(base, "default", "api_")


def _method(op: ir.Operation) -> str:
    method = snake(op.name_hint) or snake(op.operation_id) or "call"
    method = _identifier(method, "call", "op_")
    if op.variant:
        method = f"{method}_{op.variant}"
    return method + "_" if keyword.iskeyword(method) else method


LOCATIONS = ("path", "query", "header", "cookie")


def _name_params(params: tuple[ir.Param, ...]) -> tuple[ir.Param, ...]:
    claims = []
    for i, p in enumerate(params):
        name = field_name(p.name_hint or p.wire)
        where = LOCATIONS.index(p.location) if p.location in LOCATIONS else len(LOCATIONS)
        alt = f"{name.rstrip('_')}_{p.location}"
        claims.append(Claim(i, (where, *by_source(p.wire, name)), (name, alt)))
    names = settle(Namer(RESERVED_PARAMS, sep="_"), claims)
    return tuple(attrs.evolve(p, name=names[i]) for i, p in enumerate(params))


def _name_server_variables(
    servers: tuple[ir.Server, ...], taken: set[str]
) -> tuple[ir.Server, ...]:
    """Client keyword arguments for server variables (one per variable name, shared by the
    servers that use it)."""
    wires = sorted({v.wire for s in servers for v in s.variables})
    namer = Namer(
        {"server", "server_url", "timeout", "retries", "headers", "transport", "self", *taken},
        sep="_",
    )
    names = settle(namer, [Claim(w, by_source(w, field_name(w)), (field_name(w),)) for w in wires])
    return tuple(
        attrs.evolve(s, variables=tuple(attrs.evolve(v, name=names[v.wire]) for v in s.variables))
        for s in servers
    )


def _name_security(api: ir.Api) -> tuple[ir.SecurityScheme, ...]:
    used = {name for g in api.groups for op in g.operations for req in op.security for name in req}
    kept = [s for s in api.security if s.key in used]
    namer = Namer({"server_url", "timeout", "retries", "headers", "transport", "self"}, sep="_")
    args = settle(
        namer,
        [Claim(s.key, by_source(s.key, field_name(s.key)), (field_name(s.key),)) for s in kept],
    )
    return tuple(attrs.evolve(s, arg=args[s.key]) for s in kept)
