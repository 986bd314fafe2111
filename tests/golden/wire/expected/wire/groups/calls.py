"""calls operations"""

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
    from ..models.create_call_request import CreateCallRequest
    from ..models.create_call_request_options import CreateCallRequestOptions
    from ..models.create_call_response import CreateCallResponse
    from ..operations import create_call as _create_call
else:
    # Each operation's module is imported when the operation is first called.
    _create_call = LazyModule("..operations.create_call", __package__)
    _models = LazyModule("..models", __package__)


class CallsApi:
    """calls operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> CallsApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return CallsApiWithRawResponse(self)

    @overload
    def create_call(
        self,
        request: CreateCallRequest,
        *,
        options: RequestOptions | None = None,
    ) -> CreateCallResponse: ...

    @overload
    def create_call(
        self,
        *,
        to: str,
        status_callback_event: list[str] | Unset = UNSET,
        codecs: list[str] | Unset = UNSET,
        metadata: dict[str, str] | Unset = UNSET,
        options_body: CreateCallRequestOptions | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> CreateCallResponse: ...

    def create_call(
        self,
        request: CreateCallRequest | None = None,
        *,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> CreateCallResponse:
        """createCall

        The body is one ``CreateCallRequest``, or its fields as keyword arguments
        (``to``, ``status_callback_event``, ``codecs``, ``metadata``, ``options_body`` (field ``options``)), not both.
        """
        request = from_fields(
            request, _models.CreateCallRequest, _fields, {"options_body": "options"}
        )
        return _create_call.call(
            self._client,
            request,
            options=options,
        )


class CallsApiWithRawResponse:
    """``CallsApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: CallsApi) -> None:
        self.create_call = raw_method(api.create_call)


class AsyncCallsApi:
    """calls operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncCallsApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncCallsApiWithRawResponse(self)

    @overload
    async def create_call(
        self,
        request: CreateCallRequest,
        *,
        options: RequestOptions | None = None,
    ) -> CreateCallResponse: ...

    @overload
    async def create_call(
        self,
        *,
        to: str,
        status_callback_event: list[str] | Unset = UNSET,
        codecs: list[str] | Unset = UNSET,
        metadata: dict[str, str] | Unset = UNSET,
        options_body: CreateCallRequestOptions | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> CreateCallResponse: ...

    async def create_call(
        self,
        request: CreateCallRequest | None = None,
        *,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> CreateCallResponse:
        """createCall

        The body is one ``CreateCallRequest``, or its fields as keyword arguments
        (``to``, ``status_callback_event``, ``codecs``, ``metadata``, ``options_body`` (field ``options``)), not both.
        """
        request = from_fields(
            request, _models.CreateCallRequest, _fields, {"options_body": "options"}
        )
        return await _create_call.acall(
            self._client,
            request,
            options=options,
        )


class AsyncCallsApiWithRawResponse:
    """``AsyncCallsApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncCallsApi) -> None:
        self.create_call = araw_method(api.create_call)
