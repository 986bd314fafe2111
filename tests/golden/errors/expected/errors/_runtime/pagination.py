"""Pages of a list operation: the first page as the call returns it, the next ones on demand.

An operation that pages returns a :class:`Page`: ``page.data`` is the typed response body,
``page.next()`` the following page (``None`` after the last), ``page.iter_pages()`` this page
and every later one, ``page.iter_items()`` every item of every page, fetched lazily.

How the next page is asked for is described by a :class:`Paging` (generated per operation):

- ``offsetLimit``: the ``offset`` input grows by the number of items received, or the ``page``
  input by one (an unset page counts as 1, an unset offset as 0);
- ``cursor``: the ``cursor`` input takes the value found at ``next_cursor`` in the response;
- ``url``: the next request goes to the URL found at ``next_url`` in the response;
- ``link``: the next request goes to the ``rel="next"`` target of the ``Link`` header (RFC 8288).

Paging stops on an empty page, a missing, null or repeated cursor or URL, fewer items than
the ``limit`` input asked for, or the page number reaching ``num_pages``.

Credentials stay on their origin: a next page (``url`` or ``link``) on another scheme, host or
port than the page that named it raises :class:`CrossOriginPageError` instead of being sent
with the call's credentials and headers, unless the caller allowed that origin with
``page.allow_origins("https://other.example.com")``.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Generic, TypeVar

import attrs
import urllib3

from .errors import SDKError
from .http import BaseClient, HttpRequest, RequestOptions
from .unset import Unset
from .urls import build_url, encode_query

R = TypeVar("R")
I = TypeVar("I")

Step = str | int
"""One step of a path into a response: a property name or a list index (negative from the end)."""


@attrs.frozen
class Input:
    """Where a paging input goes: ``param`` (a keyword argument of the call, by its Python
    name) or ``body`` (a field of the request body, by its Python name)."""

    where: str
    name: str


@attrs.frozen
class Paging:
    """How an operation pages. Paths are tuples of steps; ``results`` walks the typed
    response by attribute names when ``typed_results``, else the JSON document by wire names;
    the other outputs always walk the JSON document."""

    kind: str
    offset: Input | None = None
    page: Input | None = None
    limit: Input | None = None
    cursor: Input | None = None
    results: tuple[Step, ...] | None = None
    typed_results: bool = False
    next_cursor: tuple[Step, ...] | None = None
    num_pages: tuple[Step, ...] | None = None
    next_url: tuple[Step, ...] | None = None


@attrs.frozen
class PageCall:
    """The arguments of one call: the request body, the keyword arguments and the options;
    ``url``, when set, replaces the request's URL (``url`` and ``link`` paging)."""

    request: Any
    params: Mapping[str, Any]
    options: RequestOptions | None
    url: str | None = None
    allowed_origins: frozenset[str] = frozenset()
    """Origins (``scheme://host:port``) besides the page's own that next pages may come from."""


Fetch = Callable[[PageCall], tuple[R, urllib3.BaseHTTPResponse, str]]
"""Sends one call; returns the typed body, the response it came from and the request's URL."""

_MISSING: Any = object()
_DEFAULT_PORTS = {"http": 80, "https": 443}


class CrossOriginPageError(SDKError):
    """The next page is on another origin (scheme, host or port) than the page that names it;
    it is not fetched, so the call's credentials do not leave their origin. Allow it with
    ``page.allow_origins(...)`` when that server is trusted."""

    def __init__(self, page_origin: str, next_origin: str, next_url: str) -> None:
        super().__init__(
            f"the next page is on {next_origin}, another origin than {page_origin}: not fetched, "
            f"so the credentials stay on {page_origin}; call "
            f"page.allow_origins({next_origin!r}) to follow it"
        )
        self.page_origin = page_origin
        self.next_origin = next_origin
        self.next_url = next_url


