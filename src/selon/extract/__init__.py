"""One module per layer; each turns a spaCy Doc into model objects."""
