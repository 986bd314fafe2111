"""``diff`` and ``changelog``: what a spec change does to callers of the generated client."""
