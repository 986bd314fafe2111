"""How an operation pages, as the intermediate model records it (re-exported by :mod:`ir`):
the description read from the spec (:class:`Pagination`) and the plan naming makes of it
(:class:`PagePlan`)."""

from __future__ import annotations

from typing import Literal

import attrs

from .ir_types import TypeRef

PageRole = Literal["offset", "page", "limit", "cursor"]
PageInputLocation = Literal["param", "body"]
PaginationKind = Literal["offsetLimit", "cursor", "url", "link"]


@attrs.frozen
class PageInput:
    role: PageRole
    location: PageInputLocation
    """``param`` (an operation parameter) or ``body`` (a property of the request body)."""
    wire: str


@attrs.frozen
class Pagination:
    """How an operation pages (``x-speakeasy-pagination``, or a documented ``Link`` header).
    Paths are JSONPath steps into the response body: property names and list indexes."""

    kind: PaginationKind
    inputs: tuple[PageInput, ...] = ()
    results: tuple[str | int, ...] | None = None
    next_cursor: tuple[str | int, ...] | None = None
    num_pages: tuple[str | int, ...] | None = None
    next_url: tuple[str | int, ...] | None = None


@attrs.frozen
class PagePlan:
    """What an operation module needs to page (set by naming): Python names for the inputs,
    the item type, and the path to the items (attribute names when ``typed``, else wire names)."""

    kind: PaginationKind
    inputs: tuple[tuple[PageRole, PageInputLocation, str], ...]
    """(role, ``param``/``body``, Python name)."""
    item: TypeRef
    typed: bool
    results: tuple[str | int, ...] | None
    next_cursor: tuple[str | int, ...] | None
    num_pages: tuple[str | int, ...] | None
    next_url: tuple[str | int, ...] | None
