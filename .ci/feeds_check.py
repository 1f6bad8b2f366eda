#!/usr/bin/env python3
"""Checks the server's feeds with parsers written by others, against the demo server.

usage: feeds_check.py BASE_URL

- /milestones.ics is read by the `icalendar` package (RFC 5545): a VCALENDAR with VERSION and PRODID, and
  all-day VEVENTs with UID, DTSTAMP and a DATE start; Kyoto's 70th anniversary (koki, 2029) is among them.
- /calendar.ics (the public events) is read by `icalendar` too: UID, DTSTAMP, SEQUENCE, all-day DATE values,
  approximate events TENTATIVE, and 304 for the ETag just received.
- /news.atom is read by Python's XML parser: an Atom (RFC 4287) feed with id, title, updated, a self link,
  and entries whose ids are URIs and whose links are absolute.
- /partnerships.geojson is an RFC 7946 FeatureCollection of Points, longitude first and in range.
"""
import datetime
import json
import sys
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET

from icalendar import Calendar

ATOM = "{http://www.w3.org/2005/Atom}"
failures = []


def check(name, condition, detail=""):
    print(("PASS " if condition else "FAIL ") + name + (f": {detail}" if detail else ""))
    if not condition:
        failures.append(name)


def get(base, path):
    with urllib.request.urlopen(base + path, timeout=30) as response:
        return response.headers.get("content-type", ""), response.read()


def check_calendar(base):
    content_type, body = get(base, "/milestones.ics?from=2025&to=2035")
    check("milestones.ics is text/calendar", content_type.startswith("text/calendar"), content_type)
    check("milestones.ics lines end in CRLF", b"\r\n" in body and b"\n" not in body.replace(b"\r\n", b""))
    calendar = Calendar.from_ical(body)
    check("a VCALENDAR with VERSION 2.0 and PRODID",
          calendar.name == "VCALENDAR" and str(calendar.get("VERSION")) == "2.0" and calendar.get("PRODID"))
    events = list(calendar.walk("VEVENT"))
    check("it has events", len(events) > 0, f"{len(events)} events")
    complete = all(e.get("UID") and e.get("DTSTAMP") and e.get("DTSTART") for e in events)
    check("every event has UID, DTSTAMP and DTSTART", complete)
    all_day = all(type(e.decoded("DTSTART")) is datetime.date for e in events)
    check("anniversaries are all-day DATE values", all_day)
    uids = [str(e.get("UID")) for e in events]
    check("UIDs are unique", len(uids) == len(set(uids)))
    koki = [e for e in events if "Kyoto" in str(e.get("SUMMARY")) and "70" in str(e.get("SUMMARY"))]
    check("Kyoto's 70th anniversary (2029) is there", any(e.decoded("DTSTART").year == 2029 for e in koki),
          "; ".join(str(e.get("SUMMARY")) for e in koki))


def check_events_calendar(base):
    content_type, body = get(base, "/calendar.ics")
    check("calendar.ics is text/calendar", content_type.startswith("text/calendar"), content_type)
    calendar = Calendar.from_ical(body)
    events = list(calendar.walk("VEVENT"))
    check("calendar.ics has the demo's events", len(events) >= 5, f"{len(events)} events")
    complete = all(e.get("UID") and e.get("DTSTAMP") and e.get("DTSTART") and e.get("SEQUENCE") is not None
                   for e in events)
    check("every event has UID, DTSTAMP, DTSTART and SEQUENCE", complete)
    festival = [e for e in events if str(e.get("SUMMARY")) == "Japan Festival Boston"]
    check("Japan Festival Boston is all day, 27 to 28 April 2019 (DTEND exclusive)",
          bool(festival) and festival[0].decoded("DTSTART") == datetime.date(2019, 4, 27)
          and festival[0].decoded("DTEND") == datetime.date(2019, 4, 29))
    tentative = [e for e in events if str(e.get("STATUS")) == "TENTATIVE"]
    check("approximate events are TENTATIVE", len(tentative) == 4, f"{len(tentative)} tentative")
    with urllib.request.urlopen(base + "/calendar.ics", timeout=30) as response:
        etag = response.headers.get("etag")
    request = urllib.request.Request(base + "/calendar.ics", headers={"If-None-Match": etag or ""})
    try:
        urllib.request.urlopen(request, timeout=30)
        status = 200
    except urllib.error.HTTPError as error:
        status = error.code
    check("the same ETag answers 304", bool(etag) and status == 304, f"ETag {etag}, then {status}")


def check_atom(base):
    content_type, body = get(base, "/news.atom")
    check("news.atom is application/atom+xml", content_type.startswith("application/atom+xml"), content_type)
    feed = ET.fromstring(body)
    check("the root is an Atom feed", feed.tag == ATOM + "feed", feed.tag)
    for child in ("id", "title", "updated"):
        check(f"the feed has <{child}>", feed.find(ATOM + child) is not None)
    self_links = [l for l in feed.findall(ATOM + "link") if l.get("rel") == "self"]
    check("the feed links itself absolutely", bool(self_links) and self_links[0].get("href", "").startswith("http"))
    entries = feed.findall(ATOM + "entry")
    check("it has entries", len(entries) > 0, f"{len(entries)} entries")
    for entry in entries:
        title = entry.findtext(ATOM + "title")
        ok = (entry.findtext(ATOM + "id", "").startswith("urn:uuid:") and entry.find(ATOM + "updated") is not None
              and all(l.get("href", "").startswith("http") for l in entry.findall(ATOM + "link")))
        check(f"entry {title!r} has a URI id, updated and absolute links", ok)
    titles = [e.findtext(ATOM + "title") for e in entries]
    check("the renewal story is in the feed", any("sixty years" in (t or "") for t in titles), "; ".join(titles))


def check_geojson(base):
    content_type, body = get(base, "/partnerships.geojson")
    check("partnerships.geojson is application/geo+json", content_type.startswith("application/geo+json"))
    data = json.loads(body)
    check("a FeatureCollection", data.get("type") == "FeatureCollection")
    features = data.get("features", [])
    points = [f["geometry"] for f in features if f.get("geometry")]
    in_range = all(p["type"] == "Point" and -180 <= p["coordinates"][0] <= 180 and -90 <= p["coordinates"][1] <= 90
                   for p in points)
    check("every located feature is a Point in range", in_range and len(points) == len(features),
          f"{len(points)} of {len(features)} located")
    kyoto = [f for f in features if f["properties"].get("partnerCity") == "Kyoto"]
    check("Kyoto is at 135.75 E, 35.02 N (longitude first)",
          kyoto and abs(kyoto[0]["geometry"]["coordinates"][0] - 135.75) < 0.05)


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    base = sys.argv[1].rstrip("/")
    for section in (check_calendar, check_events_calendar, check_atom, check_geojson):
        try:
            section(base)
        except Exception as error:  # a parser that cannot read the feed is a failure, not a crash
            check(section.__name__, False, f"{type(error).__name__}: {error}")
    print(f"feeds: {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
