"""The intermediate model: what the templates render, with every name already decided.

Frozen attrs classes only. Types are described as data (:data:`TypeRef`), never as Python
source; the templates turn them into annotations. ``name`` fields hold Python names set by the
naming pass; ``wire``/``key`` fields keep the spec's own spelling.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import attrs

# The types (Prim, Ref, ... and walk, replace) live in ir_types, how an operation pages in
# ir_paging; every stage reaches them here.
from .ir_paging import PageInput as PageInput
from .ir_paging import PageInputLocation as PageInputLocation
from .ir_paging import PagePlan as PagePlan
from .ir_paging import PageRole as PageRole
from .ir_paging import Pagination as Pagination
from .ir_paging import PaginationKind as PaginationKind
from .ir_types import ANY as ANY
from .ir_types import ListOf as ListOf
from .ir_types import LiteralOf as LiteralOf
from .ir_types import MapOf as MapOf
from .ir_types import Nullable as Nullable
from .ir_types import Prim as Prim
from .ir_types import PrimKind as PrimKind
from .ir_types import Ref as Ref
from .ir_types import TypeRef as TypeRef
from .ir_types import UnionOf as UnionOf
from .ir_types import replace as replace
from .ir_types import walk as walk
from .origins import Origin

# --- closed sets (their values as tuples, and narrowing to them: :mod:`generator.model.kinds`) -----

MediaKind = Literal["json", "jsonl", "sse", "form", "multipart", "text", "binary"]
BodyKind = Literal["json", "jsonl", "form", "multipart", "binary", "text"]
ResponseKind = Literal["json", "jsonl", "sse", "text", "binary", "empty"]
ParamLocation = Literal["path", "query", "header", "cookie"]
ParamStyle = Literal[
    "simple", "form", "label", "matrix", "spaceDelimited", "pipeDelimited", "deepObject"
]
Placement = Literal["bearer", "basic", "header", "query", "cookie"]  # where a credential goes
EnumBase = Literal["str", "int"]


# --- declarations ----------------------------------------------------------------------------


@attrs.frozen
class Field:
    wire: str
    type: TypeRef
    required: bool
    name: str = ""
    description: str = ""
    default: Any = None
    """A literal value the Python field defaults to (only for single-value enums/consts)."""
    has_default: bool = False
    read_only: bool = False
    write_only: bool = False
    deprecated: bool = False
    deprecation: str = ""
    """``x-speakeasy-deprecation-message`` of a deprecated property."""
    name_hint: str = ""
    """A field name the spec asks for (``x-speakeasy-name-override``)."""


@attrs.frozen
class Model:
    key: str
    """Where it came from: ``#/components/schemas/Pet`` or a path for inline schemas."""
    origin: Origin
    fields: tuple[Field, ...]
    additional: TypeRef | None = None
    """Type of the properties the schema does not name, when it keeps them."""
    description: str = ""
    example: Any = None
    has_example: bool = False
    name: str = ""
    module: str = ""
    extra_name: str = ""
    """Python name of the field holding the additional properties."""
    deprecated: bool = False


@attrs.frozen
class EnumMember:
    value: str | int
    name: str = ""


@attrs.frozen
class Enum:
    key: str
    origin: Origin
    base: EnumBase
    """``str`` or ``int``."""
    members: tuple[EnumMember, ...]
    description: str = ""
    example: Any = None
    has_example: bool = False
    name: str = ""
    module: str = ""


@attrs.frozen
class Discriminator:
    property: str
    mapping: tuple[tuple[str, str], ...]
    """(tag value, declaration key of the member model), in spec order."""


@attrs.frozen
class Alias:
    """A named schema that is not an object model or enum: a union, list, map or primitive."""

    key: str
    origin: Origin
    target: TypeRef
    discriminator: Discriminator | None = None
    description: str = ""
    example: Any = None
    has_example: bool = False
    name: str = ""
    module: str = ""


