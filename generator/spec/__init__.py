"""Reading the spec: the document read (YAML or JSON, with line and column of every place), walked,
repaired where the intent is clear, validated and resolved to OpenAPI 3.1 terms."""

__all__ = [
    "load",
    "resolve",
    "validate",
    "validating",
    "walk",
]
