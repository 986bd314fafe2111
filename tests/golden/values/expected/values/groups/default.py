"""Default operations"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._runtime.exchange import raw_method
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule

if TYPE_CHECKING:
    from ..models.circle import Circle
    from ..models.create_setting_request import CreateSettingRequest
    from ..models.drawing import Drawing
    from ..models.get_setting_key import GetSettingKey
    from ..models.list_settings_filter import ListSettingsFilter
    from ..models.setting import Setting
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

    def create_setting(
        self,
        request: CreateSettingRequest,
        *,
        options: RequestOptions | None = None,
    ) -> None:
        """createSetting"""
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

    def save_drawing(
        self,
        request: Drawing,
        *,
        options: RequestOptions | None = None,
    ) -> Drawing:
        """saveDrawing"""
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
