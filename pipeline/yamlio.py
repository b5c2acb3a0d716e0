"""Reading and writing YAML the way contributors' files need it.

Reading keeps the line of every value (so every problem can name file:line), rejects what
PyYAML would silently accept (duplicate keys, aliases) and never raises a traceback for a
malformed file: it raises `YamlError` with line and column. Writing is deterministic and
atomic.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

try:  # libyaml is ~10x faster; the pure-Python loader is the fallback.
    from yaml import CSafeDumper as SafeDumper
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeDumper, SafeLoader  # type: ignore[assignment]

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
    lines: dict[Path_, int]  # path of every key/item -> 1-based line

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


def _walk(node: yaml.Node, path: Path_, lines: dict[Path_, int], seen: set[int]) -> None:
    if id(node) in seen:
        # An alias re-uses a node: harmless once, but nested aliases ("billion laughs")
        # explode; records never need them, so refuse them all.
        raise YamlError(
            "anchors and aliases (&name / *name) are not allowed; write the value out",
            node.start_mark.line + 1,
            node.start_mark.column + 1,
        )
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        keys: dict[object, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            line = key_node.start_mark.line + 1
            if key in keys:
                raise YamlError(
                    f"key '{key}' appears twice (first on line {keys[key]}); "
                    "keep one and merge their values",
                    line,
                    key_node.start_mark.column + 1,
                )
            keys[key] = line
            lines[(*path, key)] = line
            _walk(value_node, (*path, key), lines, seen)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            lines[(*path, i)] = item.start_mark.line + 1
            _walk(item, (*path, i), lines, seen)


def loads(text: str) -> Loaded:
    """Parse one YAML document, keeping lines; raise YamlError on anything malformed."""
    loader = SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise YamlError("file is empty; a record is a mapping of fields")
        lines: dict[Path_, int] = {(): node.start_mark.line + 1}
        _walk(node, (), lines, set())
        data = loader.construct_document(node)
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
    return Loaded(data, lines)


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


def atomic_write(path: str | os.PathLike[str], text: str | bytes) -> None:
    """Write via a temp file in the same directory and rename, so readers never see half."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8") if isinstance(text, str) else text
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
