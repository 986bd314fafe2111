"""JobRequest"""

from __future__ import annotations

import attrs


@attrs.define(kw_only=True)
class JobRequest:
    """JobRequest

    Attributes:
        prompt: ``prompt``
    """

    prompt: str
