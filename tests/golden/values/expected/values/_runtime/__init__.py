"""Runtime support shared by every generated client; copied verbatim by the generator."""
