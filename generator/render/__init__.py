"""Rendering: the named model to files in memory, ``{relative path: text}``, through the Jinja
templates in ``templates/``."""

__all__ = [
    "files",
]
