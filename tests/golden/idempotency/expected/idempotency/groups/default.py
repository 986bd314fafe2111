"""Default operations"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from .._runtime.exchange import araw_method, raw_method
from .._runtime.fields import from_fields
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule

if TYPE_CHECKING:
    from .. import models as _models
    from .._runtime.aio import AsyncBaseClient
    from ..models.get_status_response import GetStatusResponse
    from ..models.job import Job
    from ..models.job_request import JobRequest
    from ..operations import create_charge as _create_charge
    from ..operations import create_job as _create_job
    from ..operations import get_job as _get_job
    from ..operations import get_status as _get_status
else:
    # Each operation's module is imported when the operation is first called.
    _create_job = LazyModule("..operations.create_job", __package__)
    _get_job = LazyModule("..operations.get_job", __package__)
    _create_charge = LazyModule("..operations.create_charge", __package__)
    _get_status = LazyModule("..operations.get_status", __package__)
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

    @overload
    def create_job(
        self,
        request: JobRequest,
        *,
        idempotency_key: str | None = None,
        options: RequestOptions | None = None,
    ) -> Job: ...

    @overload
    def create_job(
        self,
        *,
        prompt: str,
        idempotency_key: str | None = None,
        options: RequestOptions | None = None,
    ) -> Job: ...

    def create_job(
        self,
        request: JobRequest | None = None,
        *,
        idempotency_key: str | None = None,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> Job:
        """Start a paid job; the key lets the server tell a retry from a new job

        The body is one ``JobRequest``, or its fields as keyword arguments
        (``prompt``), not both.
        """
        request = from_fields(request, _models.JobRequest, _fields)
        return _create_job.call(
            self._client,
            request,
            idempotency_key=idempotency_key,
            options=options,
        )

    def get_job(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> Job:
        """getJob"""
        return _get_job.call(
            self._client,
            id=id,
            options=options,
        )

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

    def get_status(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> GetStatusResponse:
        """getStatus"""
        return _get_status.call(
            self._client,
            options=options,
        )


class DefaultApiWithRawResponse:
    """``DefaultApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: DefaultApi) -> None:
        self.create_job = raw_method(api.create_job)
        self.get_job = raw_method(api.get_job)
        self.create_charge = raw_method(api.create_charge)
        self.get_status = raw_method(api.get_status)


class AsyncDefaultApi:
    """Default operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncDefaultApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncDefaultApiWithRawResponse(self)

    @overload
    async def create_job(
        self,
        request: JobRequest,
        *,
        idempotency_key: str | None = None,
        options: RequestOptions | None = None,
    ) -> Job: ...

    @overload
    async def create_job(
        self,
        *,
        prompt: str,
        idempotency_key: str | None = None,
        options: RequestOptions | None = None,
    ) -> Job: ...

    async def create_job(
        self,
        request: JobRequest | None = None,
        *,
        idempotency_key: str | None = None,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> Job:
        """Start a paid job; the key lets the server tell a retry from a new job

        The body is one ``JobRequest``, or its fields as keyword arguments
        (``prompt``), not both.
        """
        request = from_fields(request, _models.JobRequest, _fields)
        return await _create_job.acall(
            self._client,
            request,
            idempotency_key=idempotency_key,
            options=options,
        )

    async def get_job(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> Job:
        """getJob"""
        return await _get_job.acall(
            self._client,
            id=id,
            options=options,
        )

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

    async def get_status(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> GetStatusResponse:
        """getStatus"""
        return await _get_status.acall(
            self._client,
            options=options,
        )


class AsyncDefaultApiWithRawResponse:
    """``AsyncDefaultApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncDefaultApi) -> None:
        self.create_job = araw_method(api.create_job)
        self.get_job = araw_method(api.get_job)
        self.create_charge = araw_method(api.create_charge)
        self.get_status = araw_method(api.get_status)