def origin(url: str) -> str:
    """``scheme://host:port`` of an absolute URL, the port written out (``https://a`` is
    ``https://a:443``); scheme and host lower-cased."""
    parts = urllib.parse.urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    return f"{scheme}://{host}:{port or _DEFAULT_PORTS.get(scheme, 0)}"


def walk(value: Any, path: Sequence[Step]) -> Any:
    """The value at ``path`` inside ``value`` (mappings by key, objects by attribute, lists by
    index); ``None`` when any step is missing, null or unset."""
    for step in path:
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(step, int):
            if not isinstance(value, (list, tuple)) or not -len(value) <= step < len(
                value
            ):
                return None
            value = value[step]
        elif isinstance(value, Mapping):
            value = value.get(step)
        else:
            value = getattr(value, step, None)
    return None if isinstance(value, Unset) else value


_LINK = re.compile(r"<([^>]*)>\s*((?:;\s*[^;,]*)*)")
_REL = re.compile(r"""(?i)(?:^|;)\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,"]+))""")


def next_link(header: str | None) -> str | None:
    """The target of the ``rel="next"`` link of a ``Link`` header value (RFC 8288), if any."""
    if not header:
        return None
    for match in _LINK.finditer(header):
        for rel in _REL.finditer(match.group(2)):
            if "next" in (rel.group(1) or rel.group(2) or "").lower().split():
                return match.group(1).strip()
    return None


def with_url(
    request: HttpRequest, options: RequestOptions | None, url: str
) -> tuple[HttpRequest, RequestOptions]:
    """``request`` sent to the absolute ``url`` instead (its own query only; method, headers,
    body and credentials kept)."""
    parts = urllib.parse.urlsplit(url)
    path = parts.path or "/"
    if parts.query:
        path = f"{path}?{parts.query}"
    origin = f"{parts.scheme}://{parts.netloc}"
    opts = options or RequestOptions()
    return attrs.evolve(request, path=path, query=()), attrs.evolve(
        opts, server_url=origin
    )


def send_page(
    client: BaseClient, request: HttpRequest, call: PageCall
) -> tuple[urllib3.BaseHTTPResponse, str]:
    """Send ``request`` with the call's options (to the call's ``url`` when it has one);
    return the response and the URL asked for, against which a relative next link resolves."""
    options = call.options
    if call.url is not None:
        request, options = with_url(request, options, call.url)
    server = (
        options.server_url
        if options is not None and not isinstance(options.server_url, Unset)
        else request.server_url or client.server_url
    )
    url = build_url(server, request.path, encode_query(list(request.query)))
    return client.send(request, options), url


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


