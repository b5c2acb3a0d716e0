"""pipeline.site.views: one record shaped for its page."""

from __future__ import annotations

from pipeline.model import Contact, Place
from pipeline.site.views import coordinates_label, duration_view, edit_url, map_url

from ..conftest import VALID


def contact(durations) -> Contact:
    return Contact.model_validate({**VALID, "duration": durations})


def test_durations_grouped_by_side_and_difference_flagged():
    """US and Russian figures sit in their own groups; differing figures are flagged."""
    dv = duration_view(contact([
        {"minutes": 150, "qualifier": "under", "reported_by": "Kremlin", "side": "ru"},
        {"minutes": 120, "qualifier": "over", "reported_by": "White House", "side": "us"},
        {"minutes": 140, "reported_by": "AP"},
    ]))
    assert [side for side, _ in dv.groups] == ["us", "ru", "other"]
    assert dv.differ


def test_same_figures_or_one_side_do_not_differ():
    """No difference is claimed when both sides agree or only one side reported."""
    same = [{"minutes": 120, "reported_by": "Kremlin", "side": "ru"},
            {"minutes": 120, "reported_by": "White House", "side": "us"}]
    assert not duration_view(contact(same)).differ
    assert not duration_view(contact(same[:1])).differ


def test_coordinates_and_map_link():
    """Coordinates read with hemispheres; the map link is an https URL (a link, not a load)."""
    p = Place(id="anchorage", name={"uk": "Анкоридж", "en": "Anchorage"}, country="US",
              lat=61.2181, lon=-149.9003)
    assert coordinates_label(p) == "61.2181°\u00a0N, 149.9003°\u00a0W"
    assert map_url(p).startswith("https://www.openstreetmap.org/?mlat=61.2181&mlon=-149.9003")


def test_edit_url_points_at_the_record_file():
    """"Edit this record" opens the YAML file on the repository's editor."""
    assert edit_url("https://github.com/o/r/", "main", "2025-10-16-trump-putin-call") == (
        "https://github.com/o/r/edit/main/content/contacts/2025-10-16-trump-putin-call.yaml")
