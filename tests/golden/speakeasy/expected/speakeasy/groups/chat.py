"""Chat operations: Chat completions"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from .._runtime.exchange import araw_method, raw_method
from .._runtime.fields import from_fields
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule
from .._runtime.sse import EventStream
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .. import models as _models
    from .._runtime.aio import AsyncBaseClient
    from .._runtime.stream_aio import AsyncEventStream
    from ..models.chat_chunk import ChatChunk
    from ..models.chat_request import ChatRequest
    from ..models.chat_response import ChatResponse
    from ..operations import create_chat as _create_chat
    from ..operations import create_legacy_chat as _create_legacy_chat
else:
    # Each operation's module is imported when the operation is first called.
    _create_chat = LazyModule("..operations.create_chat", __package__)
    _create_legacy_chat = LazyModule("..operations.create_legacy_chat", __package__)
    _models = LazyModule("..models", __package__)

if TYPE_CHECKING:
    from typing_extensions import deprecated
else:
    from .._runtime.deprecation import deprecated


class ChatApi:
    """Chat completions"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ChatApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return ChatApiWithRawResponse(self)

    @overload
    def send(
        self,
        request: ChatRequest,
        *,
        stream: None = None,
        options: RequestOptions | None = None,
    ) -> ChatResponse | EventStream[ChatChunk]: ...

    @overload
    def send(
        self,
        request: ChatRequest,
        *,
        stream: Literal[False],
        options: RequestOptions | None = None,
    ) -> ChatResponse: ...

    @overload
    def send(
        self,
        request: ChatRequest,
        *,
        stream: Literal[True],
        options: RequestOptions | None = None,
    ) -> EventStream[ChatChunk] | ChatResponse: ...

    @overload
    def send(
        self,
        *,
        prompt: str,
        temperature: float | Unset = UNSET,
        stream: Literal[False] | None = None,
        options: RequestOptions | None = None,
    ) -> ChatResponse: ...

    @overload
    def send(
        self,
        *,
        prompt: str,
        temperature: float | Unset = UNSET,
        stream: Literal[True],
        options: RequestOptions | None = None,
    ) -> EventStream[ChatChunk] | ChatResponse: ...

    def send(
        self,
        request: ChatRequest | None = None,
        *,
        stream: bool | None = None,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> ChatResponse | EventStream[ChatChunk]:
        """createChat

        The body is one ``ChatRequest``, or its fields as keyword arguments
        (``prompt``, ``temperature``), not both.


        ``stream=True`` sets the request's ``streaming`` field and returns an
        :class:`EventStream` of events, read as they arrive (use it in a ``with`` block, or
        iterate it to the end, to release the connection), or the plain result when the server
        answers without streaming; ``stream=False`` clears the field and returns the whole
        response. Left out, the request's own ``streaming``
        decides, so the result may be either (the annotation says so).
        """
        request = from_fields(request, _models.ChatRequest, _fields)
        if stream is None:
            stream = request.streaming is True
        if stream:
            return _create_chat.call_stream(
                self._client,
                request,
                options=options,
            )
        return _create_chat.call(
            self._client,
            request,
            options=options,
        )

    @overload
    @deprecated("chat.create_legacy_chat is deprecated: Use chat.send instead.")
    def create_legacy_chat(
        self,
        request: ChatRequest,
        *,
        options: RequestOptions | None = None,
    ) -> ChatResponse: ...

    @overload
    @deprecated("chat.create_legacy_chat is deprecated: Use chat.send instead.")
    def create_legacy_chat(
        self,
        *,
        prompt: str,
        streaming: bool | Unset = UNSET,
        temperature: float | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ChatResponse: ...

    @deprecated("chat.create_legacy_chat is deprecated: Use chat.send instead.")
    def create_legacy_chat(
        self,
        request: ChatRequest | None = None,
        *,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> ChatResponse:
        """createLegacyChat

        Deprecated: Use chat.send instead.

        The body is one ``ChatRequest``, or its fields as keyword arguments
        (``prompt``, ``streaming``, ``temperature``), not both.
        """
        request = from_fields(request, _models.ChatRequest, _fields)
        return _create_legacy_chat.call(
            self._client,
            request,
            options=options,
        )


class ChatApiWithRawResponse:
    """``ChatApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: ChatApi) -> None:
        self.send = raw_method(api.send)
        self.create_legacy_chat = raw_method(api.create_legacy_chat)


class AsyncChatApi:
    """Chat completions"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncChatApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncChatApiWithRawResponse(self)

    @overload
    async def send(
        self,
        request: ChatRequest,
        *,
        stream: None = None,
        options: RequestOptions | None = None,
    ) -> ChatResponse | AsyncEventStream[ChatChunk]: ...

    @overload
    async def send(
        self,
        request: ChatRequest,
        *,
        stream: Literal[False],
        options: RequestOptions | None = None,
    ) -> ChatResponse: ...

    @overload
    async def send(
        self,
        request: ChatRequest,
        *,
        stream: Literal[True],
        options: RequestOptions | None = None,
    ) -> AsyncEventStream[ChatChunk] | ChatResponse: ...

    @overload
    async def send(
        self,
        *,
        prompt: str,
        temperature: float | Unset = UNSET,
        stream: Literal[False] | None = None,
        options: RequestOptions | None = None,
    ) -> ChatResponse: ...

    @overload
    async def send(
        self,
        *,
        prompt: str,
        temperature: float | Unset = UNSET,
        stream: Literal[True],
        options: RequestOptions | None = None,
    ) -> AsyncEventStream[ChatChunk] | ChatResponse: ...

    async def send(
        self,
        request: ChatRequest | None = None,
        *,
        stream: bool | None = None,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> ChatResponse | AsyncEventStream[ChatChunk]:
        """createChat

        The body is one ``ChatRequest``, or its fields as keyword arguments
        (``prompt``, ``temperature``), not both.


        ``stream=True`` sets the request's ``streaming`` field and returns an
        :class:`AsyncEventStream` of events, read as they arrive (use it in a ``async with`` block, or
        iterate it to the end, to release the connection), or the plain result when the server
        answers without streaming; ``stream=False`` clears the field and returns the whole
        response. Left out, the request's own ``streaming``
        decides, so the result may be either (the annotation says so).
        """
        request = from_fields(request, _models.ChatRequest, _fields)
        if stream is None:
            stream = request.streaming is True
        if stream:
            return await _create_chat.acall_stream(
                self._client,
                request,
                options=options,
            )
        return await _create_chat.acall(
            self._client,
            request,
            options=options,
        )

    @overload
    @deprecated("chat.create_legacy_chat is deprecated: Use chat.send instead.")
    async def create_legacy_chat(
        self,
        request: ChatRequest,
        *,
        options: RequestOptions | None = None,
    ) -> ChatResponse: ...

    @overload
    @deprecated("chat.create_legacy_chat is deprecated: Use chat.send instead.")
    async def create_legacy_chat(
        self,
        *,
        prompt: str,
        streaming: bool | Unset = UNSET,
        temperature: float | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ChatResponse: ...

    @deprecated("chat.create_legacy_chat is deprecated: Use chat.send instead.")
    async def create_legacy_chat(
        self,
        request: ChatRequest | None = None,
        *,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> ChatResponse:
        """createLegacyChat

        Deprecated: Use chat.send instead.

        The body is one ``ChatRequest``, or its fields as keyword arguments
        (``prompt``, ``streaming``, ``temperature``), not both.
        """
        request = from_fields(request, _models.ChatRequest, _fields)
        return await _create_legacy_chat.acall(
            self._client,
            request,
            options=options,
        )


class AsyncChatApiWithRawResponse:
    """``AsyncChatApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncChatApi) -> None:
        self.send = araw_method(api.send)
        self.create_legacy_chat = araw_method(api.create_legacy_chat)
