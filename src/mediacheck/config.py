"""Configuration from ``[tool.mediacheck]`` in pyproject.toml or ``mediacheck.toml``.

Unknown keys, rules and options are errors that name the culprit: a typo in
a linter's configuration must not silently switch a rule off.
"""

from __future__ import annotations

import sys
from collections.abc import Collection, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from mediacheck.analysis.lexicon import BUILTIN, LISTS, Lexicon
from mediacheck.errors import ConfigError
from mediacheck.findings import Rule, Severity

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

__all__ = ["Config", "find_config", "load_config"]

KEYS = {"select", "ignore", "severity", "options", "plugins", "lexicon"}
#: ``[lexicon]`` keys: ``extra-<list>`` adds entries to a word list of the
#: analysis, ``ignore-<list>`` removes built-in ones.
LEXICON_KEYS = {f"{verb}-{name}" for verb in ("extra", "ignore") for name in LISTS}


def _names(value: Any, key: str, where: str) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",")]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: '{key}' must be a list of names")
    return tuple(v for v in value if v)


def _lexicon(value: Any, source: str) -> Lexicon:
    if value is None:
        return BUILTIN
    if not isinstance(value, Mapping):
        raise ConfigError(f"{source}: 'lexicon' must be a table of word lists")
    unknown = sorted(set(value) - LEXICON_KEYS)
    if unknown:
        raise ConfigError(
            f"{source}: unknown key {unknown[0]!r} in [lexicon] "
            f"(keys: extra-<list> or ignore-<list>, lists: {', '.join(LISTS)})"
        )
    tables: dict[str, dict[str, list[str]]] = {"extra": {}, "ignore": {}}
    for key, items in value.items():
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise ConfigError(f"{source}: lexicon key {key!r} must be a list of strings")
        verb, _, name = key.partition("-")
        tables[verb][name] = items
    try:
        return Lexicon(extra=tables["extra"], ignore=tables["ignore"])
    except ValueError as exc:
        raise ConfigError(f"{source}: [lexicon]: {exc}") from None


@attrs.frozen
class Config:
    """Which rules run, how severe they are and what options they get."""

    #: Rule slugs or plugin names to run; None runs every rule.
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = attrs.field(factory=dict)
    options: Mapping[str, Mapping[str, Any]] = attrs.field(factory=dict)
    plugins: tuple[str, ...] = ()
    #: The word lists the analysis reads: the built-in ones plus ``[lexicon]``.
    lexicon: Lexicon = BUILTIN
    #: The file it came from, for messages.
    source: str = "configuration"

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], source: str = "configuration") -> Config:
        unknown = sorted(set(data) - KEYS)
        if unknown:
            raise ConfigError(
                f"{source}: unknown key {unknown[0]!r} (known: {', '.join(sorted(KEYS))})"
            )
        severity: dict[str, Severity] = {}
        for slug, level in (data.get("severity") or {}).items():
            try:
                severity[slug] = Severity(level)
            except ValueError:
                raise ConfigError(
                    f"{source}: severity of {slug!r} must be info, warning or error, not {level!r}"
                ) from None
        options = data.get("options") or {}
        if not isinstance(options, Mapping) or not all(
            isinstance(v, Mapping) for v in options.values()
        ):
            raise ConfigError(f"{source}: 'options' must be a table of tables, one per rule")
        return cls(
            select=_names(data.get("select"), "select", source),
            ignore=_names(data.get("ignore"), "ignore", source) or (),
            severity=severity,
            options={slug: dict(opts) for slug, opts in options.items()},
            plugins=_names(data.get("plugins"), "plugins", source) or (),
            lexicon=_lexicon(data.get("lexicon"), source),
            source=source,
        )

    def merge(self, *, select: Iterable[str] | None = None, ignore: Iterable[str] = ()) -> Config:
        """This configuration with command-line choices applied on top."""
        return attrs.evolve(
            self,
            select=tuple(select) if select is not None else self.select,
            ignore=self.ignore + tuple(ignore),
        )

    def validate(self, rules: Sequence[tuple[str, Rule]], blocked: Collection[str] = ()) -> None:
        """Fail on names that match no rule or plugin, and on unknown options.

        ``rules`` holds (plugin name, rule) for every rule that is loaded.
        ``blocked`` names plugins kept out (``MEDIACHECK_BLOCK_PLUGINS``):
        their rules are unknown without running their code, so while one is
        blocked a name no loaded plugin has is taken to be one of its and
        left alone, and blocking a plugin never breaks a configuration.
        """
        by_slug = {rule.slug: rule for _, rule in rules}
        plugins = {plugin for plugin, _ in rules}
        for key, names in (("select", self.select or ()), ("ignore", self.ignore)):
            for name in names:
                if name not in by_slug and name not in plugins and not blocked:
                    raise ConfigError(f"{self.source}: {key} names unknown rule or plugin {name!r}")
        for key, table in (("severity", self.severity), ("options", self.options)):
            for slug in table:
                if slug not in by_slug and not blocked:
                    raise ConfigError(f"{self.source}: {key} names unknown rule {slug!r}")
        for slug, opts in self.options.items():
            if slug not in by_slug:
                continue  # a blocked plugin's rule
            rule = by_slug[slug]
            for name, value in opts.items():
                if name not in rule.options:
                    known = ", ".join(sorted(rule.options)) or "none"
                    raise ConfigError(
                        f"{self.source}: rule {slug!r} has no option {name!r} (options: {known})"
                    )
                wrong = _wrong_type(value, rule.options[name])
                if wrong:
                    raise ConfigError(f"{self.source}: option {name!r} of {slug!r} {wrong}")


