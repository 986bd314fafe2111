"""Output: the files formatted with ruff, stamped with their fingerprints and written beside the
target, then swapped in."""

__all__ = [
    "format",
    "quick_check",
    "stamp",
    "write",
]