Decl = Model | Enum | Alias


def unwrap(decls: Mapping[str, Decl], t: TypeRef | None) -> TypeRef | None:
    """``t`` without the ``None`` it admits and the aliases it names: the first type that is
    neither (a reference to a model, an enum or an unknown key, or to an alias met twice)."""
    seen: set[str] = set()
    while True:
        if isinstance(t, Nullable):
            t = t.inner
        elif isinstance(t, Ref) and t.key not in seen:
            seen.add(t.key)
            decl = decls.get(t.key)
            if not isinstance(decl, Alias):
                return t
            t = decl.target
        else:
            return t


# --- operations ------------------------------------------------------------------------------


@attrs.frozen
class Param:
    wire: str
    location: ParamLocation
    type: TypeRef
    required: bool
    style: ParamStyle
    explode: bool
    allow_reserved: bool = False
    description: str = ""
    example: Any = None
    has_example: bool = False
    deprecated: bool = False
    name: str = ""
    deprecation: str = ""
    """``x-speakeasy-deprecation-message`` of a deprecated parameter."""
    name_hint: str = ""
    """An argument name the spec asks for (``x-speakeasy-name-override``)."""
    as_json: bool = False
    """Described with a JSON media type under ``content`` (not with ``schema``): the value is
    sent as its JSON text, whatever ``style`` would say."""


@attrs.frozen
class Body:
    media_type: str
    kind: BodyKind
    """``jsonl``: a list sent one JSON document a line."""
    type: TypeRef
    required: bool
    description: str = ""
    stream_flag_wire: str = ""
    """Wire name of a boolean body field asking the server to stream (``stream_flag``: its
    Python name, set by naming)."""
    stream_flag: str = ""
    encoding: tuple[tuple[str, str, bool], ...] = ()
    """Form bodies: (property wire name, style, explode) where the spec's ``encoding`` sets
    them; other properties are ``form``, exploded."""
    part: str = ""
    """Multipart bodies that are one value (a file): the name of the part that carries it."""
    part_types: tuple[tuple[str, str], ...] = ()  # multipart: (part, Content-Type) from encoding
    stream_request_field: bool = False
    """``stream_flag`` was named by ``x-speakeasy-stream-request-field``: a request whose flag is
    already true is answered with the stream, as ``stream=True`` would be."""
    fields_as_args: bool = False
    """The method also takes the body's fields as keyword arguments (an object body, within
    ``x-speakeasy-max-method-params``; set by build)."""
    args: tuple[tuple[str, str], ...] = ()
    """Those keyword arguments: (argument name, model field name), required fields first; the
    stream flag is left out where the method has a ``stream`` argument (set by naming)."""


@attrs.frozen
class Response:
    status: str
    """``200``, ``4XX``, ``default``."""
    kind: ResponseKind
    """``jsonl``: one JSON document a line; ``type`` is an item's."""
    media_type: str
    type: TypeRef | None
    description: str = ""
    sentinel: str = ""
    error_class: str = ""
    """Name of the exception class for an error status (set by naming)."""


@attrs.frozen
class Operation:
    key: str
    """``METHOD /path``."""
    operation_id: str
    method: str
    path: str
    tag: str
    summary: str
    description: str
    params: tuple[Param, ...]
    body: Body | None
    responses: tuple[Response, ...]
    """Success responses (2XX; and ``default`` when it is the only one)."""
    errors: tuple[Response, ...]
    security: tuple[tuple[str, ...], ...]
    servers: tuple[str, ...] = ()
    deprecated: bool = False
    name_hint: str = ""
    """A method name the spec asks for (``x-speakeasy-name-override`` and the like)."""
    name: str = ""
    module: str = ""
    retries: Retries | None = None
    pagination: Pagination | None = None
    paging: PagePlan | None = None
    """:attr:`pagination` in Python names (set by naming)."""
    deprecation: str = ""
    """``x-speakeasy-deprecation-message`` of a deprecated operation."""
    variant: str = ""
    """Another media type of the same operation's body (``multipart``, ``form``): its own method,
    named with this suffix."""
    request_object: bool = False
    """More parameters than ``x-speakeasy-max-method-params`` allows: the method takes them in
    one request object instead of as keyword arguments."""
    request_class: str = ""
    """Name of that request object's class (in the operation's module; set by naming)."""


