"""Scaffold a new contact record as a valid draft: content/contacts/<id>.yaml.

Give what you know as options; anything missing is asked for when run in a terminal.
Example:
  python -m pipeline new --date 2025-10-16 --participants trump,putin --type call \
      --source https://www.kremlin.ru/events/president/news/78224 --outlet Kremlin
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pydantic import ValidationError

from ..model import CONTACT_TYPES, STATUSES, Contact
from ..records import CONTACTS_DIR, contact_id, write_contact
from ..registries import load_registries
from ..validate import explain, validate

ASK = {
    "date": "Date (YYYY-MM-DD, YYYY-MM or YYYY)",
    "participants": "Participants, person ids separated by commas (e.g. trump,putin)",
    "type": f"Type ({' | '.join(CONTACT_TYPES)})",
    "source": "Source URL (https://…)",
    "outlet": "Outlet of that source (e.g. Kremlin, Reuters)",
}


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--date")
    p.add_argument("--participants", help="person ids, comma-separated (see people.yaml)")
    p.add_argument("--type", choices=CONTACT_TYPES)
    p.add_argument("--status", choices=STATUSES, default="held")
    p.add_argument("--location", help="place id from places.yaml")
    p.add_argument("--source", help="URL of the report")
    p.add_argument("--outlet", help="who published the source")
    p.add_argument("--kind", default="media",
                   choices=["official_us", "official_ru", "media", "social"])
    p.add_argument("--summary-en")
    p.add_argument("--summary-uk")
    p.add_argument("--content", default="content")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")


def _ask(args: argparse.Namespace) -> None:
    for name, prompt in ASK.items():
        if getattr(args, name):
            continue
        if not sys.stdin.isatty():
            raise SystemExit(f"new: --{name} is required ({prompt})")
        setattr(args, name, input(f"{prompt}: ").strip())


def run(args: argparse.Namespace) -> int:
    _ask(args)
    content = Path(args.content)
    try:
        registries = load_registries(content)
    except (OSError, ValueError) as exc:
        print(f"new: cannot read the registries in {content}/ ({exc}); run from the "
              "repository root or pass --content", file=sys.stderr)
        return 1
    participants = [p.strip() for p in args.participants.split(",") if p.strip()]
    participants.sort(key=lambda p: p not in registries.us_people)  # US first, as records do
    unknown = [p for p in participants if p not in registries.people]
    if unknown:
        known = ", ".join(sorted(registries.people))
        print(f"new: unknown person id(s): {', '.join(unknown)} (known: {known})",
              file=sys.stderr)
        return 1
    summary = {"uk": args.summary_uk, "en": args.summary_en}
    data = {
        "id": contact_id(str(args.date), participants, args.type, args.location,
                         registries.us_people),
        "type": args.type,
        "status": args.status,
        "date": args.date,
        "participants": participants,
        "location": args.location,
        "summary": summary if any(summary.values()) else None,
        "sources": [{"url": args.source, "outlet": args.outlet, "kind": args.kind,
                     "supports": ["date", "participants", "type", "status"]}],
        "review": "draft",
    }
    try:
        contact = Contact.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            field = ".".join(str(x) for x in err["loc"])
            print(f"new: {field}: {explain(err)}", file=sys.stderr)
        return 1
    path = content / CONTACTS_DIR / f"{contact.id}.yaml"
    if path.exists() and not args.force:
        print(f"new: {path} already exists; edit it, or pass --force", file=sys.stderr)
        return 1
    write_contact(contact, content)
    report = validate([path], content_dir=content)
    for problem in report.problems:
        print(problem, file=sys.stderr)
    print(path)
    if report.ok:
        print("Now write the summary in both languages (uk and en), add sources, and set "
              "review: verified when a second person has checked it.", file=sys.stderr)
    return 0 if report.ok else 1
