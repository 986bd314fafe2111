"""Stage 6: the named model to files, in memory: ``{relative path: text}``.

Jinja templates in ``templates/`` hold the layout. This module only gives them small helpers that
look things up in the model (what a declaration refers to, how a path splits around its
parameters) and filters that make any spec string safe to emit (docstrings, comments, literals).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import re
import sys
from collections.abc import Iterator
from functools import reduce
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import jinja2

from . import ir, pagination


def _templates() -> Traversable:
    """The templates folder: package data of the installed distribution, else the checkout's."""
    installed = resources.files(__package__ or "generator") / "templates"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "templates"


TEMPLATES = _templates()
RUNTIME = TEMPLATES / "_runtime"


def _template_source(name: str) -> str | None:
    """Jinja loader: the text of ``name`` ("package/client.py.jinja") under the templates."""
    found = reduce(lambda t, part: t / part, name.split("/"), TEMPLATES)
    return found.read_text(encoding="utf-8") if found.is_file() else None


# -- filters: spec strings made safe for Python source ---------------------------------------


def py_literal(value: Any) -> str:
    """A Python literal for a JSON value (``repr`` of str/int/float/bool/None, lists, dicts)."""
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return (
            "{"
            + ", ".join(f"{py_literal(str(k))}: {py_literal(v)}" for k, v in value.items())
            + "}"
        )
    return repr(str(value))


def docstring(text: str, indent: int = 0) -> str:
    """Text fit for the inside of a triple-quoted docstring."""
    text = (
        text.replace("\\", "\\\\")
        .replace('"""', '\\"\\"\\"')
        .replace("\r\n", "\n")
        .replace("\r", "\n")
    )
    if not text.replace("\n", "").replace("\t", "").isprintable():  # else nothing to replace
        text = "".join(ch if ch == "\n" or ch == "\t" or ch.isprintable() else " " for ch in text)
    lines = [line.rstrip() for line in text.strip().split("\n")]
    if lines and lines[-1].endswith('"'):
        lines[-1] += " "
    pad = " " * indent
    text = ("\n" + pad).join(lines).replace("\n" + pad + "\n", "\n\n")
    # A docstring of several lines closes on a line of its own (indent 0: inline text).
    return text + "\n" + pad if indent and "\n" in text else text


def one_line(text: str, limit: int = 0) -> str:
    """The first sentence-ish line of a text, for comments and tables."""
    line = " ".join(text.split())
    if limit and len(line) > limit:
        line = line[: limit - 3].rstrip() + "..."
    return line.replace("|", "\\|")


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
    """Lookups the templates need, over one named :class:`~generator.ir.Api`."""

    def __init__(self, api: ir.Api, import_name: str = "") -> None:
        self.api = api
        self.import_name = import_name or api.package
        """Where the package is imported from (dotted when it sits inside another package)."""
        self.decls: dict[str, ir.Decl] = {d.key: d for d in api.decls}
        self.errors: dict[str, ir.ErrorClass] = {e.name: e for e in api.errors}

    def decl(self, key: str) -> ir.Decl:
        return self.decls[key]

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

    def idempotency_header(self, op: ir.Operation) -> str:
        """The wire name of a header parameter that carries an idempotency key, or ""."""
        for p in op.params:
            squashed = p.wire.lower().replace("-", "").replace("_", "")
            if p.location == "header" and squashed in IDEMPOTENCY_HEADERS:
                return p.wire
        return ""

    def paging(self, op: ir.Operation) -> pagination.Plan | None:
        return pagination.plan(self.decls, op)

    def uses_paging(self) -> bool:
        return any(op.pagination for g in self.api.groups for op in g.operations)

    def request_object_required(self, op: ir.Operation) -> bool:
        """Whether a method's request object must be given (something in it is required)."""
        return any(p.required for p in op.params) or bool(op.body and op.body.required)

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


_TESTS = {
    "prim": lambda t: isinstance(t, ir.Prim),
    "listof": lambda t: isinstance(t, ir.ListOf),
    "mapof": lambda t: isinstance(t, ir.MapOf),
    "ref": lambda t: isinstance(t, ir.Ref),
    "literalof": lambda t: isinstance(t, ir.LiteralOf),
    "unionof": lambda t: isinstance(t, ir.UnionOf),
    "nullable": lambda t: isinstance(t, ir.Nullable),
    "model": lambda d: isinstance(d, ir.Model),
    "enum_decl": lambda d: isinstance(d, ir.Enum),
    "alias": lambda d: isinstance(d, ir.Alias),
}


GENERATOR_VERSION = "0.1.0"
"""Named in every generated client's User-Agent."""

IDEMPOTENCY_HEADERS = frozenset({"idempotencykey", "xidempotencykey"})
"""Header names (lower-cased, without ``-`` and ``_``) that carry an idempotency key."""


