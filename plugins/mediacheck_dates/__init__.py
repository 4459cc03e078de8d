"""Built-in checks: dates (being written)."""
