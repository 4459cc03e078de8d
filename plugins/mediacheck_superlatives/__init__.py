"""Built-in checks: superlatives (being written)."""
