"""Default operations"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from .._runtime.exchange import araw_method, raw_method
from .._runtime.fields import from_fields
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule
from .._runtime.lines import JsonLines
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .. import models as _models
    from .._runtime.aio import AsyncBaseClient
    from .._runtime.stream_aio import AsyncJsonLines
    from ..models.add_attachment_response_item import AddAttachmentResponseItem
    from ..models.batch import Batch
    from ..models.create_call_request import CreateCallRequest
    from ..models.create_call_request_options import CreateCallRequestOptions
    from ..models.create_call_response import CreateCallResponse
    from ..models.result import Result
    from ..models.start_session_request import StartSessionRequest
    from ..models.start_session_request_session import StartSessionRequestSession
    from ..operations import add_attachment as _add_attachment
    from ..operations import batch_results as _batch_results
    from ..operations import create_call as _create_call
    from ..operations import export_batches as _export_batches
    from ..operations import get_search_by_owner as _get_search_by_owner
    from ..operations import import_batches as _import_batches
    from ..operations import list_batches as _list_batches
    from ..operations import put_avatar as _put_avatar
    from ..operations import search_by_tag as _search_by_tag
    from ..operations import start_session as _start_session
else:
    # Each operation's module is imported when the operation is first called.
    _list_batches = LazyModule("..operations.list_batches", __package__)
    _batch_results = LazyModule("..operations.batch_results", __package__)
    _export_batches = LazyModule("..operations.export_batches", __package__)
    _import_batches = LazyModule("..operations.import_batches", __package__)
    _search_by_tag = LazyModule("..operations.search_by_tag", __package__)
    _get_search_by_owner = LazyModule("..operations.get_search_by_owner", __package__)
    _create_call = LazyModule("..operations.create_call", __package__)
    _add_attachment = LazyModule("..operations.add_attachment", __package__)
    _put_avatar = LazyModule("..operations.put_avatar", __package__)
    _start_session = LazyModule("..operations.start_session", __package__)
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

    def list_batches(
        self,
        *,
        limit: int | None = None,
        before_id: str | None = None,
        options: RequestOptions | None = None,
    ) -> list[Batch]:
        """listBatches"""
        return _list_batches.call(
            self._client,
            limit=limit,
            before_id=before_id,
            options=options,
        )

    def batch_results(
        self,
        *,
        batch_id: str,
        options: RequestOptions | None = None,
    ) -> JsonLines[Result]:
        """batchResults"""
        return _batch_results.call(
            self._client,
            batch_id=batch_id,
            options=options,
        )

    def export_batches(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> JsonLines[Batch]:
        """exportBatches"""
        return _export_batches.call(
            self._client,
            options=options,
        )

    def import_batches(
        self,
        request: list[Batch],
        *,
        options: RequestOptions | None = None,
    ) -> None:
        """importBatches"""
        return _import_batches.call(
            self._client,
            request,
            options=options,
        )

    def search_by_tag(
        self,
        *,
        tag: str,
        options: RequestOptions | None = None,
    ) -> list[str]:
        """searchByTag"""
        return _search_by_tag.call(
            self._client,
            tag=tag,
            options=options,
        )

    def get_search_by_owner(
        self,
        *,
        owner: str,
        options: RequestOptions | None = None,
    ) -> bytes:
        """get/search#by-owner"""
        return _get_search_by_owner.call(
            self._client,
            owner=owner,
            options=options,
        )

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

    def add_attachment(
        self,
        request: bytes,
        *,
        issue: str,
        options: RequestOptions | None = None,
    ) -> list[AddAttachmentResponseItem]:
        """addAttachment"""
        return _add_attachment.call(
            self._client,
            request,
            issue=issue,
            options=options,
        )

    def put_avatar(
        self,
        request: bytes | None = None,
        *,
        user: str,
        options: RequestOptions | None = None,
    ) -> None:
        """putAvatar"""
        return _put_avatar.call(
            self._client,
            request,
            user=user,
            options=options,
        )

    @overload
    def start_session(
        self,
        request: StartSessionRequest,
        *,
        options: RequestOptions | None = None,
    ) -> bytes: ...

    @overload
    def start_session(
        self,
        *,
        sdp: str,
        session: StartSessionRequestSession | Unset = UNSET,
        audio: bytes | Unset = UNSET,
        notes: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> bytes: ...

    def start_session(
        self,
        request: StartSessionRequest | None = None,
        *,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> bytes:
        """A multipart body whose encoding gives its parts' types

        The body is one ``StartSessionRequest``, or its fields as keyword arguments
        (``sdp``, ``session``, ``audio``, ``notes``), not both.
        """
        request = from_fields(request, _models.StartSessionRequest, _fields)
        return _start_session.call(
            self._client,
            request,
            options=options,
        )


class DefaultApiWithRawResponse:
    """``DefaultApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: DefaultApi) -> None:
        self.list_batches = raw_method(api.list_batches)
        self.batch_results = raw_method(api.batch_results)
        self.export_batches = raw_method(api.export_batches)
        self.import_batches = raw_method(api.import_batches)
        self.search_by_tag = raw_method(api.search_by_tag)
        self.get_search_by_owner = raw_method(api.get_search_by_owner)
        self.create_call = raw_method(api.create_call)
        self.add_attachment = raw_method(api.add_attachment)
        self.put_avatar = raw_method(api.put_avatar)
        self.start_session = raw_method(api.start_session)


class AsyncDefaultApi:
    """Default operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncDefaultApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncDefaultApiWithRawResponse(self)

    async def list_batches(
        self,
        *,
        limit: int | None = None,
        before_id: str | None = None,
        options: RequestOptions | None = None,
    ) -> list[Batch]:
        """listBatches"""
        return await _list_batches.acall(
            self._client,
            limit=limit,
            before_id=before_id,
            options=options,
        )

    async def batch_results(
        self,
        *,
        batch_id: str,
        options: RequestOptions | None = None,
    ) -> AsyncJsonLines[Result]:
        """batchResults"""
        return await _batch_results.acall(
            self._client,
            batch_id=batch_id,
            options=options,
        )

    async def export_batches(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> AsyncJsonLines[Batch]:
        """exportBatches"""
        return await _export_batches.acall(
            self._client,
            options=options,
        )

    async def import_batches(
        self,
        request: list[Batch],
        *,
        options: RequestOptions | None = None,
    ) -> None:
        """importBatches"""
        return await _import_batches.acall(
            self._client,
            request,
            options=options,
        )

    async def search_by_tag(
        self,
        *,
        tag: str,
        options: RequestOptions | None = None,
    ) -> list[str]:
        """searchByTag"""
        return await _search_by_tag.acall(
            self._client,
            tag=tag,
            options=options,
        )

    async def get_search_by_owner(
        self,
        *,
        owner: str,
        options: RequestOptions | None = None,
    ) -> bytes:
        """get/search#by-owner"""
        return await _get_search_by_owner.acall(
            self._client,
            owner=owner,
            options=options,
        )

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

    async def add_attachment(
        self,
        request: bytes,
        *,
        issue: str,
        options: RequestOptions | None = None,
    ) -> list[AddAttachmentResponseItem]:
        """addAttachment"""
        return await _add_attachment.acall(
            self._client,
            request,
            issue=issue,
            options=options,
        )

    async def put_avatar(
        self,
        request: bytes | None = None,
        *,
        user: str,
        options: RequestOptions | None = None,
    ) -> None:
        """putAvatar"""
        return await _put_avatar.acall(
            self._client,
            request,
            user=user,
            options=options,
        )

    @overload
    async def start_session(
        self,
        request: StartSessionRequest,
        *,
        options: RequestOptions | None = None,
    ) -> bytes: ...

    @overload
    async def start_session(
        self,
        *,
        sdp: str,
        session: StartSessionRequestSession | Unset = UNSET,
        audio: bytes | Unset = UNSET,
        notes: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> bytes: ...

    async def start_session(
        self,
        request: StartSessionRequest | None = None,
        *,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> bytes:
        """A multipart body whose encoding gives its parts' types

        The body is one ``StartSessionRequest``, or its fields as keyword arguments
        (``sdp``, ``session``, ``audio``, ``notes``), not both.
        """
        request = from_fields(request, _models.StartSessionRequest, _fields)
        return await _start_session.acall(
            self._client,
            request,
            options=options,
        )


class AsyncDefaultApiWithRawResponse:
    """``AsyncDefaultApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncDefaultApi) -> None:
        self.list_batches = araw_method(api.list_batches)
        self.batch_results = araw_method(api.batch_results)
        self.export_batches = araw_method(api.export_batches)
        self.import_batches = araw_method(api.import_batches)
        self.search_by_tag = araw_method(api.search_by_tag)
        self.get_search_by_owner = araw_method(api.get_search_by_owner)
        self.create_call = araw_method(api.create_call)
        self.add_attachment = araw_method(api.add_attachment)
        self.put_avatar = araw_method(api.put_avatar)
        self.start_session = araw_method(api.start_session)
