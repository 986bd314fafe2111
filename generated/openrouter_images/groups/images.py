"""Images operations: Operations for generating images and discovering image models"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from .._runtime.exchange import araw_method, raw_method
from .._runtime.fields import from_fields
from .._runtime.http import BaseClient, RequestOptions
from .._runtime.lazy import LazyModule
from .._runtime.sse import EventStream
from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .. import models as _models
    from .._runtime.aio import AsyncBaseClient
    from .._runtime.stream_aio import AsyncEventStream
    from ..models.content_part_image import ContentPartImage
    from ..models.image_generation_provider_preferences import (
        ImageGenerationProviderPreferences,
    )
    from ..models.image_generation_request import ImageGenerationRequest
    from ..models.image_generation_request_aspect_ratio import (
        ImageGenerationRequestAspectRatio,
    )
    from ..models.image_generation_request_background import (
        ImageGenerationRequestBackground,
    )
    from ..models.image_generation_request_output_format import (
        ImageGenerationRequestOutputFormat,
    )
    from ..models.image_generation_request_quality import ImageGenerationRequestQuality
    from ..models.image_generation_request_resolution import (
        ImageGenerationRequestResolution,
    )
    from ..models.image_generation_response import ImageGenerationResponse
    from ..models.image_model_endpoints_response import ImageModelEndpointsResponse
    from ..models.image_models_list_response import ImageModelsListResponse
    from ..models.image_streaming_response import ImageStreamingResponse
    from ..operations import create_images as _create_images
    from ..operations import list_image_model_endpoints as _list_image_model_endpoints
    from ..operations import list_image_models as _list_image_models
else:
    # Each operation's module is imported when the operation is first called.
    _create_images = LazyModule("..operations.create_images", __package__)
    _list_image_models = LazyModule("..operations.list_image_models", __package__)
    _list_image_model_endpoints = LazyModule(
        "..operations.list_image_model_endpoints", __package__
    )
    _models = LazyModule("..models", __package__)


class ImagesApi:
    """Operations for generating images and discovering image models"""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ImagesApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return ImagesApiWithRawResponse(self)

    @overload
    def generate(
        self,
        request: ImageGenerationRequest,
        *,
        stream: Literal[False] = False,
        options: RequestOptions | None = None,
    ) -> ImageGenerationResponse: ...

    @overload
    def generate(
        self,
        request: ImageGenerationRequest,
        *,
        stream: Literal[True],
        options: RequestOptions | None = None,
    ) -> EventStream[ImageStreamingResponse] | ImageGenerationResponse: ...

    @overload
    def generate(
        self,
        *,
        model: str,
        prompt: str,
        aspect_ratio: ImageGenerationRequestAspectRatio | str | Unset = UNSET,
        background: ImageGenerationRequestBackground | str | Unset = UNSET,
        input_references: list[ContentPartImage] | Unset = UNSET,
        n: int | Unset = UNSET,
        output_compression: int | Unset = UNSET,
        output_format: ImageGenerationRequestOutputFormat | str | Unset = UNSET,
        provider: ImageGenerationProviderPreferences | Unset = UNSET,
        quality: ImageGenerationRequestQuality | str | Unset = UNSET,
        resolution: ImageGenerationRequestResolution | str | Unset = UNSET,
        seed: int | Unset = UNSET,
        size: str | Unset = UNSET,
        stream: Literal[False] = False,
        options: RequestOptions | None = None,
    ) -> ImageGenerationResponse: ...

    @overload
    def generate(
        self,
        *,
        model: str,
        prompt: str,
        aspect_ratio: ImageGenerationRequestAspectRatio | str | Unset = UNSET,
        background: ImageGenerationRequestBackground | str | Unset = UNSET,
        input_references: list[ContentPartImage] | Unset = UNSET,
        n: int | Unset = UNSET,
        output_compression: int | Unset = UNSET,
        output_format: ImageGenerationRequestOutputFormat | str | Unset = UNSET,
        provider: ImageGenerationProviderPreferences | Unset = UNSET,
        quality: ImageGenerationRequestQuality | str | Unset = UNSET,
        resolution: ImageGenerationRequestResolution | str | Unset = UNSET,
        seed: int | Unset = UNSET,
        size: str | Unset = UNSET,
        stream: Literal[True],
        options: RequestOptions | None = None,
    ) -> EventStream[ImageStreamingResponse] | ImageGenerationResponse: ...

    def generate(
        self,
        request: ImageGenerationRequest | None = None,
        *,
        stream: bool = False,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> ImageGenerationResponse | EventStream[ImageStreamingResponse]:
        """Create an image from a prompt

        Turns a text prompt into an image, routed through the image generation router.

        The body is one ``ImageGenerationRequest``, or its fields as keyword arguments
        (``model``, ``prompt``, ``aspect_ratio``, ``background``, ``input_references``, ``n``, ``output_compression``, ``output_format``, ``provider``, ``quality``, ``resolution``, ``seed``, ``size``), not both.


        With ``stream=True`` the result is an :class:`EventStream` of events, read as they
        arrive. A server that cannot stream may answer with the plain result instead: it is
        returned as such, so check with ``isinstance(result, EventStream)``. The stream's
        connection is released when it is iterated to the end, when the ``with`` block around
        it ends, when ``close()`` is called, or when it is garbage-collected (after ``break``
        and no reference left); use ``with`` to release it at a known point.
        """
        request = from_fields(request, _models.ImageGenerationRequest, _fields)
        if stream:
            return _create_images.call_stream(
                self._client,
                request,
                options=options,
            )
        return _create_images.call(
            self._client,
            request,
            options=options,
        )

    def list_models(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> ImageModelsListResponse:
        """Get all image generation models

        Returns all image generation models. Each entry carries the union of the parameters its endpoints support and a link to its detailed per-endpoint records.
        """
        return _list_image_models.call(
            self._client,
            options=options,
        )

    def list_model_endpoints(
        self,
        *,
        author: str,
        slug: str,
        options: RequestOptions | None = None,
    ) -> ImageModelEndpointsResponse:
        """Get the endpoints of an image model

        Gives the complete per-endpoint records of one image model: for every endpoint, the authoritative set of supported parameters, its pricing and the allowlist of passthrough parameters.
        """
        return _list_image_model_endpoints.call(
            self._client,
            author=author,
            slug=slug,
            options=options,
        )


class ImagesApiWithRawResponse:
    """``ImagesApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: ImagesApi) -> None:
        self.generate = raw_method(api.generate)
        self.list_models = raw_method(api.list_models)
        self.list_model_endpoints = raw_method(api.list_model_endpoints)


