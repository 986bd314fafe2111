"""Audio operations"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.exchange import araw_method, raw_method
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient
    from ..models.create_transcription_multipart_request import (
        CreateTranscriptionMultipartRequest,
    )
    from ..models.transcription_request import TranscriptionRequest
    from ..models.transcription_result import TranscriptionResult
    from ..operations import create_transcription as _create_transcription
    from ..operations import (
        create_transcription_multipart as _create_transcription_multipart,
    )
else:
    # Each operation's module is imported when the operation is first called.
    _create_transcription = LazyModule("..operations.create_transcription", __package__)
    _create_transcription_multipart = LazyModule(
        "..operations.create_transcription_multipart", __package__
    )


class AudioApi:
    """Audio operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AudioApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AudioApiWithRawResponse(self)

    def create_transcription(
        self,
        request: TranscriptionRequest,
        *,
        options: RequestOptions | None = None,
    ) -> TranscriptionResult:
        """createTranscription"""
        return _create_transcription.call(
            self._client,
            request,
            options=options,
        )

    def create_transcription_multipart(
        self,
        request: CreateTranscriptionMultipartRequest,
        *,
        options: RequestOptions | None = None,
    ) -> TranscriptionResult:
        """createTranscription"""
        return _create_transcription_multipart.call(
            self._client,
            request,
            options=options,
        )


class AudioApiWithRawResponse:
    """``AudioApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AudioApi) -> None:
        self.create_transcription = raw_method(api.create_transcription)
        self.create_transcription_multipart = raw_method(
            api.create_transcription_multipart
        )


class AsyncAudioApi:
    """Audio operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncAudioApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncAudioApiWithRawResponse(self)

    async def create_transcription(
        self,
        request: TranscriptionRequest,
        *,
        options: RequestOptions | None = None,
    ) -> TranscriptionResult:
        """createTranscription"""
        return await _create_transcription.acall(
            self._client,
            request,
            options=options,
        )

    async def create_transcription_multipart(
        self,
        request: CreateTranscriptionMultipartRequest,
        *,
        options: RequestOptions | None = None,
    ) -> TranscriptionResult:
        """createTranscription"""
        return await _create_transcription_multipart.acall(
            self._client,
            request,
            options=options,
        )


class AsyncAudioApiWithRawResponse:
    """``AsyncAudioApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncAudioApi) -> None:
        self.create_transcription = araw_method(api.create_transcription)
        self.create_transcription_multipart = araw_method(
            api.create_transcription_multipart
        )
