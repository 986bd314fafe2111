"""Stage 5: every Python name, decided once.

Collisions are settled in a fixed order (declarations in the order the spec lists them, fields in
property order), so the same spec always gives the same names. Names that differ only by case
get distinct module names, as files on case-insensitive file systems would clash.
"""

from __future__ import annotations

import builtins
import keyword
import re
from collections.abc import Iterable

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
RESERVED_PARAMS = frozenset(
    {"self", "client", "options", "request", "stream", "converter", "accept", "urls", "attrs"}
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


def name_api(api: ir.Api) -> ir.Api:
    decls = _name_decls(api.decls)
    errors = _error_classes(api, {d.key: d for d in decls})
    error_names = {(e.status, e.type): e.name for e in errors}
    groups = _name_groups(api.groups, error_names)
    schemes = _name_security(api)
    return attrs.evolve(
        api,
        decls=decls,
        groups=groups,
        errors=errors,
        security=schemes,
        dist_version=dist_version(api.version),
    )


def _name_decls(decls: tuple[ir.Decl, ...]) -> tuple[ir.Decl, ...]:
    # Component schemas first (in spec order), then inline ones: the spec's own names win.
    ordered = sorted(decls, key=lambda d: not d.key.startswith("#/components/schemas/"))
    classes = Namer(RESERVED_TYPES, fold=True)
    modules = Namer({"__init__"}, fold=True, sep="_")
    out = []
    for decl in ordered:
        base = _identifier(pascal(decl.hint), "Model", "Model")
        if keyword.iskeyword(base):
            base += "_"
        name = classes.take(base, base + "Model", base + "Schema")
        module = modules.take(snake(name) or "model")
        if keyword.iskeyword(module):
            module = modules.take(module + "_")
        decl = attrs.evolve(decl, name=name, module=module)
        if isinstance(decl, ir.Model):
            decl = _name_fields(decl)
        elif isinstance(decl, ir.Enum):
            members = Namer(fold=False, sep="_")
            decl = attrs.evolve(
                decl,
                members=tuple(
                    attrs.evolve(m, name=members.take(enum_member_name(m.value)))
                    for m in decl.members
                ),
            )
        out.append(decl)
    return tuple(out)


def _name_fields(model: ir.Model) -> ir.Model:
    namer = Namer(sep="_")
    fields = tuple(attrs.evolve(f, name=namer.take(field_name(f.wire))) for f in model.fields)
    extra = namer.take("additional_properties") if model.additional is not None else ""
    return attrs.evolve(model, fields=fields, extra_name=extra)


def _error_classes(api: ir.Api, decls: dict[str, ir.Decl]) -> tuple[ir.ErrorClass, ...]:
    """One exception class per documented error status (and per body type, where operations
    differ). Named after the body's schema when that is unambiguous, else after the status."""
    seen: dict[tuple[str, ir.TypeRef | None], ir.Response] = {}
    for group in api.groups:
        for op in group.operations:
            for r in op.errors:
                seen.setdefault((r.status, r.type), r)
    by_type: dict[ir.TypeRef | None, set[str]] = {}
    by_status: dict[str, int] = {}
    for status, t in seen:
        by_type.setdefault(t, set()).add(status)
        by_status[status] = by_status.get(status, 0) + 1
    shared = {stem + "StatusError" for stem in STATUS_NAMES.values()}  # the runtime's classes
    namer = Namer({d.name for d in decls.values()} | RESERVED_TYPES | shared, fold=True)
    out = []
    for (status, t), r in sorted(seen.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
        stem = _status_stem(status)
        if isinstance(t, ir.Ref) and len(by_type[t]) == 1 and t.key.startswith("#/components/"):
            stem = decls[t.key].name
        elif by_status[status] > 1 and isinstance(t, ir.Ref):
            stem = stem + decls[t.key].name
        out.append(
            ir.ErrorClass(
                name=namer.take(stem + "Error"), status=status, type=t, description=r.description
            )
        )
    return tuple(out)


def _status_stem(status: str) -> str:
    if status == "default":
        return "Default"
    if status.isdigit():
        return STATUS_NAMES.get(int(status), f"Status{status}")
    return {"4XX": "Client", "5XX": "Server"}.get(status, f"Status{status}")


def _name_groups(
    groups: tuple[ir.Group, ...], error_names: dict[tuple[str, ir.TypeRef | None], str]
) -> tuple[ir.Group, ...]:
    attrs_namer = Namer(CLIENT_ATTRS, fold=True, sep="_")
    class_namer = Namer(RESERVED_TYPES, fold=True)
    op_modules = Namer({"__init__"}, fold=True, sep="_")
    out = []
    for g in groups:
        base = snake(g.tag) or "default"
        attr = attrs_namer.take(
            base + "_" if keyword.iskeyword(base) else _identifier(base, "default", "api_")
        )
        cls = class_namer.take(_identifier(pascal(g.tag) or "Default", "Default", "Api") + "Api")
        methods = Namer({"close", "with_raw_response"}, sep="_")
        ops = []
        for op in g.operations:
            method = snake(op.name_hint) or snake(op.operation_id) or "call"
            method = _identifier(method, "call", "op_")
            if keyword.iskeyword(method):
                method += "_"
            module = op_modules.take(_identifier(snake(op.operation_id) or method, "op", "op_"))
            if keyword.iskeyword(module):
                module = op_modules.take(module + "_")
            params = Namer(RESERVED_PARAMS, sep="_")
            named_params = []
            for p in op.params:
                pname = field_name(p.wire)
                alt = f"{pname.rstrip('_')}_{p.location}"
                named_params.append(attrs.evolve(p, name=params.take(pname, alt)))
            errors = tuple(
                attrs.evolve(r, error_class=error_names[(r.status, r.type)]) for r in op.errors
            )
            ops.append(
                attrs.evolve(
                    op,
                    name=methods.take(method),
                    module=module,
                    params=tuple(named_params),
                    errors=errors,
                )
            )
        out.append(attrs.evolve(g, name=attr, class_name=cls, module=attr, operations=tuple(ops)))
    return tuple(out)


def _name_security(api: ir.Api) -> tuple[ir.SecurityScheme, ...]:
    used = {name for g in api.groups for op in g.operations for req in op.security for name in req}
    namer = Namer({"server_url", "timeout", "retries", "headers", "transport", "self"}, sep="_")
    return tuple(
        attrs.evolve(s, arg=namer.take(field_name(s.key))) for s in api.security if s.key in used
    )
