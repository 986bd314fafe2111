"""``conform`` and ``mock``: recorded traffic checked against the spec and the client, and a
stand-in for the API, over one traffic model of the spec."""
