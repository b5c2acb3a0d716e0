"""Reading and writing YAML the way contributors' files need it.

Reading keeps the line of every value (so every problem can name file:line), rejects what
PyYAML would silently accept (duplicate keys, aliases) and never raises a traceback for a
malformed file: it raises `YamlError` with line and column. Writing is deterministic and
atomic.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

try:  # libyaml is ~10x faster; the pure-Python classes are the fallback.
    from yaml import CBaseLoader as NodeLoader
    from yaml import CSafeDumper as SafeDumper
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import BaseLoader as NodeLoader  # type: ignore[assignment]
    from yaml import SafeDumper  # type: ignore[assignment]

MAX_BYTES = 1_000_000  # a record is a few KB; anything this big is a mistake or an attack

Path_ = tuple[str | int, ...]


class YamlError(Exception):
    """A file that cannot be read as YAML; `line` is 1-based."""

    def __init__(self, message: str, line: int = 1, column: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


@dataclass
class Loaded:
    data: Any
    text: str
    _lines: dict[Path_, int] | None = None

    @property
    def may_hold_markup(self) -> bool:
        """False when no text field can contain HTML or a Markdown link."""
        return "<" in self.text or "](" in self.text

    @property
    def lines(self) -> dict[Path_, int]:
        """Path of every key/item -> 1-based line; parsed again only when a problem needs it."""
        if self._lines is None:
            self._lines = {}
            _build(_compose(self.text), (), self._lines, set())
        return self._lines

    def line_of(self, path: Path_) -> int:
        """Line of the deepest known prefix of `path` (the field itself, or its parent)."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)


def decode(raw: bytes) -> str:
    if len(raw) > MAX_BYTES:
        raise YamlError(
            f"file is {len(raw):,} bytes; a record must be under {MAX_BYTES:,} bytes"
        )
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise YamlError(
            f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
            "save the file as UTF-8",
            line,
        ) from None
    return text.replace("\r\n", "\n")


_NULL = {"", "~", "null", "Null", "NULL"}
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False,
         "FALSE": False}
_INT = re.compile(r"^[-+]?(0|[1-9][0-9_]*)$")
_FLOAT = re.compile(r"^[-+]?([0-9][0-9_]*)?\.[0-9_]+([eE][-+]?[0-9]+)?$")
_DATE = re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")


def _scalar(node: yaml.ScalarNode) -> Any:
    """Resolve a plain scalar like YAML 1.1's safe schema does for the types records use.

    Building values ourselves from libyaml's nodes (instead of PyYAML's Python constructor)
    is what keeps 5,000 records under two seconds.
    """
    value = node.value
    # libyaml marks plain scalars with style '' (PyYAML's own parser uses None).
    if node.style not in (None, "") or node.tag not in (None, "?", "tag:yaml.org,2002:str",
                                                   "tag:yaml.org,2002:value"):
        return value if node.tag in (None, "!", "tag:yaml.org,2002:str") else _tagged(node)
    if value in _NULL:
        return None
    if value in _BOOL:
        return _BOOL[value]
    if _INT.match(value):
        return int(value.replace("_", ""))
    if _FLOAT.match(value):
        return float(value.replace("_", ""))
    m = _DATE.match(value)
    if m:
        try:
            return dt.date(*map(int, m.groups()))
        except ValueError:
            return value  # an impossible date stays text; the model explains what is wrong
    return value


def _tagged(node: yaml.ScalarNode) -> Any:
    tag = node.tag
    if tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
               "tag:yaml.org,2002:null", "tag:yaml.org,2002:timestamp"):
        return _scalar(yaml.ScalarNode("tag:yaml.org,2002:value", node.value))
    raise YamlError(f"YAML tag {tag} is not allowed in a record", node.start_mark.line + 1,
                    node.start_mark.column + 1)


def _build(node: yaml.Node, path: Path_, lines: dict[Path_, int] | None, seen: set[int]) -> Any:
    """Turn a node into plain data, refusing aliases; with `lines`, record every line."""
    if id(node) in seen:
        # An alias re-uses a node: harmless once, but nested aliases ("billion laughs")
        # explode; records never need them, so refuse them all.
        raise YamlError(
            "anchors and aliases (&name / *name) are not allowed; write the value out",
            node.start_mark.line + 1,
            node.start_mark.column + 1,
        )
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node)
    if node.tag not in (None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"):
        raise YamlError(f"YAML tag {node.tag} is not allowed in a record",
                        node.start_mark.line + 1, node.start_mark.column + 1)
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        first_line: dict[Any, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise YamlError("a key must be a plain name", key_node.start_mark.line + 1)
            key = _scalar(key_node)
            line = key_node.start_mark.line + 1
            if key in first_line:
                raise YamlError(
                    f"key '{key}' appears twice (first on line {first_line[key]}); "
                    "keep one and merge their values",
                    line,
                    key_node.start_mark.column + 1,
                )
            first_line[key] = line
            if lines is None:
                out[key] = _build(value_node, path, None, seen)
            else:
                lines[(*path, key)] = line
                out[key] = _build(value_node, (*path, key), lines, seen)
        return out
    if lines is None:
        return [_build(item, path, None, seen) for item in node.value]
    items = []
    for i, item in enumerate(node.value):
        lines[(*path, i)] = item.start_mark.line + 1
        items.append(_build(item, (*path, i), lines, seen))
    return items


class _Loader(NodeLoader):
    """libyaml's parser and composer with tag resolution left to `_scalar`.

    PyYAML's resolver runs Python code for every node; records have ~75 nodes each and the
    answer is decided by `_scalar` anyway.
    """

    def resolve(self, kind, value, implicit):
        return None

    def descend_resolver(self, current_node, current_index):
        pass

    def ascend_resolver(self):
        pass


def _compose(text: str) -> yaml.Node:
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "malformed YAML"
        if "\t" in problem or "tab" in problem:
            problem += " (YAML indents with spaces, never tabs)"
        raise YamlError(
            f"YAML syntax: {problem}",
            mark.line + 1 if mark else 1,
            mark.column + 1 if mark else None,
        ) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"YAML syntax: {exc}") from None
    finally:
        loader.dispose()
    if node is None:
        raise YamlError("file is empty; a record is a mapping of fields")
    return node


def loads(text: str) -> Loaded:
    """Parse one YAML document; raise YamlError (with line) on anything malformed.

    Lines of fields are worked out only when asked for (`Loaded.lines`): valid files, the
    common case, are parsed once.
    """
    return Loaded(_build(_compose(text), (), None, set()), text)


def load_file(path: str | os.PathLike[str]) -> Loaded:
    return loads(decode(Path(path).read_bytes()))


def load_plain(path: str | os.PathLike[str]) -> Any:
    """Registries and other files where line numbers are not needed."""
    return load_file(path).data


class _Dumper(SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:  # downloads must not contain &id anchors
        return True


def _str_representer(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _str_representer)


def dumps(data: Any) -> str:
    return yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=100,
        default_flow_style=False,
    )


@lru_cache(maxsize=1)
def _new_file_mode() -> int:
    """What open() would give a new file: 0o666 less the umask (read once: os.umask can
    only be read by setting it)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def atomic_write(path: str | os.PathLike[str], text: str | bytes) -> None:
    """Write via a temp file in the same directory and rename, so readers never see half.
    The file gets the mode it had, or a new file's usual mode: the temporary file is
    private (0600), which would leave a record unreadable to others and a page of the site
    unreadable to a web server running as another user."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8") if isinstance(text, str) else text
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = _new_file_mode()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), mode)
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