class Page(Generic[R, I]):
    """One page of a list operation: ``data`` is the response body, typed as the operation
    documents it; ``items`` the page's items (``results`` of the paging description)."""

    def __init__(
        self,
        data: R,
        response: urllib3.BaseHTTPResponse,
        url: str,
        paging: Paging,
        fetch: Fetch[R],
        call: PageCall,
    ) -> None:
        self.data = data
        self.status_code = response.status
        self.headers: Mapping[str, str] = {
            k.lower(): v for k, v in response.headers.items()
        }
        self._body = response.data
        self._url = url
        self._paging = paging
        self._fetch = fetch
        self._call = call
        self._document: Any = _MISSING
        self._next: Any = _MISSING

    def __repr__(self) -> str:
        return f"Page({self.data!r})"

    def _json(self) -> Any:
        if self._document is _MISSING:
            try:
                self._document = json.loads(self._body) if self._body else None
            except ValueError:
                self._document = None
        return self._document

    @property
    def items(self) -> list[I]:
        """The items of this page (empty when the response has none where they should be)."""
        p = self._paging
        if p.results is None:
            return []
        found = walk(self.data if p.typed_results else self._json(), p.results)
        return list(found) if isinstance(found, (list, tuple)) else []

    def next(self) -> Page[R, I] | None:
        """The next page, fetched with this call's arguments and options (once; later calls
        return the same page), or ``None`` after the last one."""
        if self._next is _MISSING:
            call = self._next_call()
            if call is not None and call.url is not None:
                here, there = origin(self._url), origin(call.url)
                if there != here and there not in call.allowed_origins:
                    raise CrossOriginPageError(here, there, call.url)
            self._next = (
                None if call is None else first_page(self._paging, self._fetch, call)
            )
        result: Page[R, I] | None = self._next
        return result

    def allow_origins(self, *origins: str) -> Page[R, I]:
        """Let the next pages come from these origins too (``"https://cdn.example.com"``; any
        URL works, its scheme, host and port are what count), with the call's credentials and
        headers. Returns this page; pages fetched after it keep the permission."""
        allowed = self._call.allowed_origins | {origin(o) for o in origins}
        self._call = attrs.evolve(self._call, allowed_origins=allowed)
        return self

    def has_next(self) -> bool:
        """Whether :meth:`next` would give a page (it may be an empty one)."""
        if self._next is _MISSING:
            return self._next_call() is not None
        return self._next is not None

    def iter_pages(self) -> Iterator[Page[R, I]]:
        """This page and every later one, each fetched when the iteration reaches it."""
        page: Page[R, I] | None = self
        while page is not None:
            yield page
            page = page.next()

    def iter_items(self) -> Iterator[I]:
        """Every item of this page and of every later one, pages fetched as needed."""
        for page in self.iter_pages():
            yield from page.items

    def _results_count(self) -> int | None:
        if self._paging.results is None:
            return None
        return len(self.items)

    def _input(self, target: Input | None) -> Any:
        if target is None:
            return None
        if target.where == "param":
            value = self._call.params.get(target.name)
        else:
            value = getattr(self._call.request, target.name, None)
        return None if isinstance(value, Unset) else value

    def _with_inputs(self, values: Mapping[Input, Any]) -> PageCall | None:
        params = dict(self._call.params)
        request = self._call.request
        body: dict[str, Any] = {}
        for target, value in values.items():
            if target.where == "param":
                params[target.name] = value
            else:
                body[target.name] = value
        if body:
            if request is None or not attrs.has(type(request)):
                return None  # nowhere to put the input: no request object to copy
            request = attrs.evolve(request, **body)
        return attrs.evolve(self._call, request=request, params=params)

    def _next_call(self) -> PageCall | None:
        p = self._paging
        count = self._results_count()
        if count == 0:
            return None
        limit = _as_int(self._input(p.limit))
        if limit is not None and count is not None and count < limit:
            return None
        if p.kind == "offsetLimit":
            updates: dict[Input, Any] = {}
            if p.offset is not None:
                if count is None:
                    return None
                updates[p.offset] = (_as_int(self._input(p.offset)) or 0) + count
            if p.page is not None:
                current = _as_int(self._input(p.page)) or 1
                total = (
                    _as_int(walk(self._json(), p.num_pages)) if p.num_pages else None
                )
                if total is not None and current >= total:
                    return None
                updates[p.page] = current + 1
            return self._with_inputs(updates) if updates else None
        if p.kind == "cursor":
            if p.cursor is None or p.next_cursor is None:
                return None
            cursor = walk(self._json(), p.next_cursor)
            if cursor is None or cursor == "" or cursor == self._input(p.cursor):
                return None
            return self._with_inputs({p.cursor: cursor})
        if p.kind == "url":
            target = walk(self._json(), p.next_url) if p.next_url else None
        elif p.kind == "link":
            target = next_link(self.headers.get("link"))
        else:
            return None
        if not isinstance(target, str) or not target:
            return None
        url = urllib.parse.urljoin(self._url, target)
        if url == self._url:
            return None
        return attrs.evolve(self._call, url=url)


def first_page(paging: Paging, fetch: Fetch[R], call: PageCall) -> Page[R, Any]:
    """Send ``call`` and wrap its response as a page."""
    data, response, url = fetch(call)
    return Page(data, response, url, paging, fetch, call)
