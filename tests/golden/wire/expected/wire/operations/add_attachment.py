"""POST /issues/{issue}/attachments"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter
from ..models.add_attachment_response_item import AddAttachmentResponseItem

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient

OPERATION = "addAttachment"

RESPONSES = (ResponseCase("200", "json", list[AddAttachmentResponseItem]),)


def build_request(
    request: bytes,
    *,
    issue: str,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for addAttachment, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    _boundary = urls.new_boundary()
    return HttpRequest(
        method="POST",
        operation=OPERATION,
        path="".join(
            (
                "/issues/",
                urls.serialize_path_param(
                    "issue",
                    converter.unstructure(issue),
                    style="simple",
                    explode=False,
                ),
                "/attachments",
            )
        ),
        query=_query,
        headers=_headers,
        cookies=_cookies,
        body=urls.multipart_body({"file": converter.unstructure(request)}, _boundary),
        content_type=f"multipart/form-data; boundary={_boundary}",
        accept=accept,
        security=(),
    )


def call(
    client: BaseClient,
    request: bytes,
    *,
    issue: str,
    options: RequestOptions | None = None,
) -> list[AddAttachmentResponseItem]:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            request,
            issue=issue,
        ),
        options,
    )
    result: list[AddAttachmentResponseItem] = handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result


async def acall(
    client: AsyncBaseClient,
    request: bytes,
    *,
    issue: str,
    options: RequestOptions | None = None,
) -> list[AddAttachmentResponseItem]:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            request,
            issue=issue,
        ),
        options,
    )
    result: list[AddAttachmentResponseItem] = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result