def _wrong_type(value: Any, default: Any) -> str | None:
    """Why ``value`` cannot stand for an option whose default is ``default``.

    The value must have the default's type, except that a whole number
    stands for a fraction (TOML's ``1`` for ``1.0``; ``CheckContext.option``
    gives it as a float).  A list's items must have the type of the
    default's items, or be strings when the default is empty: options that
    take lists are word lists, and a check would fail on every document
    reading ``[1, 2]`` as words.
    """
    if isinstance(default, float) and _is(value, int):
        return None
    if not _is(value, type(default)):
        return f"must be {type(default).__name__}, not {type(value).__name__}"
    if isinstance(value, list):
        item = type(default[0]) if default else str
        strays = [v for v in value if not _is(v, item)]
        if strays:
            return f"must be a list of {item.__name__}, not holding {strays[0]!r}"
    return None


def _is(value: Any, kind: type) -> bool:
    """``isinstance``, except that ``true`` is no number (a bool is an int)."""
    return isinstance(value, kind) and (kind is bool or not isinstance(value, bool))


def find_config(start: Path | None = None) -> Path | None:
    """The nearest ``mediacheck.toml``, or ``pyproject.toml`` with a
    ``[tool.mediacheck]`` table, from ``start`` upward (``mediacheck.toml``
    first in a folder holding both).

    A ``pyproject.toml`` that cannot be read as TOML is passed over, as it
    may be another tool's, unless its text names ``tool.mediacheck``: then
    it is returned, so that loading it reports the mistake instead of every
    rule running while the user believes their configuration applies.
    """
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "mediacheck.toml"
        if candidate.is_file():
            return candidate
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                raw = candidate.read_bytes()
                data = tomllib.loads(raw.decode("utf-8"))
            except OSError:
                continue
            except ValueError:  # not UTF-8, or not TOML
                if b"tool.mediacheck" in raw:
                    return candidate
                continue
            if "mediacheck" in data.get("tool", {}):
                return candidate
    return None


def load_config(path: Path) -> Config:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"{path}: not valid UTF-8: byte 0x{exc.object[exc.start]:02x} at offset {exc.start}"
        ) from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("mediacheck", {})
    return Config.from_mapping(data, str(path))
