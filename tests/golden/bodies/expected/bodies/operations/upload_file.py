"""POST /files"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter
from ..models.stored_file import StoredFile
from ..models.upload_file_request import UploadFileRequest

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient

OPERATION = "uploadFile"

RESPONSES = (ResponseCase("201", "json", StoredFile),)


def build_request(
    request: UploadFileRequest,
    *,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for uploadFile, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    _boundary = urls.new_boundary()
    return HttpRequest(
        method="POST",
        operation=OPERATION,
        path="/files",
        query=_query,
        headers=_headers,
        cookies=_cookies,
        body=urls.multipart_body(converter.unstructure(request), _boundary),
        content_type=f"multipart/form-data; boundary={_boundary}",
        accept=accept,
        security=(("key",),),
        server_url="https://uploads.files.test/v1",
    )


def call(
    client: BaseClient,
    request: UploadFileRequest,
    *,
    options: RequestOptions | None = None,
) -> StoredFile:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            request,
        ),
        options,
    )
    result: StoredFile = handle(response, RESPONSES, converter, operation=OPERATION)
    return result


async def acall(
    client: AsyncBaseClient,
    request: UploadFileRequest,
    *,
    options: RequestOptions | None = None,
) -> StoredFile:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            request,
        ),
        options,
    )
    result: StoredFile = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result
