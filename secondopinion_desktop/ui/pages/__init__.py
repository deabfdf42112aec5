"""One module per step of a case."""
