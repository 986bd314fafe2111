"""Every model of the OpenRouter API client.

Each model's module is imported when the model is first used (``from .models import X`` or
``models.X``), so that importing the package stays fast however large the API is.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .anthropic_advisor_message_usage_iteration import (
        AnthropicAdvisorMessageUsageIteration,
    )
    from .anthropic_base_usage_iteration import AnthropicBaseUsageIteration
    from .anthropic_cache_creation import AnthropicCacheCreation
    from .anthropic_compaction_usage_iteration import AnthropicCompactionUsageIteration
    from .anthropic_iteration_cache_creation import AnthropicIterationCacheCreation
    from .anthropic_message_usage_iteration import AnthropicMessageUsageIteration
    from .anthropic_speed import AnthropicSpeed
    from .anthropic_unknown_usage_iteration import AnthropicUnknownUsageIteration
    from .anthropic_usage_iteration import AnthropicUsageIteration
    from .bad_gateway_response import BadGatewayResponse
    from .bad_gateway_response_error_data import BadGatewayResponseErrorData
    from .bad_request_response import BadRequestResponse
    from .bad_request_response_error_data import BadRequestResponseErrorData
    from .boolean_capability import BooleanCapability
    from .capability_descriptor import CapabilityDescriptor
    from .content_part_image import ContentPartImage
    from .content_part_image_image_url import ContentPartImageImageUrl
    from .cost_details import CostDetails
    from .edge_network_timeout_response import EdgeNetworkTimeoutResponse
    from .edge_network_timeout_response_error_data import (
        EdgeNetworkTimeoutResponseErrorData,
    )
    from .enum_capability import EnumCapability
    from .forbidden_response import ForbiddenResponse
    from .forbidden_response_error_data import ForbiddenResponseErrorData
    from .image_endpoint import ImageEndpoint
    from .image_gen_completed_event import ImageGenCompletedEvent
    from .image_gen_partial_image_event import ImageGenPartialImageEvent
    from .image_gen_stream_error_event import ImageGenStreamErrorEvent
    from .image_gen_stream_error_event_error import ImageGenStreamErrorEventError
    from .image_gen_text_chunk_event import ImageGenTextChunkEvent
    from .image_gen_text_chunk_event_phase import ImageGenTextChunkEventPhase
    from .image_generation_provider_preferences import (
        ImageGenerationProviderPreferences,
    )
    from .image_generation_request import ImageGenerationRequest
    from .image_generation_request_aspect_ratio import ImageGenerationRequestAspectRatio
    from .image_generation_request_background import ImageGenerationRequestBackground
    from .image_generation_request_output_format import (
        ImageGenerationRequestOutputFormat,
    )
    from .image_generation_request_quality import ImageGenerationRequestQuality
    from .image_generation_request_resolution import ImageGenerationRequestResolution
    from .image_generation_response import ImageGenerationResponse
    from .image_generation_response_data_item import ImageGenerationResponseDataItem
    from .image_generation_usage import ImageGenerationUsage
    from .image_generation_usage_completion_tokens_details import (
        ImageGenerationUsageCompletionTokensDetails,
    )
    from .image_generation_usage_prompt_tokens_details import (
        ImageGenerationUsagePromptTokensDetails,
    )
    from .image_generation_usage_server_tool_use import (
        ImageGenerationUsageServerToolUse,
    )
    from .image_input_modality import ImageInputModality
    from .image_model_architecture import ImageModelArchitecture
    from .image_model_endpoints_response import ImageModelEndpointsResponse
    from .image_model_list_item import ImageModelListItem
    from .image_models_list_response import ImageModelsListResponse
    from .image_output_modality import ImageOutputModality
    from .image_pricing_entry import ImagePricingEntry
    from .image_pricing_entry_billable import ImagePricingEntryBillable
    from .image_pricing_entry_unit import ImagePricingEntryUnit
    from .image_streaming_response import ImageStreamingResponse
    from .image_streaming_response_data import ImageStreamingResponseData
    from .internal_server_response import InternalServerResponse
    from .internal_server_response_error_data import InternalServerResponseErrorData
    from .not_found_response import NotFoundResponse
    from .not_found_response_error_data import NotFoundResponseErrorData
    from .payload_too_large_response import PayloadTooLargeResponse
    from .payload_too_large_response_error_data import PayloadTooLargeResponseErrorData
    from .payment_required_response import PaymentRequiredResponse
    from .payment_required_response_error_data import PaymentRequiredResponseErrorData
    from .provider_name import ProviderName
    from .provider_options import ProviderOptions
    from .provider_overloaded_response import ProviderOverloadedResponse
    from .provider_overloaded_response_error_data import (
        ProviderOverloadedResponseErrorData,
    )
    from .provider_sort import ProviderSort
    from .provider_sort_config import ProviderSortConfig
    from .provider_sort_config_by import ProviderSortConfigBy
    from .provider_sort_config_partition import ProviderSortConfigPartition
    from .range_capability import RangeCapability
    from .supported_parameters import SupportedParameters
    from .too_many_requests_response import TooManyRequestsResponse
    from .too_many_requests_response_error_data import TooManyRequestsResponseErrorData
    from .unauthorized_response import UnauthorizedResponse
    from .unauthorized_response_error_data import UnauthorizedResponseErrorData

_MODULES: dict[str, str] = {
    "AnthropicAdvisorMessageUsageIteration": "anthropic_advisor_message_usage_iteration",
    "AnthropicBaseUsageIteration": "anthropic_base_usage_iteration",
    "AnthropicCacheCreation": "anthropic_cache_creation",
    "AnthropicCompactionUsageIteration": "anthropic_compaction_usage_iteration",
    "AnthropicIterationCacheCreation": "anthropic_iteration_cache_creation",
    "AnthropicMessageUsageIteration": "anthropic_message_usage_iteration",
    "AnthropicSpeed": "anthropic_speed",
    "AnthropicUnknownUsageIteration": "anthropic_unknown_usage_iteration",
    "AnthropicUsageIteration": "anthropic_usage_iteration",
    "BadGatewayResponse": "bad_gateway_response",
    "BadGatewayResponseErrorData": "bad_gateway_response_error_data",
    "BadRequestResponse": "bad_request_response",
    "BadRequestResponseErrorData": "bad_request_response_error_data",
    "BooleanCapability": "boolean_capability",
    "CapabilityDescriptor": "capability_descriptor",
    "ContentPartImage": "content_part_image",
    "ContentPartImageImageUrl": "content_part_image_image_url",
    "CostDetails": "cost_details",
    "EdgeNetworkTimeoutResponse": "edge_network_timeout_response",
    "EdgeNetworkTimeoutResponseErrorData": "edge_network_timeout_response_error_data",
    "EnumCapability": "enum_capability",
    "ForbiddenResponse": "forbidden_response",
    "ForbiddenResponseErrorData": "forbidden_response_error_data",
    "ImageEndpoint": "image_endpoint",
    "ImageGenCompletedEvent": "image_gen_completed_event",
    "ImageGenerationProviderPreferences": "image_generation_provider_preferences",
    "ImageGenerationRequest": "image_generation_request",
    "ImageGenerationRequestAspectRatio": "image_generation_request_aspect_ratio",
    "ImageGenerationRequestBackground": "image_generation_request_background",
    "ImageGenerationRequestOutputFormat": "image_generation_request_output_format",
    "ImageGenerationRequestQuality": "image_generation_request_quality",
    "ImageGenerationRequestResolution": "image_generation_request_resolution",
    "ImageGenerationResponse": "image_generation_response",
    "ImageGenerationResponseDataItem": "image_generation_response_data_item",
    "ImageGenerationUsage": "image_generation_usage",
    "ImageGenerationUsageCompletionTokensDetails": "image_generation_usage_completion_tokens_details",
    "ImageGenerationUsagePromptTokensDetails": "image_generation_usage_prompt_tokens_details",
    "ImageGenerationUsageServerToolUse": "image_generation_usage_server_tool_use",
    "ImageGenPartialImageEvent": "image_gen_partial_image_event",
    "ImageGenStreamErrorEvent": "image_gen_stream_error_event",
    "ImageGenStreamErrorEventError": "image_gen_stream_error_event_error",
    "ImageGenTextChunkEvent": "image_gen_text_chunk_event",
    "ImageGenTextChunkEventPhase": "image_gen_text_chunk_event_phase",
    "ImageInputModality": "image_input_modality",
    "ImageModelArchitecture": "image_model_architecture",
    "ImageModelEndpointsResponse": "image_model_endpoints_response",
    "ImageModelListItem": "image_model_list_item",
    "ImageModelsListResponse": "image_models_list_response",
    "ImageOutputModality": "image_output_modality",
    "ImagePricingEntry": "image_pricing_entry",
    "ImagePricingEntryBillable": "image_pricing_entry_billable",
    "ImagePricingEntryUnit": "image_pricing_entry_unit",
    "ImageStreamingResponse": "image_streaming_response",
    "ImageStreamingResponseData": "image_streaming_response_data",
    "InternalServerResponse": "internal_server_response",
    "InternalServerResponseErrorData": "internal_server_response_error_data",
    "NotFoundResponse": "not_found_response",
    "NotFoundResponseErrorData": "not_found_response_error_data",
    "PayloadTooLargeResponse": "payload_too_large_response",
    "PayloadTooLargeResponseErrorData": "payload_too_large_response_error_data",
    "PaymentRequiredResponse": "payment_required_response",
    "PaymentRequiredResponseErrorData": "payment_required_response_error_data",
    "ProviderName": "provider_name",
    "ProviderOptions": "provider_options",
    "ProviderOverloadedResponse": "provider_overloaded_response",
    "ProviderOverloadedResponseErrorData": "provider_overloaded_response_error_data",
    "ProviderSort": "provider_sort",
    "ProviderSortConfig": "provider_sort_config",
    "ProviderSortConfigBy": "provider_sort_config_by",
    "ProviderSortConfigPartition": "provider_sort_config_partition",
    "RangeCapability": "range_capability",
    "SupportedParameters": "supported_parameters",
    "TooManyRequestsResponse": "too_many_requests_response",
    "TooManyRequestsResponseErrorData": "too_many_requests_response_error_data",
    "UnauthorizedResponse": "unauthorized_response",
    "UnauthorizedResponseErrorData": "unauthorized_response_error_data",
}

__all__ = [
    "AnthropicAdvisorMessageUsageIteration",
    "AnthropicBaseUsageIteration",
    "AnthropicCacheCreation",
    "AnthropicCompactionUsageIteration",
    "AnthropicIterationCacheCreation",
    "AnthropicMessageUsageIteration",
    "AnthropicSpeed",
    "AnthropicUnknownUsageIteration",
    "AnthropicUsageIteration",
    "BadGatewayResponse",
    "BadGatewayResponseErrorData",
    "BadRequestResponse",
    "BadRequestResponseErrorData",
    "BooleanCapability",
    "CapabilityDescriptor",
    "ContentPartImage",
    "ContentPartImageImageUrl",
    "CostDetails",
    "EdgeNetworkTimeoutResponse",
    "EdgeNetworkTimeoutResponseErrorData",
    "EnumCapability",
    "ForbiddenResponse",
    "ForbiddenResponseErrorData",
    "ImageEndpoint",
    "ImageGenCompletedEvent",
    "ImageGenPartialImageEvent",
    "ImageGenStreamErrorEvent",
    "ImageGenStreamErrorEventError",
    "ImageGenTextChunkEvent",
    "ImageGenTextChunkEventPhase",
    "ImageGenerationProviderPreferences",
    "ImageGenerationRequest",
    "ImageGenerationRequestAspectRatio",
    "ImageGenerationRequestBackground",
    "ImageGenerationRequestOutputFormat",
    "ImageGenerationRequestQuality",
    "ImageGenerationRequestResolution",
    "ImageGenerationResponse",
    "ImageGenerationResponseDataItem",
    "ImageGenerationUsage",
    "ImageGenerationUsageCompletionTokensDetails",
    "ImageGenerationUsagePromptTokensDetails",
    "ImageGenerationUsageServerToolUse",
    "ImageInputModality",
    "ImageModelArchitecture",
    "ImageModelEndpointsResponse",
    "ImageModelListItem",
    "ImageModelsListResponse",
    "ImageOutputModality",
    "ImagePricingEntry",
    "ImagePricingEntryBillable",
    "ImagePricingEntryUnit",
    "ImageStreamingResponse",
    "ImageStreamingResponseData",
    "InternalServerResponse",
    "InternalServerResponseErrorData",
    "NotFoundResponse",
    "NotFoundResponseErrorData",
    "PayloadTooLargeResponse",
    "PayloadTooLargeResponseErrorData",
    "PaymentRequiredResponse",
    "PaymentRequiredResponseErrorData",
    "ProviderName",
    "ProviderOptions",
    "ProviderOverloadedResponse",
    "ProviderOverloadedResponseErrorData",
    "ProviderSort",
    "ProviderSortConfig",
    "ProviderSortConfigBy",
    "ProviderSortConfigPartition",
    "RangeCapability",
    "SupportedParameters",
    "TooManyRequestsResponse",
    "TooManyRequestsResponseErrorData",
    "UnauthorizedResponse",
    "UnauthorizedResponseErrorData",
]


if not TYPE_CHECKING:  # type checkers read the imports above (and flag unknown names)

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
