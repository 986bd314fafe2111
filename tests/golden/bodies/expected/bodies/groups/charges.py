"""charges operations"""

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
    from ..models.create_charge_expand import CreateChargeExpand
    from ..models.create_charge_request import CreateChargeRequest
    from ..models.create_charge_response import CreateChargeResponse
    from ..operations import create_charge as _create_charge
else:
    # Each operation's module is imported when the operation is first called.
    _create_charge = LazyModule("..operations.create_charge", __package__)
    _models = LazyModule("..models", __package__)


class ChargesApi:
    """charges operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ChargesApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return ChargesApiWithRawResponse(self)

    @overload
    def create_charge(
        self,
        request: CreateChargeRequest,
        *,
        expand: CreateChargeExpand | None = None,
        idempotency_key: str | None = None,
        session: str | None = None,
        options: RequestOptions | None = None,
    ) -> CreateChargeResponse: ...

    @overload
    def create_charge(
        self,
        *,
        amount: int,
        metadata: dict[str, str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        expand: CreateChargeExpand | None = None,
        idempotency_key: str | None = None,
        session: str | None = None,
        options: RequestOptions | None = None,
    ) -> CreateChargeResponse: ...

    def create_charge(
        self,
        request: CreateChargeRequest | None = None,
        *,
        expand: CreateChargeExpand | None = None,
        idempotency_key: str | None = None,
        session: str | None = None,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> CreateChargeResponse:
        """createCharge

        The body is one ``CreateChargeRequest``, or its fields as keyword arguments
        (``amount``, ``metadata``, ``tags``), not both.
        """
        request = from_fields(request, _models.CreateChargeRequest, _fields)
        return _create_charge.call(
            self._client,
            request,
            expand=expand,
            idempotency_key=idempotency_key,
            session=session,
            options=options,
        )


class ChargesApiWithRawResponse:
    """``ChargesApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: ChargesApi) -> None:
        self.create_charge = raw_method(api.create_charge)


class AsyncChargesApi:
    """charges operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncChargesApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncChargesApiWithRawResponse(self)

    @overload
    async def create_charge(
        self,
        request: CreateChargeRequest,
        *,
        expand: CreateChargeExpand | None = None,
        idempotency_key: str | None = None,
        session: str | None = None,
        options: RequestOptions | None = None,
    ) -> CreateChargeResponse: ...

    @overload
    async def create_charge(
        self,
        *,
        amount: int,
        metadata: dict[str, str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        expand: CreateChargeExpand | None = None,
        idempotency_key: str | None = None,
        session: str | None = None,
        options: RequestOptions | None = None,
    ) -> CreateChargeResponse: ...

    async def create_charge(
        self,
        request: CreateChargeRequest | None = None,
        *,
        expand: CreateChargeExpand | None = None,
        idempotency_key: str | None = None,
        session: str | None = None,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> CreateChargeResponse:
        """createCharge

        The body is one ``CreateChargeRequest``, or its fields as keyword arguments
        (``amount``, ``metadata``, ``tags``), not both.
        """
        request = from_fields(request, _models.CreateChargeRequest, _fields)
        return await _create_charge.acall(
            self._client,
            request,
            expand=expand,
            idempotency_key=idempotency_key,
            session=session,
            options=options,
        )


class AsyncChargesApiWithRawResponse:
    """``AsyncChargesApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncChargesApi) -> None:
        self.create_charge = araw_method(api.create_charge)
