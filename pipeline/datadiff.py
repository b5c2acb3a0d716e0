"""What a change does to the dataset, in words a reviewer reads in seconds."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

MAX_VALUE = 80


@dataclass
class Change:
    id: str
    fields: list[tuple[str, Any, Any]] = field(default_factory=list)  # (path, old, new)


@dataclass
class DataDiff:
    added: list[dict] = field(default_factory=list)
    removed: list[dict] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.unreadable)


def flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for k, v in value.items():
            out.update(flatten(v, f"{prefix}.{k}" if prefix else str(k)))
        return out
    if isinstance(value, list) and value and any(isinstance(v, dict | list) for v in value):
        out = {}
        for i, v in enumerate(value):
            out.update(flatten(v, f"{prefix}[{i}]"))
        return out
    return {prefix: value}


def diff_records(old: dict[str, dict], new: dict[str, dict]) -> DataDiff:
    """Compare two {id: record data} maps."""
    result = DataDiff()
    for cid in sorted(new.keys() - old.keys()):
        result.added.append(new[cid])
    for cid in sorted(old.keys() - new.keys()):
        result.removed.append(old[cid])
    for cid in sorted(old.keys() & new.keys()):
        a, b = flatten(old[cid]), flatten(new[cid])
        changes = [(k, a.get(k), b.get(k)) for k in sorted(a.keys() | b.keys(), key=_order)
                   if a.get(k) != b.get(k)]
        if changes:
            result.changed.append(Change(cid, changes))
    return result


def _order(path: str) -> tuple:
    """Keep list items in numeric order (sources[2] before sources[10])."""
    import re

    return tuple(int(p) if p.isdigit() else p for p in re.split(r"[\[\].]+", path) if p)


def _short(value: Any) -> str:
    if value is None:
        return "∅"
    text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    text = " ".join(text.split())
    text = text if len(text) <= MAX_VALUE else text[: MAX_VALUE - 1] + "…"
    return "`" + text.replace("`", "'") + "`"


def _describe(rec: dict) -> str:
    people = "–".join(map(str, rec.get("participants") or []))
    return f"{rec.get('date', '?')} · {rec.get('type', '?')} · {people} · {rec.get('status', '?')}"


def render_markdown(diff: DataDiff, base: str) -> str:
    lines = [f"### Dataset changes against `{base}`", ""]
    if diff.empty:
        return "\n".join(lines + ["No contact records changed."]) + "\n"
    n = f"{len(diff.added)} added, {len(diff.removed)} removed, {len(diff.changed)} changed"
    lines += [f"**{n}**", ""]
    if diff.added:
        lines += ["#### Added"] + [f"- `{r.get('id')}` — {_describe(r)}" for r in diff.added]
        lines.append("")
    if diff.removed:
        lines += ["#### Removed"]
        lines += [f"- `{r.get('id')}` — {_describe(r)}" for r in diff.removed] + [""]
    if diff.changed:
        lines.append("#### Changed")
        for ch in diff.changed:
            lines.append(f"- `{ch.id}`")
            for path, old, new in ch.fields:
                if old is None:
                    lines.append(f"  - `{path}`: added {_short(new)}")
                elif new is None:
                    lines.append(f"  - `{path}`: removed (was {_short(old)})")
                else:
                    lines.append(f"  - `{path}`: {_short(old)} → {_short(new)}")
        lines.append("")
    if diff.unreadable:
        lines += ["#### Not readable (see the validation errors)"]
        lines += [f"- `{p}`" for p in diff.unreadable] + [""]
    return "\n".join(lines)
