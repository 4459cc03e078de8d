"""One base exception for the library, with small subclasses that keep their data."""

from __future__ import annotations

__all__ = ["ConfigError", "InputError", "MediacheckError", "PluginError"]


class MediacheckError(Exception):
    """Base of every error mediacheck raises on purpose."""


class ConfigError(MediacheckError):
    """The configuration names an unknown key, rule or value."""


class PluginError(MediacheckError):
    """A plugin could not be loaded or declares something invalid."""

    def __init__(self, plugin: str, message: str) -> None:
        super().__init__(f"plugin {plugin!r}: {message}")
        self.plugin = plugin
        self.message = message


class InputError(MediacheckError):
    """An input cannot be read as a document; ``where`` names file (and line)."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message
