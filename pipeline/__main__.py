"""`python -m pipeline COMMAND …` — every module in pipeline/commands is a command.

A command module has a docstring (its help), `add_arguments(parser)` and `run(args) -> int`.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from . import commands


def command_names() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(commands.__path__))


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser with every command, or with `only` one of them imported: commands pull in
    heavy libraries (the extractor loads dateparser), and `make site` runs three of them, so
    a run imports just the command it runs; help and unknown names still list them all."""
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in command_names():
        if only is not None and name != only:
            sub.add_parser(name.replace("_", "-"))
            continue
        module = importlib.import_module(f"{commands.__name__}.{name}")
        doc = (module.__doc__ or "").strip()
        p = sub.add_parser(name.replace("_", "-"), help=doc.splitlines()[0] if doc else "",
                           description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    wanted = argv[0].replace("-", "_") if argv else None
    only = wanted if wanted in command_names() else None
    args = build_parser(only).parse_args(argv)
    return args._run(args)


if __name__ == "__main__":
    sys.exit(main())
