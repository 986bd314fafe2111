"""The client's operations, one class per tag."""
