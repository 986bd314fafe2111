"""Naming: every Python name, decided once and stable under additive changes, and what follows from
the names (error base classes, paging plans)."""

__all__ = [
    "phases",
]
