"""POST /charges"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime import urls
from .._runtime.http import BaseClient, HttpRequest, RequestOptions
from .._runtime.responses import ResponseCase, handle
from .._serialization import converter
from ..models.create_charge_expand import CreateChargeExpand
from ..models.create_charge_request import CreateChargeRequest
from ..models.create_charge_response import CreateChargeResponse

if TYPE_CHECKING:
    from .._runtime.aio import AsyncBaseClient

OPERATION = "createCharge"

RESPONSES = (ResponseCase("200", "json", CreateChargeResponse),)


def build_request(
    request: CreateChargeRequest,
    *,
    expand: CreateChargeExpand | None = None,
    idempotency_key: str | None = None,
    session: str | None = None,
    accept: str = "application/json",
) -> HttpRequest:
    """The HTTP request for createCharge, before the client adds server, auth and options."""
    _query: list[tuple[str, str]] = []
    _headers: dict[str, str] = {}
    _cookies: list[tuple[str, str]] = []
    _query += urls.serialize_query_param(
        "expand",
        converter.unstructure(expand),
        style="deepObject",
        explode=True,
        allow_reserved=False,
    )
    if idempotency_key is not None:
        _headers["Idempotency-Key"] = urls.serialize_header_param(
            converter.unstructure(idempotency_key), explode=False
        )
    if session is not None:
        _cookies.append(
            ("session", urls.to_param_string(converter.unstructure(session)))
        )
    return HttpRequest(
        method="POST",
        operation=OPERATION,
        path="/charges",
        query=_query,
        headers=_headers,
        cookies=_cookies,
        body=urls.form_urlencode(converter.unstructure(request)),
        content_type="application/x-www-form-urlencoded",
        accept=accept,
        security=(("key",),),
        idempotency_header="Idempotency-Key",
    )


def call(
    client: BaseClient,
    request: CreateChargeRequest,
    *,
    expand: CreateChargeExpand | None = None,
    idempotency_key: str | None = None,
    session: str | None = None,
    options: RequestOptions | None = None,
) -> CreateChargeResponse:
    """Send the request and return the documented response body; raise for error statuses."""
    response = client.send(
        build_request(
            request,
            expand=expand,
            idempotency_key=idempotency_key,
            session=session,
        ),
        options,
    )
    result: CreateChargeResponse = handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result


async def acall(
    client: AsyncBaseClient,
    request: CreateChargeRequest,
    *,
    expand: CreateChargeExpand | None = None,
    idempotency_key: str | None = None,
    session: str | None = None,
    options: RequestOptions | None = None,
) -> CreateChargeResponse:
    """Send the request and return the documented response body; raise for error statuses."""
    response = await client.send(
        build_request(
            request,
            expand=expand,
            idempotency_key=idempotency_key,
            session=session,
        ),
        options,
    )
    result: CreateChargeResponse = await client.handle(
        response, RESPONSES, converter, operation=OPERATION
    )
    return result
