"""Second names for files the build writes once and never changes (rendered pages, search
bundles): a cache and the site share one copy instead of writing every byte again.

The rule that keeps this safe: nothing writes into a file after it is written. Anything that
replaces one goes through `yamlio.atomic_write` (a new file renamed into place), and a name
is removed before it is linked again, so a file's other names never see a change.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def link_or_copy(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """`target` becomes a second name of `source`, or a copy where links cannot be made
    (another file system); whatever `target` named before is let go, never written into.
    Missing folders above `target` are made."""
    # Linking first: a rebuild links thousands of pages into a fresh folder, where the
    # unlink and the folder check would each be a failing system call per page.
    try:
        os.link(source, target)
        return
    except FileExistsError:
        os.unlink(target)
    except FileNotFoundError:
        if not os.path.exists(source):
            raise
        os.makedirs(os.path.dirname(target), exist_ok=True)
    except OSError:
        Path(target).unlink(missing_ok=True)
        shutil.copyfile(source, target)
        return
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def link_tree(source: Path, target: Path) -> int:
    """Every file under `source` at the same place under `target` (folders made as
    needed; files of `target` that `source` lacks are left); the number of files."""
    count = 0
    for folder, dirs, files in os.walk(source):
        dirs.sort()
        here = target / Path(folder).relative_to(source)
        here.mkdir(parents=True, exist_ok=True)
        for name in sorted(files):
            link_or_copy(os.path.join(folder, name), here / name)
            count += 1
    return count
