// The place a figure is stated for: "Registered nurses in California earn …", "in the Houston
// area", "Texas RNs make …". A figure for a state or city is not a national figure: judged
// against national wages it would raise false warnings, so the claim carries the place and the
// verdict picks the area's data (or says it was not checked). "In the U.S.", "nationally" name
// the national figures themselves.

const STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts',
  'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey',
  'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island',
  'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia',
  'Wisconsin', 'Wyoming', 'District of Columbia', 'Puerto Rico',
]; // prettier-ignore

/** Main cities of the largest metro areas, as articles name them. */
const CITIES = [
  'New York City', 'NYC', 'Los Angeles', 'Chicago', 'Houston', 'Dallas', 'Phoenix', 'Philadelphia', 'San Antonio', 'San Diego',
  'San Jose', 'San Francisco', 'Austin', 'Seattle', 'Denver', 'Boston', 'Atlanta', 'Miami', 'Detroit', 'Minneapolis',
  'Portland', 'Las Vegas', 'Baltimore', 'Nashville', 'Charlotte', 'Orlando', 'Tampa', 'Sacramento', 'Pittsburgh', 'St. Louis',
  'Cleveland', 'Columbus', 'Indianapolis', 'Kansas City', 'Salt Lake City', 'Raleigh', 'Honolulu', 'Silicon Valley', 'Bay Area',
]; // prettier-ignore

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (names: string[]) =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

/** "Washington" is a state, "Washington, D.C." the capital; the longer names come first. */
const PLACE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?<national>in\s{1,3}the\s{1,3}(?:U\.S\.?|US|United\s{1,3}States)|nationally|nationwide|national|across\s{1,3}the\s{1,3}(?:country|U\.S\.?|US))|(?<place>Washington,?\s{1,2}D\.?C\.?|${byLength(CITIES)}|${byLength(STATES)}))(?![\p{L}])`,
  'gu',
);

export interface PlaceMention {
  /** The place as written; undefined for the nation ("in the U.S."). */
  place: string | undefined;
  start: number;
  end: number;
}

/** Every place named in `text`, in order. */
export function placesIn(text: string): PlaceMention[] {
  if (!/\p{Lu}|nation|across/u.test(text)) return [];
  return [...text.matchAll(PLACE)].map((m) => ({ place: m.groups?.place, start: m.index, end: m.index + m[0].length }));
}

/**
 * The place a figure at [start, end) of its sentence is stated for: the nearest place named
 * before it (after the previous figure), else the first after it before the next figure.
 */
export function placeFor(
  places: readonly PlaceMention[],
  start: number,
  end: number,
  previousEnd: number,
  nextStart: number,
): string | undefined {
  const before = places.filter((p) => p.end <= start && p.start >= previousEnd).at(-1);
  if (before) return before.place;
  const after = places.find((p) => p.start >= end && p.end <= nextStart);
  return after?.place;
}
