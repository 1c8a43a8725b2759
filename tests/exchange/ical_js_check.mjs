// Parse iCalendar files with Mozilla's ical.js, as Thunderbird does, and say what is in them.
//
//     node ical_js_check.mjs PATH/TO/ical.js FILE.ics...
//
// Prints one JSON object per file on one line: {"file", "ok", "error", "method", "vevents",
// "attendees", "uid", "sequence", "partstat", "dtstart"}. ICAL.parse throws on anything that is
// not iCalendar (a broken line, a parameter without a value, an unterminated component); the
// values are read through ICAL.Event, so a date or a SEQUENCE it cannot read fails as well.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [library, ...files] = process.argv.slice(2);
const ICAL = (await import(pathToFileURL(library).href)).default;

for (const file of files) {
  const result = { file, ok: false };
  try {
    const root = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
    const events = root.getAllSubcomponents("vevent");
    result.method = root.getFirstPropertyValue("method");
    result.vevents = events.length;
    if (events.length > 0) {
      const event = new ICAL.Event(events[0]);
      const attendees = events[0].getAllProperties("attendee");
      result.attendees = attendees.length;
      result.uid = event.uid;
      result.sequence = event.sequence;
      result.partstat = attendees.map((a) => a.getParameter("partstat") ?? null);
      result.attendee = attendees.map((a) => a.getFirstValue());
      result.organizer = events[0].getFirstPropertyValue("organizer");
      result.dtstart = event.startDate.toString();
      result.timezone = event.startDate.zone ? event.startDate.zone.tzid : null;
      result.status = events[0].getFirstPropertyValue("status");
    }
    result.ok = true;
  } catch (error) {
    result.error = String(error);
  }
  console.log(JSON.stringify(result));
}
