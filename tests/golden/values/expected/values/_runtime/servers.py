"""Server URLs from the API's server templates (``https://{region}.example.com``)."""

from __future__ import annotations

from collections.abc import Mapping


def expand_server(template: str, values: Mapping[str, str]) -> str:
    """``template`` with each ``{name}`` replaced by its value in ``values``."""
    url = template
    for name, value in values.items():
        url = url.replace("{" + name + "}", value)
    return url
