"""Pelican plugin: each content/contacts/*.yaml becomes an article in the site's language."""

from __future__ import annotations

import logging

from pelican import signals
from pelican.readers import BaseReader
from pelican.utils import SafeDatetime

from .model import Contact, date_bounds
from .yamlio import load_file

log = logging.getLogger(__name__)


class ContactReader(BaseReader):
    enabled = True
    file_extensions = ["yaml"]

    def read(self, filename):
        lang = self.settings["DEFAULT_LANG"]
        contact = Contact.model_validate(load_file(filename).data)
        first, _ = date_bounds(contact.date)
        summary = (contact.summary.get(lang) if contact.summary else None) or ""
        metadata = {
            "title": f"{contact.type} {' – '.join(contact.participants)} {contact.date}",
            "slug": contact.id,
            "date": SafeDatetime(first.year, first.month, first.day),
            "category": self.process_metadata("category", contact.type),
            "tags": self.process_metadata("tags", ",".join(contact.topics)),
            "template": "contact",
            "contact": contact,
            "lang": lang,
        }
        return summary, metadata


def add_reader(readers):
    readers.reader_classes["yaml"] = ContactReader


def register():
    signals.readers_init.connect(add_reader)
