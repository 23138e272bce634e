"""Collectors: they fetch sources safely and hand raw items to intel."""
