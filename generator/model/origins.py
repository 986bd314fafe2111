"""Where a declaration comes from, as data: the build stage records an origin for every model,
enum and alias it makes, and :mod:`generator.naming.origins` alone turns an origin into the text
a class name is made from. Origins nest: a property of an inline object records the object's
origin as its parent.

Operations, parameters and fields carry no origin: their ``name_hint`` is the spec's own word
for them (``x-speakeasy-name-override``), read as it stands, never a name composed here."""

from __future__ import annotations

from typing import Literal

import attrs


@attrs.frozen
class Pointer:
    """A schema reached by its location (a component, or any other ``$ref`` target)."""

    ptr: str
    """JSON pointer into the document, without the leading ``#``."""


@attrs.frozen
class Title:
    """A schema named by its own ``title`` (a ``$ref`` target outside the components, or a
    union variant)."""

    title: str


@attrs.frozen
class Override:
    """A schema named by its ``x-speakeasy-name-override``."""

    name: str


@attrs.frozen
class Property:
    """The schema of property ``wire`` of an object."""

    parent: Origin
    wire: str


@attrs.frozen
class Item:
    """The item schema of an array."""

    parent: Origin


@attrs.frozen
class Value:
    """The ``additionalProperties`` schema of an object or map."""

    parent: Origin


@attrs.frozen
class Variant:
    """Untitled variant ``index`` (from 0) of a ``oneOf``/``anyOf``."""

    parent: Origin
    index: int


OperationRole = Literal["request", "response", "error"]
BodyPart = Literal["body", "item", "stream"]


@attrs.frozen
class OperationBody:
    """The body schema of an operation's request, its success response or its error response
    of ``status``; ``part`` says whether the schema is the whole body, one line of a
    line-delimited body (``item``) or one event of an event stream (``stream``)."""

    op_id: str
    role: OperationRole
    status: str = ""
    part: BodyPart = "body"


@attrs.frozen
class Parameter:
    """The schema of an operation's parameter ``name``."""

    op_id: str
    name: str


Origin = Pointer | Title | Override | Property | Item | Value | Variant | OperationBody | Parameter
