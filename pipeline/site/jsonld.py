"""schema.org `Event` for a contact page, serialised so that no text can escape the script."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from ..labels import contact_title, person_name, place_label, type_label
from ..model import Contact
from ..registries import Registries
from .markup import json_for_script, to_text

EVENT_STATUS = {
    "announced": "https://schema.org/EventScheduled",
    "held": "https://schema.org/EventScheduled",
    "postponed": "https://schema.org/EventPostponed",
    "cancelled": "https://schema.org/EventCancelled",
}
REMOTE_TYPES = {"call", "video_call"}


def event_data(contact: Contact, registries: Registries, lang: str, url: str,
               siteurl: str = "") -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "@id": url,
        "url": url,
        "name": contact_title(contact, registries, lang),
        "startDate": contact.date,
        "eventStatus": EVENT_STATUS[contact.status],
        "eventAttendanceMode": "https://schema.org/"
        + ("OnlineEventAttendanceMode" if contact.type in REMOTE_TYPES
           else "OfflineEventAttendanceMode"),
        "inLanguage": lang,
    }
    if contact.summary and contact.summary.get(lang):
        data["description"] = to_text(contact.summary.get(lang))
    place = registries.places.get(contact.location or "")
    if place is not None:
        data["location"] = {
            "@type": "Place",
            "name": place_label(place.id, registries, lang),
            "address": {"@type": "PostalAddress", "addressCountry": place.country},
            "geo": {"@type": "GeoCoordinates", "latitude": place.lat, "longitude": place.lon},
        }
    elif contact.type in REMOTE_TYPES:
        data["location"] = {"@type": "VirtualLocation", "name": type_label(contact.type, lang)}
    data["attendee"] = [
        {"@type": "Person", "name": person_name(p, registries, lang),
         "url": f"{siteurl}/people/{p}/"}
        for p in contact.participants
    ]
    return data


def event_jsonld(contact: Contact, url: str, registries: Registries, lang: str,
                 settings: dict) -> Markup:
    return json_for_script(event_data(contact, registries, lang, url,
                                      siteurl=settings.get("SITEURL", "")))
