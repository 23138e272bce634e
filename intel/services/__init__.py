"""Domain services: take a session first, flush but never commit."""
