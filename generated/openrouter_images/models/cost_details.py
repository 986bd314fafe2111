"""CostDetails: Upstream inference cost, split into its parts"""

from __future__ import annotations

import attrs

from .._runtime.model import Model as _Model
from .._runtime.unset import UNSET, Unset


@attrs.define(kw_only=True)
class CostDetails(_Model):
    """Upstream inference cost, split into its parts

    Attributes:
        upstream_inference_completions_cost: ``upstream_inference_completions_cost``
        upstream_inference_cost: ``upstream_inference_cost``
        upstream_inference_prompt_cost: ``upstream_inference_prompt_cost``
    """

    upstream_inference_completions_cost: float
    upstream_inference_cost: float | None | Unset = UNSET
    upstream_inference_prompt_cost: float
