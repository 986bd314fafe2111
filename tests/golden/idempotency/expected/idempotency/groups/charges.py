"""charges operations"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.exchange import raw_method
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule

if TYPE_CHECKING:
    from ..models.job import Job
    from ..models.job_request import JobRequest
    from ..operations import create_charge as _create_charge
else:
    # Each operation's module is imported when the operation is first called.
    _create_charge = LazyModule("..operations.create_charge", __package__)


class ChargesApi:
    """charges operations"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ChargesApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return ChargesApiWithRawResponse(self)

    def create_charge(
        self,
        request: JobRequest,
        *,
        options: RequestOptions | None = None,
    ) -> Job:
        """A paid call without an idempotency key"""
        return _create_charge.call(
            self._client,
            request,
            options=options,
        )


class ChargesApiWithRawResponse:
    """``ChargesApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: ChargesApi) -> None:
        self.create_charge = raw_method(api.create_charge)
