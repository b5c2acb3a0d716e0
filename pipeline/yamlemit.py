"""Block-style YAML for JSON-like data (dict, list, str, int, float, bool, None), fast.

PyYAML's Python representer made up most of the export time (about 1 ms per record). This
writes the same data directly: mappings and sequences in block style, strings plain where
PyYAML would read them back as the same string, double-quoted (JSON escapes, which YAML
accepts) otherwise. No anchors, aliases or tags, ever. tests/exports/test_yamlemit.py checks
that PyYAML's safe loader reads back exactly what was written, for arbitrary text.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from typing import Any

from yaml.resolver import Resolver

INDENT = "  "
# A plain scalar must not start with an indicator, contain ": " or " #", end in ":" or a
# space, or hold anything but printable characters (YAML 1.1 also breaks lines at U+0085,
# U+2028 and U+2029, which str.isprintable() rejects).
_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")
_RESOLVERS = Resolver.yaml_implicit_resolvers


def _plain_ok(s: str) -> bool:
    if not s or s[0] in _INDICATORS or s[0] == " " or s[-1] in (" ", ":"):
        return False
    if ": " in s or " #" in s or not s.isprintable():
        return False
    # Would a loader resolve it as something else (null, bool, int, float, date, …)?
    return not any(regexp.match(s) for _tag, regexp in _RESOLVERS.get(s[0], ()))


def _quoted(s: str) -> str:
    out = json.dumps(s, ensure_ascii=False)
    if out.isprintable():
        return out
    return "".join(c if c.isprintable() else
                   (f"\\u{ord(c):04x}" if ord(c) <= 0xFFFF else f"\\U{ord(c):08x}")
                   for c in out)


@lru_cache(maxsize=1 << 16)
def _string(s: str) -> str:
    # Keys, ids, enum values and registry names repeat in every record of a download.
    return s if _plain_ok(s) else _quoted(s)


def scalar(value: Any) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return ".nan"
        if math.isinf(value):
            return ".inf" if value > 0 else "-.inf"
        text = repr(value)
        # YAML 1.1 floats need a dot: 1e+16 would read back as a string.
        return re.sub(r"^(-?\d+)(e)", r"\1.0\2", text) if "." not in text else text
    if isinstance(value, str):
        return _string(value)
    raise TypeError(f"cannot write {type(value).__name__} as YAML")


def _block(value: Any, indent: str, out: list[str]) -> None:
    """Lines of a non-empty mapping or sequence, each starting with `indent`."""
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"mapping keys must be strings, not {type(key).__name__}")
            head = f"{indent}{scalar(key)}:"
            if isinstance(item, dict | list) and item:
                out.append(head + "\n")
                _block(item, indent + INDENT, out)
            else:
                out.append(f"{head} {_inline(item)}\n")
    else:
        for item in value:
            if isinstance(item, dict | list) and item:
                start = len(out)
                _block(item, indent + INDENT, out)
                # The first line of the nested block moves up behind the dash.
                out[start] = f"{indent}- " + out[start][len(indent) + len(INDENT):]
            else:
                out.append(f"{indent}- {_inline(item)}\n")


def _inline(value: Any) -> str:
    if isinstance(value, dict):
        return "{}"
    if isinstance(value, list):
        return "[]"
    return scalar(value)


def emit(data: Any) -> str:
    """The YAML text of `data`; a mapping or sequence at the top, or a single scalar."""
    if isinstance(data, dict | list) and data:
        out: list[str] = []
        _block(data, "", out)
        return "".join(out)
    return _inline(data) + "\n"