FIELD_BODY_KINDS = ("json", "form", "multipart")
"""Body kinds whose object can be given field by field."""


def streams(op: Operation) -> bool:
    """Whether ``op`` can answer with an event stream (its method then reads a ``stream``
    argument, or always streams)."""
    return any(r.kind == "sse" for r in op.responses)


def body_arg_fields(op: Operation, decls: Mapping[str, Decl]) -> tuple[Field, ...]:
    """The fields of ``op``'s body that its method can take as keyword arguments: those of an
    object body (a model; a multipart body sent as one file part has none), less the stream
    flag where an event-stream response gives the method a ``stream`` argument of its own."""
    body = op.body
    if body is None or body.kind not in FIELD_BODY_KINDS or body.part:
        return ()
    t = unwrap(decls, body.type)
    model = decls.get(t.key) if isinstance(t, Ref) else None
    if not isinstance(model, Model):
        return ()
    flag = body.stream_flag_wire if streams(op) else ""
    return tuple(f for f in model.fields if not (flag and f.wire == flag))


@attrs.frozen
class ServerVariable:
    wire: str
    default: str
    enum: tuple[str, ...] = ()
    description: str = ""
    name: str = ""
    """Client keyword argument (set by naming)."""


@attrs.frozen
class Server:
    """A server of the document with its ``x-speakeasy-server-id`` and variables."""

    url: str
    """The URL template (``https://{region}.example.com``)."""
    id: str = ""
    description: str = ""
    variables: tuple[ServerVariable, ...] = ()


@attrs.frozen
class ErrorClass:
    name: str
    status: str
    type: TypeRef | None
    description: str = ""
    base: str = ""
    """The runtime's class it derives from: its status's shared class (set by naming)."""


@attrs.frozen
class Group:
    tag: str
    """What the group goes by: its operations' tag; in a spec whose operations have no tags,
    the resource their paths act on (``customers`` for ``/v1/customers/{id}``)."""
    description: str
    operations: tuple[Operation, ...]
    name: str = ""
    """Attribute on the client (``images``)."""
    class_name: str = ""
    module: str = ""


@attrs.frozen
class SecurityScheme:
    key: str
    placement: Placement
    param_name: str = ""
    """Header, query or cookie name for an API key."""
    description: str = ""
    arg: str = ""
    """Client keyword argument (set by naming); basic schemes take ``<arg>_username`` etc."""


@attrs.frozen
class Retries:
    initial_interval: float
    max_interval: float
    exponent: float
    max_elapsed_time: float
    max_attempts: int | None
    status_codes: tuple[str, ...]
    retry_connection_errors: bool


@attrs.frozen
class Webhook:
    name: str
    method: str
    body: TypeRef | None


@attrs.frozen
class Api:
    title: str
    version: str
    description: str
    package: str
    """Python package name."""
    dist_name: str
    """Distribution name in pyproject."""
    servers: tuple[str, ...]
    decls: tuple[Decl, ...]
    groups: tuple[Group, ...]
    errors: tuple[ErrorClass, ...]
    security: tuple[SecurityScheme, ...]
    retries: Retries | None
    webhooks: tuple[Webhook, ...] = ()
    client_name: str = "Client"
    server_list: tuple[Server, ...] = ()
    """The servers with their ids and variables, when any server has either (else empty: the
    client takes only ``server_url``)."""
    dist_version: str = ""
    """``version`` as a PEP 440 version (set by naming)."""
