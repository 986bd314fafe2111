"""One module per operation: how its request is built and its response read."""
