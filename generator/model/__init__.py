"""The intermediate model every stage shares: the IR's frozen classes and types, origins, closed
sets, diagnostics, and the facts read from the runtime."""

__all__ = [
    "diagnostics",
    "ir",
    "kinds",
    "origins",
    "runtime_facts",
    "sources",
]
