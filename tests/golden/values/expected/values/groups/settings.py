"""settings operations"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from .._runtime.exchange import araw_method, raw_method
from .._runtime.fields import from_fields
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule

if TYPE_CHECKING:
    from .. import models as _models
    from .._runtime.aio import AsyncBaseClient
    from ..models.create_setting_request import CreateSettingRequest
    from ..models.get_setting_key import GetSettingKey
    from ..models.list_settings_filter import ListSettingsFilter
    from ..models.setting import Setting
    from ..operations import create_setting as _create_setting
    from ..operations import get_setting as _get_setting
    from ..operations import list_settings as _list_settings
else:
    # Each operation's module is imported when the operation is first called.
    _list_settings = LazyModule("..operations.list_settings", __package__)
    _create_setting = LazyModule("..operations.create_setting", __package__)
    _get_setting = LazyModule("..operations.get_setting", __package__)
    _models = LazyModule("..models", __package__)


class SettingsApi:
    """settings operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> SettingsApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return SettingsApiWithRawResponse(self)

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


class SettingsApiWithRawResponse:
    """``SettingsApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: SettingsApi) -> None:
        self.list_settings = raw_method(api.list_settings)
        self.create_setting = raw_method(api.create_setting)
        self.get_setting = raw_method(api.get_setting)


class AsyncSettingsApi:
    """settings operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncSettingsApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncSettingsApiWithRawResponse(self)

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


class AsyncSettingsApiWithRawResponse:
    """``AsyncSettingsApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncSettingsApi) -> None:
        self.list_settings = araw_method(api.list_settings)
        self.create_setting = araw_method(api.create_setting)
        self.get_setting = araw_method(api.get_setting)
