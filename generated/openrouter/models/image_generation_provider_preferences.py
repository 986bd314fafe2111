"""ImageGenerationProviderPreferences: How the request is routed among providers, and options passed on to specific providers."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._runtime.unset import UNSET, Unset

if TYPE_CHECKING:
    from .provider_name import ProviderName
    from .provider_options import ProviderOptions
    from .provider_sort import ProviderSort
    from .provider_sort_config import ProviderSortConfig


@attrs.define(kw_only=True)
class ImageGenerationProviderPreferences:
    """How the request is routed among providers, and options passed on to specific providers.

    Attributes:
        allow_fallbacks: May other providers step in when the preferred ones fail? - true (the default): if the first choice (or every provider named in "order") is unavailable, the next best provider serves the request. - false: only the first choice or the providers you named are tried; their error is returned when the...
        ignore: Provider slugs never to use for this request, added to the providers your account already excludes.
        only: Provider slugs that may serve this request, added to the providers your account already allows.
        options: Options for particular providers, by provider slug. Only the chosen provider's options are passed on; the others, and any key not recognised, are dropped without notice.
        order: Provider slugs in order of preference. Among those that serve the model, the first is tried, then the next when it is unavailable; when none is available the request fails with an error.
        sort: How to rank providers when "order" is not given; setting it turns load balancing off.
    """

    allow_fallbacks: bool | None | Unset = UNSET
    ignore: list[ProviderName | str] | None | Unset = UNSET
    only: list[ProviderName | str] | None | Unset = UNSET
    options: ProviderOptions | Unset = UNSET
    order: list[ProviderName | str] | None | Unset = UNSET
    sort: ProviderSort | str | ProviderSortConfig | None | Unset = UNSET
