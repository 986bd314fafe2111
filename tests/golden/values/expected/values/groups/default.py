"""Default operations"""

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
    from ..models.circle import Circle
    from ..models.create_setting_request import CreateSettingRequest
    from ..models.drawing import Drawing
    from ..models.get_setting_key import GetSettingKey
    from ..models.list_settings_filter import ListSettingsFilter
    from ..models.setting import Setting
    from ..models.shape import Shape
    from ..operations import create_setting as _create_setting
    from ..operations import get_setting as _get_setting
    from ..operations import import_lines as _import_lines
    from ..operations import import_shapes as _import_shapes
    from ..operations import list_settings as _list_settings
    from ..operations import save_drawing as _save_drawing
else:
    # Each operation's module is imported when the operation is first called.
    _list_settings = LazyModule("..operations.list_settings", __package__)
    _create_setting = LazyModule("..operations.create_setting", __package__)
    _get_setting = LazyModule("..operations.get_setting", __package__)
    _save_drawing = LazyModule("..operations.save_drawing", __package__)
    _import_lines = LazyModule("..operations.import_lines", __package__)
    _import_shapes = LazyModule("..operations.import_shapes", __package__)
    _models = LazyModule("..models", __package__)


class DefaultApi:
    """Default operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> DefaultApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return DefaultApiWithRawResponse(self)

    def list_settings(
        self,
        *,
        filter: ListSettingsFilter | None = None,
        x_context: list[str] | None = None,
        scope: str | None = None,
        options: RequestOptions | None = None,
    ) -> list[Setting]:
        """listSettings"""
        return _list_settings.call(
            self._client,
            filter=filter,
            x_context=x_context,
            scope=scope,
            options=options,
        )

    @overload
    def create_setting(
        self,
        request: CreateSettingRequest,
        *,
        options: RequestOptions | None = None,
    ) -> None: ...

    @overload
    def create_setting(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> None: ...

    def create_setting(
        self,
        request: CreateSettingRequest | None = None,
        *,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> None:
        """createSetting

        The body is one ``CreateSettingRequest``, or its fields as keyword arguments
        (``id``), not both.
        """
        request = from_fields(request, _models.CreateSettingRequest, _fields)
        return _create_setting.call(
            self._client,
            request,
            options=options,
        )

    def get_setting(
        self,
        *,
        key: GetSettingKey,
        options: RequestOptions | None = None,
    ) -> Setting:
        """getSetting"""
        return _get_setting.call(
            self._client,
            key=key,
            options=options,
        )

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


class DefaultApiWithRawResponse:
    """``DefaultApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: DefaultApi) -> None:
        self.list_settings = raw_method(api.list_settings)
        self.create_setting = raw_method(api.create_setting)
        self.get_setting = raw_method(api.get_setting)
        self.save_drawing = raw_method(api.save_drawing)
        self.import_lines = raw_method(api.import_lines)
        self.import_shapes = raw_method(api.import_shapes)


class AsyncDefaultApi:
    """Default operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncDefaultApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncDefaultApiWithRawResponse(self)

    async def list_settings(
        self,
        *,
        filter: ListSettingsFilter | None = None,
        x_context: list[str] | None = None,
        scope: str | None = None,
        options: RequestOptions | None = None,
    ) -> list[Setting]:
        """listSettings"""
        return await _list_settings.acall(
            self._client,
            filter=filter,
            x_context=x_context,
            scope=scope,
            options=options,
        )

    @overload
    async def create_setting(
        self,
        request: CreateSettingRequest,
        *,
        options: RequestOptions | None = None,
    ) -> None: ...

    @overload
    async def create_setting(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> None: ...

    async def create_setting(
        self,
        request: CreateSettingRequest | None = None,
        *,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> None:
        """createSetting

        The body is one ``CreateSettingRequest``, or its fields as keyword arguments
        (``id``), not both.
        """
        request = from_fields(request, _models.CreateSettingRequest, _fields)
        return await _create_setting.acall(
            self._client,
            request,
            options=options,
        )

    async def get_setting(
        self,
        *,
        key: GetSettingKey,
        options: RequestOptions | None = None,
    ) -> Setting:
        """getSetting"""
        return await _get_setting.acall(
            self._client,
            key=key,
            options=options,
        )

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


class AsyncDefaultApiWithRawResponse:
    """``AsyncDefaultApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncDefaultApi) -> None:
        self.list_settings = araw_method(api.list_settings)
        self.create_setting = araw_method(api.create_setting)
        self.get_setting = araw_method(api.get_setting)
        self.save_drawing = araw_method(api.save_drawing)
        self.import_lines = araw_method(api.import_lines)
        self.import_shapes = araw_method(api.import_shapes)
