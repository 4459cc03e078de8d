"""Built-in checks: attribution (being written)."""
