"""A small hand-written data set that exercises every chart: all pairs, all types and
statuses, a contact as president-elect, a month-precision date, durations that agree and
disagree, topics shared across pairs, and an ended term with a silence at its end."""

from __future__ import annotations

from pipeline.model import Contact

SOURCE = [{"url": "https://example.org/source", "outlet": "Example"}]
SUMMARY = {"uk": "Короткий опис.", "en": "A short summary."}


def _c(id_, type_, date, us, ru, status="held", duration=(), topics=(), **extra) -> Contact:
    data = {
        "id": id_, "type": type_, "status": status, "date": date,
        "participants": [us, ru], "topics": list(topics), "summary": SUMMARY,
        "duration": [{"minutes": m, "qualifier": q, "reported_by": who}
                     for m, q, who in duration],
        "sources": SOURCE, "review": "verified", **extra,
    }
    if status != "held":
        data["history"] = [{"status": "announced", "date": date},
                           {"status": status, "date": date}]
    return Contact.model_validate(data)


RECORDS = [
    _c("2009-01-26-obama-medvedev-call", "call", "2009-01-26", "obama", "medvedev",
       topics=["bilateral-relations"]),
    _c("2009-04-01-obama-medvedev-meeting-london", "meeting", "2009-04-01", "obama",
       "medvedev", duration=[(70, "about", "Washington Post")],
       topics=["arms-control", "iran"]),
    _c("2010-04-08-obama-medvedev-meeting-prague", "meeting", "2010-04-08", "obama",
       "medvedev", duration=[(90, "about", "Kremlin"), (120, "over", "White House")],
       topics=["arms-control"]),
    _c("2012-03-09-obama-putin-call", "call", "2012-03-09", "obama", "putin",
       topics=["greetings-condolences"]),  # Putin as president-elect
    _c("2013-09-03-obama-putin-meeting-moscow", "meeting", "2013-09", "obama", "putin",
       status="cancelled", topics=["syria"]),
    _c("2014-03-01-obama-putin-call", "call", "2014-03-01", "obama", "putin",
       duration=[(90, "about", "Kremlin")], topics=["ukraine"]),
    _c("2015-11-15-obama-putin-encounter-antalya", "brief_encounter", "2015-11-15", "obama",
       "putin", duration=[(20, "about", "Kremlin"), (30, "over", "NBC")],
       topics=["syria", "ukraine"]),
    _c("2016-11-14-trump-putin-call", "call", "2016-11-14", "trump", "putin",
       topics=["greetings-condolences"]),  # Trump as president-elect
    _c("2017-07-07-trump-putin-meeting-hamburg", "meeting", "2017-07-07", "trump", "putin",
       duration=[(135, "about", "Tillerson"), (140, "about", "RIA Novosti")],
       topics=["syria", "ukraine", "cybersecurity"]),
    _c("2021-06-16-biden-putin-meeting-geneva", "meeting", "2021-06-16", "biden", "putin",
       duration=[(180, "about", "Reuters")], topics=["arms-control", "cybersecurity"]),
    _c("2021-12-07-biden-putin-video-call", "video_call", "2021-12-07", "biden", "putin",
       duration=[(120, "exactly", "White House")], topics=["ukraine"]),
    _c("2022-02-12-biden-putin-call", "call", "2022-02-12", "biden", "putin",
       duration=[(62, "exactly", "White House")], topics=["ukraine"]),
    _c("2025-02-12-trump-putin-call", "call", "2025-02-12", "trump", "putin",
       duration=[(90, "about", "Kremlin")], topics=["ukraine", "ceasefire"]),
    _c("2025-08-15-trump-putin-meeting-anchorage", "meeting", "2025-08-15", "trump", "putin",
       duration=[(165, "about", "Kremlin"), (180, "over", "White House")],
       topics=["ukraine", "ceasefire"]),
    _c("2025-10-21-trump-putin-meeting-budapest", "meeting", "2025-10", "trump", "putin",
       status="postponed", topics=["ukraine"]),
]

ONE = [RECORDS[-2]]
