"""jobs operations"""

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
    from ..operations import create_job as _create_job
    from ..operations import get_job as _get_job
else:
    # Each operation's module is imported when the operation is first called.
    _create_job = LazyModule("..operations.create_job", __package__)
    _get_job = LazyModule("..operations.get_job", __package__)
    _models = LazyModule("..models", __package__)


class JobsApi:
    """jobs operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> JobsApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return JobsApiWithRawResponse(self)

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


class JobsApiWithRawResponse:
    """``JobsApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: JobsApi) -> None:
        self.create_job = raw_method(api.create_job)
        self.get_job = raw_method(api.get_job)


class AsyncJobsApi:
    """jobs operations"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncJobsApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncJobsApiWithRawResponse(self)

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


class AsyncJobsApiWithRawResponse:
    """``AsyncJobsApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncJobsApi) -> None:
        self.create_job = araw_method(api.create_job)
        self.get_job = araw_method(api.get_job)