class AsyncImagesApi:
    """Operations for generating images and discovering image models"""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncImagesApiWithRawResponse:
        """The same methods, each returning a :class:`RawResponse` (``status_code``,
        ``headers``, ``request_id``, ``retries`` and the parsed ``data``)."""
        return AsyncImagesApiWithRawResponse(self)

    @overload
    async def generate(
        self,
        request: ImageGenerationRequest,
        *,
        stream: Literal[False] = False,
        options: RequestOptions | None = None,
    ) -> ImageGenerationResponse: ...

    @overload
    async def generate(
        self,
        request: ImageGenerationRequest,
        *,
        stream: Literal[True],
        options: RequestOptions | None = None,
    ) -> AsyncEventStream[ImageStreamingResponse] | ImageGenerationResponse: ...

    @overload
    async def generate(
        self,
        *,
        model: str,
        prompt: str,
        aspect_ratio: ImageGenerationRequestAspectRatio | str | Unset = UNSET,
        background: ImageGenerationRequestBackground | str | Unset = UNSET,
        input_references: list[ContentPartImage] | Unset = UNSET,
        n: int | Unset = UNSET,
        output_compression: int | Unset = UNSET,
        output_format: ImageGenerationRequestOutputFormat | str | Unset = UNSET,
        provider: ImageGenerationProviderPreferences | Unset = UNSET,
        quality: ImageGenerationRequestQuality | str | Unset = UNSET,
        resolution: ImageGenerationRequestResolution | str | Unset = UNSET,
        seed: int | Unset = UNSET,
        size: str | Unset = UNSET,
        stream: Literal[False] = False,
        options: RequestOptions | None = None,
    ) -> ImageGenerationResponse: ...

    @overload
    async def generate(
        self,
        *,
        model: str,
        prompt: str,
        aspect_ratio: ImageGenerationRequestAspectRatio | str | Unset = UNSET,
        background: ImageGenerationRequestBackground | str | Unset = UNSET,
        input_references: list[ContentPartImage] | Unset = UNSET,
        n: int | Unset = UNSET,
        output_compression: int | Unset = UNSET,
        output_format: ImageGenerationRequestOutputFormat | str | Unset = UNSET,
        provider: ImageGenerationProviderPreferences | Unset = UNSET,
        quality: ImageGenerationRequestQuality | str | Unset = UNSET,
        resolution: ImageGenerationRequestResolution | str | Unset = UNSET,
        seed: int | Unset = UNSET,
        size: str | Unset = UNSET,
        stream: Literal[True],
        options: RequestOptions | None = None,
    ) -> AsyncEventStream[ImageStreamingResponse] | ImageGenerationResponse: ...

    async def generate(
        self,
        request: ImageGenerationRequest | None = None,
        *,
        stream: bool = False,
        options: RequestOptions | None = None,
        **_fields: Any,
    ) -> ImageGenerationResponse | AsyncEventStream[ImageStreamingResponse]:
        """Create an image from a prompt

        Turns a text prompt into an image, routed through the image generation router.

        The body is one ``ImageGenerationRequest``, or its fields as keyword arguments
        (``model``, ``prompt``, ``aspect_ratio``, ``background``, ``input_references``, ``n``, ``output_compression``, ``output_format``, ``provider``, ``quality``, ``resolution``, ``seed``, ``size``), not both.


        With ``stream=True`` the result is an :class:`AsyncEventStream` of events, read as they
        arrive. A server that cannot stream may answer with the plain result instead: it is
        returned as such, so check with ``isinstance(result, AsyncEventStream)``. The stream's
        connection is released when it is iterated to the end, when the ``async with`` block around
        it ends, when ``aclose()`` is called, or when it is garbage-collected (after ``break``
        and no reference left) or its task is cancelled; use ``async with`` to release it at a known point.
        """
        request = from_fields(request, _models.ImageGenerationRequest, _fields)
        if stream:
            return await _create_images.acall_stream(
                self._client,
                request,
                options=options,
            )
        return await _create_images.acall(
            self._client,
            request,
            options=options,
        )

    async def list_models(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> ImageModelsListResponse:
        """Get all image generation models

        Returns all image generation models. Each entry carries the union of the parameters its endpoints support and a link to its detailed per-endpoint records.
        """
        return await _list_image_models.acall(
            self._client,
            options=options,
        )

    async def list_model_endpoints(
        self,
        *,
        author: str,
        slug: str,
        options: RequestOptions | None = None,
    ) -> ImageModelEndpointsResponse:
        """Get the endpoints of an image model

        Gives the complete per-endpoint records of one image model: for every endpoint, the authoritative set of supported parameters, its pricing and the allowlist of passthrough parameters.
        """
        return await _list_image_model_endpoints.acall(
            self._client,
            author=author,
            slug=slug,
            options=options,
        )


class AsyncImagesApiWithRawResponse:
    """``AsyncImagesApi``'s methods, each returning a :class:`RawResponse` around its result."""

    def __init__(self, api: AsyncImagesApi) -> None:
        self.generate = araw_method(api.generate)
        self.list_models = araw_method(api.list_models)
        self.list_model_endpoints = araw_method(api.list_model_endpoints)
