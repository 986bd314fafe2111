"""POST /audio/transcriptions"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.http import BaseClient, HttpRequest, RequestOptions, json_body
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter
from ..models.transcription_request import TranscriptionRequest
from ..models.transcription_result import TranscriptionResult

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient

OPERATION = "createTranscription"

RESPONSES = (ResponseCase("200", "json", TranscriptionResult),)


def build_request(
    request: TranscriptionRequest,
    *,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for createTranscription, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    return HttpRequest(
        method="POST",
        operation=OPERATION,
        path="/audio/transcriptions",
        query=_query,
        headers=_headers,
        cookies=_cookies,
        body=json_body(converter.unstructure(request)),
        content_type="application/json",
        accept=accept,
        security=(("bearer",),),
    )


def call(
    client: BaseClient,
    request: TranscriptionRequest,
    *,
    options: RequestOptions | None = None,
) -> TranscriptionResult:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            request,
        ),
        options,
    )
    result: TranscriptionResult = handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result


async def acall(
    client: AsyncBaseClient,
    request: TranscriptionRequest,
    *,
    options: RequestOptions | None = None,
) -> TranscriptionResult:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            request,
        ),
        options,
    )
    result: TranscriptionResult = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result
