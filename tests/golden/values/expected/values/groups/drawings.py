"""drawings operations"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from .._runtime.exchange import araw_method, raw_method
from .._runtime.fields import from_fields
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .. import models as _models
    from .._runtime.aio import AsyncBaseClient
    from ..models.drawing import Drawing
    from ..models.shape import Shape
    from ..operations import save_drawing as _save_drawing
else:
    # Each operation's module is imported when the operation is first called.
    _save_drawing = LazyModule("..operations.save_drawing", __package__)
    _models = LazyModule("..models", __package__)


class DrawingsApi:
    """drawings operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> DrawingsApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return DrawingsApiWithRawResponse(self)

    @overload
    def save_drawing(
        self,
        request: Drawing,
        *,
        options: RequestOptions | None = None,
    ) -> Drawing: ...

    @overload
    def save_drawing(
        self,
        *,
        main: Shape | Unset = UNSET,
        layers: list[Shape] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Drawing: ...

    def save_drawing(
        self,
        request: Drawing | None = None,
        *,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> Drawing:
        """saveDrawing

        The body is one ``Drawing``, or its fields as keyword arguments
        (``main``, ``layers``), not both.
        """
        request = from_fields(request, _models.Drawing, _fields)
        return _save_drawing.call(
            self._client,
            request,
            options=options,
        )


class DrawingsApiWithRawResponse:
    """``DrawingsApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: DrawingsApi) -> None:
        self.save_drawing = raw_method(api.save_drawing)


class AsyncDrawingsApi:
    """drawings operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncDrawingsApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncDrawingsApiWithRawResponse(self)

    @overload
    async def save_drawing(
        self,
        request: Drawing,
        *,
        options: RequestOptions | None = None,
    ) -> Drawing: ...

    @overload
    async def save_drawing(
        self,
        *,
        main: Shape | Unset = UNSET,
        layers: list[Shape] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Drawing: ...

    async def save_drawing(
        self,
        request: Drawing | None = None,
        *,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> Drawing:
        """saveDrawing

        The body is one ``Drawing``, or its fields as keyword arguments
        (``main``, ``layers``), not both.
        """
        request = from_fields(request, _models.Drawing, _fields)
        return await _save_drawing.acall(
            self._client,
            request,
            options=options,
        )


class AsyncDrawingsApiWithRawResponse:
    """``AsyncDrawingsApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncDrawingsApi) -> None:
        self.save_drawing = araw_method(api.save_drawing)
