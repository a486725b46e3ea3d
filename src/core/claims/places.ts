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

const NAMES = new Set([...STATES, ...CITIES, 'Washington DC', 'Washington D.C.', 'Washington, D.C.']);
/** The most words a place name has ("District of Columbia", "New York City"). */
const LONGEST = 3;
/** Runs of capitalised words ("New York City", "St. Louis", "District of Columbia"), where a place name can be. */
const CAPITALISED = /\p{Lu}[\p{L}.]*(?:,?\s{1,2}(?:of\s{1,2})?\p{Lu}[\p{L}.]*)*/gu;
const WORD = /\S+/gu;
/** The nation itself: "in the U.S.", "nationally", "nationwide", "across the country". */
const NATIONAL =
  /(?<![\p{L}])(?:in\s{1,3}the\s{1,3}(?:U\.S\.?|US|United\s{1,3}States)|nationally|nationwide|national|across\s{1,3}the\s{1,3}(?:country|U\.S\.?|US))(?![\p{L}])/gu;

export interface PlaceMention {
  /** The place as written; undefined for the nation ("in the U.S."). */
  place: string | undefined;
  start: number;
  end: number;
}

/** Every place named in `text`, in order: a set lookup of capitalised runs, not one pattern of a hundred names. */
export function placesIn(text: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  if (/nation|across|U\.?S/u.test(text)) {
    for (const m of text.matchAll(NATIONAL)) found.push({ place: undefined, start: m.index, end: m.index + m[0].length });
  }
  for (const run of text.matchAll(CAPITALISED)) {
    const words = [...run[0].matchAll(WORD)];
    for (let i = 0; i < words.length;) {
      // The longest name starting at this word, so "New York City" is not "New York".
      let matched = 0;
      for (let n = Math.min(LONGEST, words.length - i); n > 0 && !matched; n--) {
        const first = words[i]!;
        const last = words[i + n - 1]!;
        const written = run[0].slice(first.index, last.index + last[0].length);
        // A sentence's comma or full stop may cling to the name; "D.C." and "St." keep theirs.
        const name = NAMES.has(written) ? written : written.replace(/[,.]$/u, '');
        if (NAMES.has(name)) {
          found.push({ place: name, start: run.index + first.index, end: run.index + first.index + name.length });
          matched = n;
        }
      }
      i += matched || 1;
    }
  }
  return found.sort((x, y) => x.start - y.start);
}

/** A new clause: a place named in it is that clause's ("…, and those in Alaska earn …"). */
const NEW_CLAUSE = /;|,\s{0,2}(?:and|but|while|whereas|though|although|yet)\s|\s(?:while|whereas|though|although)\s/u;

/**
 * The place a figure at [start, end) of its sentence is stated for: the nearest place named
 * before it (after the previous figure), else the first after it before the next figure, in its
 * own clause (`sentence` given).
 */
export function placeFor(
  places: readonly PlaceMention[],
  start: number,
  end: number,
  previousEnd: number,
  nextStart: number,
  sentence?: string,
): string | undefined {
  const before = places.filter((p) => p.end <= start && p.start >= previousEnd).at(-1);
  if (before) return before.place;
  const after = places.find((p) => p.start >= end && p.end <= nextStart);
  if (after && sentence !== undefined && NEW_CLAUSE.test(sentence.slice(end, after.start))) return undefined;
  return after?.place;
}
