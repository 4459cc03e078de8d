"""Finding, loading and listing plugins.

Built-in checks come through the same ``mediacheck`` entry-point group as a
third party's.  ``MEDIACHECK_BLOCK_PLUGINS`` (comma-separated names) keeps
plugins from loading; ``MEDIACHECK_TRACE_PLUGINS=1`` prints every hook call
to standard error.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterator
from importlib import metadata
from typing import Any

import attrs
import pluggy

from mediacheck import hookspecs
from mediacheck.errors import PluginError

__all__ = ["ENTRY_POINT_GROUP", "PluginInfo", "PluginManager"]

ENTRY_POINT_GROUP = "mediacheck"


@attrs.frozen
class PluginInfo:
    name: str
    version: str | None
    #: The hooks it implements.
    hooks: tuple[str, ...]
    module: str


class PluginManager:
    """A pluggy manager that knows how mediacheck finds and names plugins."""

    def __init__(self) -> None:
        self._pm = pluggy.PluginManager(hookspecs.PROJECT)
        self._pm.add_hookspecs(hookspecs)
        self._entrypoints_loaded = False
        self._versions: dict[str, str] = {}
        blocked = os.environ.get("MEDIACHECK_BLOCK_PLUGINS", "")
        for name in filter(None, (n.strip() for n in blocked.split(","))):
            self._pm.set_blocked(name)
        if os.environ.get("MEDIACHECK_TRACE_PLUGINS"):
            self._pm.trace.root.setwriter(sys.stderr.write)
            self._pm.enable_tracing()

    @property
    def hook(self) -> Any:
        return self._pm.hook

    def load_entrypoints(self) -> None:
        """Load every plugin of the ``mediacheck`` group, once."""
        if self._entrypoints_loaded:
            return
        self._entrypoints_loaded = True
        for ep in sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
            if self._pm.is_blocked(ep.name) or self._pm.get_plugin(ep.name) is not None:
                continue
            try:
                plugin = ep.load()
            except Exception as exc:
                raise PluginError(ep.name, f"cannot be loaded from {ep.value}: {exc}") from exc
            self.register(plugin, ep.name, dist=ep.dist)

    def register(self, plugin: object, name: str | None = None, *, dist: Any = None) -> str:
        """Register a module or object; fails loudly on an invalid hook."""
        name = name or _plugin_name(plugin)
        if self._pm.is_blocked(name) or self._pm.get_plugin(name) is not None:
            return name
        try:
            self._pm.register(plugin, name)
            self._pm.check_pending()
        except pluggy.PluginValidationError as exc:
            if self._pm.is_registered(plugin):
                self._pm.unregister(plugin)
            raise PluginError(name, str(exc)) from exc
        if dist is not None:
            self._versions[name] = dist.version
        return name

    def load_module(self, path: str) -> str:
        """Import ``path`` (a dotted module, or ``module:attr``) and register it."""
        module_name, _, attr = path.partition(":")
        try:
            plugin: object = importlib.import_module(module_name)
            if attr:
                plugin = getattr(plugin, attr)
        except (ImportError, AttributeError) as exc:
            raise PluginError(path, f"cannot be imported: {exc}") from exc
        return self.register(plugin, path)

    def name_of(self, plugin: object) -> str:
        return self._pm.get_name(plugin) or _plugin_name(plugin)

    def collect(self, hook_name: str) -> Iterator[tuple[str, Any]]:
        """Call one hook plugin by plugin, yielding (plugin name, item).

        Each implementation is called on its own so that every item keeps
        its owner; order is by plugin name, so output never depends on the
        order in which plugins happened to load.
        """
        impls = getattr(self._pm.hook, hook_name).get_hookimpls()
        for impl in sorted(impls, key=lambda i: i.plugin_name):
            try:
                items = impl.function()
            except Exception as exc:
                raise PluginError(impl.plugin_name, f"{hook_name}() raised {exc!r}") from exc
            for item in items or ():
                yield impl.plugin_name, item

    def plugins(self) -> list[PluginInfo]:
        out = []
        for name, plugin in self._pm.list_name_plugin():
            if plugin is None:
                continue
            hooks = tuple(sorted(c.name for c in self._pm.get_hookcallers(plugin) or ()))
            version = self._versions.get(name) or getattr(plugin, "__version__", None)
            module = getattr(plugin, "__name__", type(plugin).__module__)
            out.append(PluginInfo(name, version, hooks, module))
        return sorted(out, key=lambda p: p.name)


def _plugin_name(plugin: object) -> str:
    return str(getattr(plugin, "__name__", None) or type(plugin).__qualname__)

