"""Finding, loading, vetting and listing plugins.

Built-in checks come through the same ``mediacheck`` entry-point group as a
third party's.  ``MEDIACHECK_BLOCK_PLUGINS`` (comma-separated names) keeps
plugins from loading; ``MEDIACHECK_TRACE_PLUGINS=1`` prints every hook call
(plugin, module, what it returned) to standard error.

A plugin is vetted when it is registered, not when it first runs, so a
mistake in it is reported once, at start-up, with the plugin's name: an API
version this mediacheck does not provide, a hook name that matches no spec
(or a hook function someone forgot to mark ``@hookimpl``), or a hook taking
arguments its spec does not pass.
"""

from __future__ import annotations

import difflib
import importlib
import inspect
import os
import re
import sys
from collections.abc import Iterable, Iterator
from importlib import metadata
from typing import TYPE_CHECKING, Any

import attrs
import pluggy

from mediacheck import hookspecs
from mediacheck.errors import PluginError

if TYPE_CHECKING:
    from mediacheck.findings import Rule

__all__ = [
    "API_ATTRIBUTE",
    "DEFAULT_PLUGINS",
    "ENTRY_POINT_GROUP",
    "NAME_ATTRIBUTE",
    "PLUGIN_API",
    "SUPPORTED_PLUGIN_APIS",
    "PluginInfo",
    "PluginManager",
]

ENTRY_POINT_GROUP = "mediacheck"

#: Plugin API versions this mediacheck can load.  A version is added when
#: the hooks or the objects they exchange change incompatibly; old ones stay
#: here for as long as they are still supported.
SUPPORTED_PLUGIN_APIS: tuple[int, ...] = (1,)
#: The plugin API this mediacheck provides (the newest it supports).
PLUGIN_API = SUPPORTED_PLUGIN_APIS[-1]
#: The module (or object) attribute where a plugin states the API it was
#: written for, e.g. ``MEDIACHECK_API = 1``.  Plugins that state none are
#: assumed to be current.
API_ATTRIBUTE = "MEDIACHECK_API"

#: The module (or object) attribute where a plugin declares its name, e.g.
#: ``MEDIACHECK_NAME = "clickbait"``, honoured by every way of loading it.
NAME_ATTRIBUTE = "MEDIACHECK_NAME"
_PLUGIN_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]*")
#: mediacheck's own plugins, registered by every manager as it is made (as
#: pytest does with its ``default_plugins``), so the library and the
#: command line read and write the same formats.
DEFAULT_PLUGINS = ("mediacheck.inputs", "mediacheck.outputs")
_HOOK_PREFIX = "mediacheck_"
_UNKNOWN_HOOK = re.compile(r"unknown hook '(\w+)'")
_EXTRA_ARGUMENTS = re.compile(
    r"for hook '(\w+)' hookimpl definition: (.+?) Argument\(s\) (\{.*?\}) are declared"
)

#: Plugins registered for the whole process (see :mod:`mediacheck.testing`):
#: every manager that loads entry points loads these too, so a plugin under
#: test is seen by ``mediacheck.check()`` and the command line alike.
_process_plugins: dict[str, object] = {}


@attrs.frozen
class PluginInfo:
    """What ``mediacheck plugins --verbose`` shows about one plugin."""

    name: str
    #: The distribution's version, else the module's ``__version__``.
    version: str | None
    #: The hooks it implements.
    hooks: tuple[str, ...]
    module: str
    #: The plugin API it states (``MEDIACHECK_API``), None when it states none.
    api: int | None = None
    #: The distribution that installed it, None for a plugin added by path.
    dist: str | None = None
    #: Slugs of the rules its checks declare (known only to an engine).
    rules: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return attrs.asdict(self, recurse=False, value_serializer=_listify)


