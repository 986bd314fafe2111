"""An OpenAPI 3.0/3.1 to Python client generator (attrs models, cattrs converter, urllib3)."""

__version__ = "0.1.0"