STATUS_ERROR_STEMS = {
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
"""The runtime's shared status classes (``<stem>StatusError``), one per well-known status."""


def status_base(status: str) -> str:
    """The shared class a documented error class derives from: its status's class, the 4XX /
    5XX class for a range or an unlisted code, ``APIError`` for ``default``."""
    if status.isdigit():
        stem = STATUS_ERROR_STEMS.get(int(status))
        if stem:
            return stem + "StatusError"
    return {"4": "ClientStatusError", "5": "ServerStatusError"}.get(status[:1], "APIError")


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(_template_source),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # noqa: S701 - we emit Python and Markdown, not HTML
        extensions=["jinja2.ext.do"],
    )
    env.filters["py"] = py_literal
    env.filters["doc"] = docstring
    env.filters["one_line"] = one_line
    env.tests.update(_TESTS)
    env.globals["generator_version"] = GENERATOR_VERSION
    env.filters["status_base"] = status_base
    env.bytecode_cache = _bytecode_cache(env)
    return env


def _bytecode_cache(env: jinja2.Environment) -> jinja2.BytecodeCache | None:
    """Compiled templates kept between runs, as Python keeps ``.pyc`` files: compiling them
    takes longer than rendering a small API. Jinja's own cache, in its private folder in the
    temporary directory; Jinja drops an entry whose template text changed, and the file names
    carry everything else the compiled code depends on (Jinja's and Python's versions, the
    environment's syntax settings), so a change to those gets new entries. None when no private
    folder can be had: templates are then compiled on every run, as before."""
    settings = (
        jinja2.__version__,
        sys.version_info[:2],
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        sorted(env.extensions),
        env.optimized,
        env.is_async,
        env.autoescape,
        env.undefined.__name__,
    )
    key = hashlib.sha256(repr(settings).encode()).hexdigest()[:16]
    try:
        return _TemplateCache(pattern=f"__openapi_attrs_generator_{key}_%s.cache")
    except (OSError, RuntimeError):
        return None


class _TemplateCache(jinja2.FileSystemBytecodeCache):
    """A cache entry that cannot be read or written is a template compiled anew, not an error."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # noqa: BLE001 - a damaged entry: compile instead
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


@functools.cache
def _shared_environment() -> jinja2.Environment:
    """One environment per process: each template is loaded once, however many renders."""
    return environment()


def render(api: ir.Api, import_name: str = "") -> dict[str, str]:
    """Every file of the package, by path relative to the output folder.

    ``import_name`` (default: the package's name) may be dotted; the package's folder is then
    nested accordingly (``acme/_vendor/openrouter_images/``).
    """
    env = _shared_environment()
    ctx = Context(api, import_name)
    pkg = ctx.import_name.replace(".", "/")
    files: dict[str, str] = {}

    def put(path: str, template: str, **values: Any) -> None:
        files[path] = env.get_template(template).render(api=api, ctx=ctx, **values)

    put("pyproject.toml", "package/pyproject.toml.jinja")
    put("README.md", "package/README.md.jinja")
    put(f"{pkg}/__init__.py", "package/init.py.jinja")
    put(f"{pkg}/py.typed", "package/py.typed.jinja")
    put(f"{pkg}/client.py", "package/client.py.jinja")
    put(f"{pkg}/errors.py", "package/errors.py.jinja")
    put(f"{pkg}/_serialization.py", "package/serialization.py.jinja")
    put(f"{pkg}/models/__init__.py", "models/init.py.jinja")
    for decl in api.decls:
        kind = (
            "model"
            if isinstance(decl, ir.Model)
            else "enum"
            if isinstance(decl, ir.Enum)
            else "alias"
        )
        put(f"{pkg}/models/{decl.module}.py", f"models/{kind}.py.jinja", decl=decl)
    put(f"{pkg}/operations/__init__.py", "operations/init.py.jinja")
    put(f"{pkg}/groups/__init__.py", "groups/init.py.jinja")
    for group in api.groups:
        put(f"{pkg}/groups/{group.module}.py", "groups/group.py.jinja", group=group)
        put(f"docs/{group.module}.md", "docs/group.md.jinja", group=group)
        for op in group.operations:
            put(
                f"{pkg}/operations/{op.module}.py",
                "operations/operation.py.jinja",
                op=op,
                group=group,
            )
    if api.webhooks:
        put("docs/webhooks.md", "docs/webhooks.md.jinja")
    for src in sorted(RUNTIME.iterdir(), key=lambda t: t.name):
        if src.name.endswith(".py") and src.is_file():
            files[f"{pkg}/_runtime/{src.name}"] = src.read_text(encoding="utf-8")
    return files