def _listify(instance: object, attribute: object, value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


class PluginManager:
    """A pluggy manager that knows how mediacheck finds, vets and names plugins."""

    def __init__(self) -> None:
        self._pm = pluggy.PluginManager(hookspecs.PROJECT)
        self._pm.add_hookspecs(hookspecs)
        self._entrypoints_loaded = False
        #: Installed plugins kept out by MEDIACHECK_BLOCK_PLUGINS.
        self.blocked: list[str] = []
        self._dists: dict[str, tuple[str, str]] = {}
        blocked = os.environ.get("MEDIACHECK_BLOCK_PLUGINS", "")
        for name in filter(None, (n.strip() for n in blocked.split(","))):
            self._pm.set_blocked(name)
        for path in DEFAULT_PLUGINS:
            self.register(importlib.import_module(path), path)
        #: Hooks are called one implementation at a time (see :meth:`collect`),
        #: past pluggy's own tracing, so the trace is written here.
        self._trace = bool(os.environ.get("MEDIACHECK_TRACE_PLUGINS"))

    @property
    def hook(self) -> Any:
        return self._pm.hook

    def load_entrypoints(self) -> None:
        """Load every plugin of the ``mediacheck`` group (and the process's
        own, see :mod:`mediacheck.testing`), once."""
        if self._entrypoints_loaded:
            return
        self._entrypoints_loaded = True
        for ep in sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
            if self._pm.is_blocked(ep.name):
                self.blocked.append(ep.name)
                continue
            if self._pm.get_plugin(ep.name) is not None:
                continue
            try:
                plugin = ep.load()
            except Exception as exc:
                raise PluginError(
                    ep.name, _raised(f"while being loaded from {ep.value}", exc)
                ) from exc
            self.register(plugin, ep.name, dist=ep.dist)
        for name, plugin in list(_process_plugins.items()):
            self.register(plugin, name)

    def register(self, plugin: object, name: str | None = None, *, dist: Any = None) -> str:
        """Register a module or object, vetting it first.

        Registering a blocked plugin does nothing; registering one that is
        already registered (under any name) returns the name it has.
        """
        name = _plugin_name(plugin, name)
        if inspect.isclass(plugin):
            raise PluginError(
                name,
                f"{plugin.__qualname__} is a class: register an instance of it "
                f"(from the command line or an entry point, one made in its module: "
                f"module:instance)",
            )
        if self._pm.is_registered(plugin):
            return self.name_of(plugin)
        if self._pm.is_blocked(name) or self._pm.get_plugin(name) is not None:
            return name
        _check_api(plugin, name)
        _check_unmarked_hooks(self._pm, plugin, name)
        try:
            self._pm.register(plugin, name)
            self._pm.check_pending()
        except pluggy.PluginValidationError as exc:
            if self._pm.is_registered(plugin):
                self._pm.unregister(plugin)
            raise PluginError(name, _explain(str(exc))) from exc
        if dist is not None:
            self._dists[name] = (dist.metadata["Name"], dist.version)
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
        except Exception as exc:  # a plugin's own code failing as it is imported
            raise PluginError(path, _raised("while being imported", exc)) from exc
        name = self.register(plugin, path)
        if self._pm.is_registered(plugin) and not self._pm.get_hookcallers(plugin):
            self._pm.unregister(plugin)
            raise PluginError(name, _no_hooks(self._pm, plugin))
        return name

    def name_of(self, plugin: object) -> str:
        return self._pm.get_name(plugin) or _plugin_name(plugin)

    def collect(self, hook_name: str) -> Iterator[tuple[str, Any]]:
        """Call one hook plugin by plugin, yielding (plugin name, item).

        Each implementation is called on its own so that every item keeps
        its owner.  mediacheck's own plugins come first, then installed
        ones, then those added by path, each group by name: output never
        depends on the order in which plugins happened to load, and when two
        declare the same thing the newcomer is the one blamed.
        """
        impls = getattr(self._pm.hook, hook_name).get_hookimpls()
        for impl in sorted(impls, key=lambda i: (self._rank(i.plugin_name), i.plugin_name)):
            try:
                returned = impl.function() or ()
                # one item where a list belongs would fail as "not iterable"
                listed = not isinstance(returned, str) and isinstance(returned, Iterable)
                items = list(returned) if listed else []
            except Exception as exc:
                self._write_trace(f"{hook_name}() in {impl.plugin_name!r} raised {exc!r}")
                raise PluginError(impl.plugin_name, f"{hook_name}() raised {exc!r}") from exc
            if not listed:
                raise PluginError(
                    impl.plugin_name, f"{hook_name}() returned {returned!r}, not a list"
                )
            self._write_trace(
                f"{hook_name}() in {impl.plugin_name!r} ({_module(impl.plugin)}) "
                f"returned {_items(items)}"
            )
            for item in items:
                yield impl.plugin_name, item

    def _rank(self, name: str) -> int:
        """0 for mediacheck's own plugins, 1 for installed ones, 2 for the rest."""
        dist = self._dists.get(name)
        if dist is None:
            return 0 if name.startswith("mediacheck.") else 2
        return 0 if dist[0] == "mediacheck" else 1

    def _write_trace(self, line: str) -> None:
        if self._trace:
            sys.stderr.write(f"mediacheck: trace: {line}\n")

    def plugins(self, rules: Iterable[tuple[str, Rule]] = ()) -> list[PluginInfo]:
        """Every registered plugin, by name.

        ``rules`` holds (plugin name, rule) pairs, as ``Engine.rules`` does;
        each plugin's entry lists the slugs of its own.
        """
        slugs: dict[str, list[str]] = {}
        for plugin_name, rule in rules:
            slugs.setdefault(plugin_name, []).append(rule.slug)
        out = []
        for name, plugin in self._pm.list_name_plugin():
            if plugin is None:
                continue
            hooks = tuple(sorted(c.name for c in self._pm.get_hookcallers(plugin) or ()))
            dist, version = self._dists.get(name, (None, getattr(plugin, "__version__", None)))
            module = _module(plugin)
            api = getattr(plugin, API_ATTRIBUTE, None)
            rule_slugs = tuple(sorted(slugs.get(name, ())))
            out.append(PluginInfo(name, version, hooks, module, api, dist, rule_slugs))
        return sorted(out, key=lambda p: p.name)


def _module(plugin: object) -> str:
    return str(getattr(plugin, "__name__", type(plugin).__module__))


def _items(items: list[Any]) -> str:
    names = [getattr(i, "name", None) or type(i).__name__ for i in items]
    return f"{len(items)} item{'s' if len(items) != 1 else ''}" + (
        f": {', '.join(map(str, names))}" if names else ""
    )


def _raised(when: str, exc: Exception) -> str:
    """``exc`` as one line: its type, then its message."""
    if isinstance(exc, ImportError):
        return f"cannot be imported ({when}): {exc}"
    return f"raised {type(exc).__name__} {when}: {exc}"


def _plugin_name(plugin: object, given: str | None = None) -> str:
    """The name a plugin is known by: the ``MEDIACHECK_NAME`` it declares,
    else the name it is loaded under (entry-point name, import path), else
    its module's name.  A declared name is the same however the plugin is
    loaded, so ``--select`` and ``--ignore`` need not care."""
    declared = getattr(plugin, NAME_ATTRIBUTE, None)
    if declared is not None:
        if not isinstance(declared, str) or _PLUGIN_NAME.fullmatch(declared) is None:
            raise PluginError(
                given or str(getattr(plugin, "__name__", plugin)),
                f"{NAME_ATTRIBUTE} must be a name like 'clickbait' (letters, digits, "
                f"'-', '_', '.'), not {declared!r}",
            )
        return declared
    return given or str(getattr(plugin, "__name__", None) or type(plugin).__qualname__)


def _check_api(plugin: object, name: str) -> None:
    """Refuse a plugin written for a plugin API this mediacheck lacks."""
    wanted = getattr(plugin, API_ATTRIBUTE, None)
    if wanted is None:
        return
    if isinstance(wanted, bool) or not isinstance(wanted, int):
        raise PluginError(
            name, f"{API_ATTRIBUTE} must be an integer plugin API version, not {wanted!r}"
        )
    if wanted not in SUPPORTED_PLUGIN_APIS:
        from mediacheck import __version__

        provided = ", ".join(map(str, SUPPORTED_PLUGIN_APIS))
        raise PluginError(
            name,
            f"needs mediacheck plugin API {wanted}, but mediacheck {__version__} provides "
            f"plugin API {provided}; install a version of the plugin made for it",
        )


def _check_unmarked_hooks(pm: pluggy.PluginManager, plugin: object, name: str) -> None:
    """A ``mediacheck_*`` function without ``@hookimpl`` is a hook someone
    meant to write; pluggy would silently ignore it."""
    for attr in dir(plugin):
        if not attr.startswith(_HOOK_PREFIX):
            continue
        value = getattr(plugin, attr, None)
        if inspect.isroutine(value) and pm.parse_hookimpl_opts(plugin, attr) is None:
            raise PluginError(
                name,
                f"{attr}() is not marked as a hook: decorate it with @hookimpl "
                "(from mediacheck import hookimpl)",
            )


def _no_hooks(pm: pluggy.PluginManager, plugin: object) -> str:
    """Why a plugin named by path implements nothing, and what in it does:
    ``--plugin module`` for a module whose hooks are on an object in it
    would otherwise load, silently, as nothing."""
    found = "implements no mediacheck hook"
    if not inspect.ismodule(plugin):
        return found
    objects: list[str] = []
    classes: list[str] = []
    for name, value in sorted(vars(plugin).items()):
        hooks = [a for a in dir(value) if a.startswith(_HOOK_PREFIX)]
        if not name.startswith("_") and any(pm.parse_hookimpl_opts(value, a) for a in hooks):
            (classes if inspect.isclass(value) else objects).append(f"{plugin.__name__}:{name}")
    if objects:
        return f"{found}; its hooks are on {', '.join(objects)}: load that instead"
    if classes:
        return f"{found}; {', '.join(classes)} has hooks: load an instance of it made in the module"
    return f"{found} (is each hook function marked @hookimpl?)"


def _explain(pluggy_message: str) -> str:
    """pluggy's validation message on one line, with the hook a misspelled
    one resembles, or the arguments a hook may take."""
    message = " ".join(pluggy_message.split())
    extra = _EXTRA_ARGUMENTS.search(message)
    if extra is not None:
        hook, definition, names = extra.groups()
        spec = ", ".join(inspect.signature(getattr(hookspecs, hook)).parameters)
        return (
            f"{definition} takes argument(s) {names} that the hook does not pass; "
            f"write it as {hook}({spec})"
        )
    unknown = _UNKNOWN_HOOK.search(message)
    if unknown is None:
        return message
    specs = [n for n in dir(hookspecs) if n.startswith(_HOOK_PREFIX)]
    close = difflib.get_close_matches(unknown.group(1), specs, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return f"{message}; {hint}mediacheck's hooks are: {', '.join(specs)}"
