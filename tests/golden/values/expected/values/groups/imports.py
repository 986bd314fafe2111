"""imports operations"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._runtime.exchange import araw_method, raw_method
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient
    from ..models.circle import Circle
    from ..operations import import_lines as _import_lines
    from ..operations import import_shapes as _import_shapes
else:
    # Each operation's module is imported when the operation is first called.
    _import_lines = LazyModule("..operations.import_lines", __package__)
    _import_shapes = LazyModule("..operations.import_shapes", __package__)


class ImportsApi:
    """imports operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ImportsApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return ImportsApiWithRawResponse(self)

    def import_lines(
        self,
        request: bytes | list[Any],
        *,
        options: RequestOptions | None = None,
    ) -> None:
        """The lines as a file holds them, or items written one a line"""
        return _import_lines.call(
            self._client,
            request,
            options=options,
        )

    def import_shapes(
        self,
        request: bytes | list[Circle],
        *,
        options: RequestOptions | None = None,
    ) -> None:
        """importShapes"""
        return _import_shapes.call(
            self._client,
            request,
            options=options,
        )


class ImportsApiWithRawResponse:
    """``ImportsApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: ImportsApi) -> None:
        self.import_lines = raw_method(api.import_lines)
        self.import_shapes = raw_method(api.import_shapes)


class AsyncImportsApi:
    """imports operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncImportsApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncImportsApiWithRawResponse(self)

    async def import_lines(
        self,
        request: bytes | list[Any],
        *,
        options: RequestOptions | None = None,
    ) -> None:
        """The lines as a file holds them, or items written one a line"""
        return await _import_lines.acall(
            self._client,
            request,
            options=options,
        )

    async def import_shapes(
        self,
        request: bytes | list[Circle],
        *,
        options: RequestOptions | None = None,
    ) -> None:
        """importShapes"""
        return await _import_shapes.acall(
            self._client,
            request,
            options=options,
        )


class AsyncImportsApiWithRawResponse:
    """``AsyncImportsApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncImportsApi) -> None:
        self.import_lines = araw_method(api.import_lines)
        self.import_shapes = araw_method(api.import_shapes)
