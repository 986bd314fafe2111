"""charges operations"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from .._runtime.exchange import araw_method, raw_method
from .._runtime.fields import from_fields
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule

if TYPE_CHECKING:
    from .. import models as _models
    from .._runtime.aio import AsyncBaseClient
    from ..models.job import Job
    from ..models.job_request import JobRequest
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
        request: JobRequest,
        *,
        options: RequestOptions | None = None,
    ) -> Job: ...

    @overload
    def create_charge(
        self,
        *,
        prompt: str,
        options: RequestOptions | None = None,
    ) -> Job: ...

    def create_charge(
        self,
        request: JobRequest | None = None,
        *,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> Job:
        """A paid call without an idempotency key

        The body is one ``JobRequest``, or its fields as keyword arguments
        (``prompt``), not both.
        """
        request = from_fields(request, _models.JobRequest, _fields)
        return _create_charge.call(
            self._client,
            request,
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
        request: JobRequest,
        *,
        options: RequestOptions | None = None,
    ) -> Job: ...

    @overload
    async def create_charge(
        self,
        *,
        prompt: str,
        options: RequestOptions | None = None,
    ) -> Job: ...

    async def create_charge(
        self,
        request: JobRequest | None = None,
        *,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> Job:
        """A paid call without an idempotency key

        The body is one ``JobRequest``, or its fields as keyword arguments
        (``prompt``), not both.
        """
        request = from_fields(request, _models.JobRequest, _fields)
        return await _create_charge.acall(
            self._client,
            request,
            options=options,
        )


class AsyncChargesApiWithRawResponse:
    """``AsyncChargesApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncChargesApi) -> None:
        self.create_charge = araw_method(api.create_charge)
