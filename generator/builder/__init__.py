"""Building: the resolved document to the intermediate model (operations, bodies, schemas, paging);
no Python names yet."""

__all__ = [
    "api",
    "pagination",
]
