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
  'New Orleans', 'Fort Worth', 'Jacksonville', 'El Paso', 'Memphis', 'Louisville', 'Milwaukee', 'Albuquerque', 'Tucson', 'Fresno',
  'Mesa', 'Oklahoma City', 'Omaha', 'Oakland', 'Long Beach', 'Tulsa', 'Wichita', 'Cincinnati', 'Richmond', 'Buffalo', 'Boise',
  'Spokane', 'Anchorage', 'Birmingham', 'Hartford', 'Providence', 'Knoxville', 'Des Moines', 'Little Rock', 'Reno', 'Riverside',
  'Bakersfield', 'Tampa Bay', 'Fort Lauderdale', 'Newark', 'Jersey City', 'Scottsdale', 'Baton Rouge', 'Grand Rapids', 'Madison',
  'Twin Cities', 'Inland Empire', 'Central Valley', 'Rio Grande Valley', 'Hudson Valley', 'Research Triangle', 'Permian Basin',
  'Gulf Coast', 'Long Island', 'Northern Virginia', 'Southern California', 'Northern California', 'South Florida', 'Upstate New York',
  'Pacific Northwest', 'New England', 'Midwest',
  // Principal cities of the next metro areas; names that are also common words or first names ("Mobile", "Jackson") are left out.
  'Anaheim', 'Atlantic City', 'Santa Ana', 'Irvine', 'Stockton', 'Modesto', 'Santa Barbara', 'Santa Rosa', 'Palo Alto',
  'Berkeley', 'Pasadena', 'Tacoma', 'Bellevue', 'Eugene', 'Durham', 'Greensboro', 'Winston-Salem', 'Charleston', 'Savannah',
  'Chattanooga', 'Toledo', 'Akron', 'Dayton', 'Ann Arbor', 'Lansing', 'Rochester', 'Syracuse', 'Albany', 'Allentown',
  'Scranton', 'Harrisburg', 'Trenton', 'Norfolk', 'Virginia Beach', 'Fort Myers', 'Sarasota', 'Tallahassee', 'Pensacola',
  'Huntsville', 'Shreveport', 'Corpus Christi', 'Laredo', 'Lubbock', 'Amarillo', 'Colorado Springs', 'Fort Collins',
  'Boulder', 'Provo', 'Ogden', 'Santa Fe', 'Tempe', 'Sioux Falls', 'Fargo', 'Billings', 'Cheyenne', 'Topeka', 'Peoria',
  'Fort Wayne', 'Green Bay', 'St. Paul', 'Saint Paul', 'Worcester', 'New Haven', 'Stamford', 'San Bernardino', 'Ventura',
  // Smaller metros' principal cities that pay pages name for a local industry (oil, mining, energy, timber, ports).
  'Augusta', 'Midland', 'Odessa', 'Lexington', 'Greenville', 'Evansville', 'Bismarck', 'Duluth', 'Gulfport', 'Biloxi',
  'Beaumont', 'Waco', 'Abilene', 'Pueblo', 'Yakima', 'Medford', 'Flagstaff', 'Missoula', 'Bozeman', 'Rapid City', 'Roanoke',
  'Asheville', 'Wilmington', 'Macon', 'Lake Charles', 'Morgantown', 'Wheeling', 'Casper', 'Williston', 'Houma',
]; // prettier-ignore

const NAMES = new Set([...STATES, ...CITIES, 'Washington DC', 'Washington D.C.', 'Washington, D.C.', 'Washington, DC']);
const STATE_NAMES = new Set(STATES);
/**
 * Sticky: what an article writes after a place's name as part of it: "the Houston metro area", "the
 * Dallas Area", "the Washington, D.C., metro area", "the Midwest region", "Los Angeles County"
 * (a county is no metro area: it is looked up by its whole name), "Washington State" (a lower-case
 * "state" only describes it), "the Las Vegas Strip", "the Las Vegas Valley", and after a city its state's postal code ("San Jose, CA") or name
 * ("Portland, Oregon"). As an adjective the area is hyphenated ("Portland-area yards"): the same place.
 */
const QUALIFIER =
  /(?:,?\s{1,2}|-(?=[Mm]etro|[Aa]rea))(?:[Mm]etro(?:politan)?\s{1,2}[Aa]rea|[Mm]etro(?=\s{0,2}[,.;)]|\s{1,2}(?:employs|has|had|counts|pays|is|was|accounts|holds|held|supports)(?![\p{L}]))|[Aa]rea|[Rr]egion|County|State|Valley|Strip)(?![\p{L}])/uy;
const POSTAL = /,\s{1,2}(?<code>[A-Z]{2})(?![\p{L}])/uy;
const STATE_AFTER = /,\s{1,2}(?<state>(?:New|North|South|West|Rhode)\s\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+)(?![\p{L}])/uy;
const POSTAL_CODES = new Set(['AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY']); // prettier-ignore

/**
 * Sticky: a second city joined to a city's name ("Dallas–Fort Worth", "Minneapolis-St. Paul"), or a
 * region of a state named with its possessive ("California's Central Valley", "Texas's Permian Basin").
 */
const JOINED = /[–—/-]\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?/uy;
const REGION_OF =
  /['’]s?\s{1,2}(?:\p{Lu}\p{L}*\s{1,2}){0,2}(?:Valley|Basin|Coast|Panhandle|Peninsula|Delta|Plains|Corridor|Triangle|Country|Shore|Empire|Region)(?![\p{L}])/uy;

/** Where a place's name as written ends, with the words an article adds to it (QUALIFIER, POSTAL, JOINED, REGION_OF). */
function qualifiedEnd(text: string, name: string, end: number): number {
  let at = end;
  const joined = STATE_NAMES.has(name) ? REGION_OF : JOINED;
  joined.lastIndex = at;
  if (joined.test(text)) at = joined.lastIndex;
  if (!STATE_NAMES.has(name)) {
    POSTAL.lastIndex = at;
    const postal = POSTAL.exec(text);
    if (postal && POSTAL_CODES.has(postal.groups!.code!)) at = POSTAL.lastIndex;
    else {
      STATE_AFTER.lastIndex = at;
      const state = STATE_AFTER.exec(text);
      if (state && STATE_NAMES.has(state.groups!.state!)) at = STATE_AFTER.lastIndex;
    }
  }
  QUALIFIER.lastIndex = at;
  const qualifier = QUALIFIER.exec(text);
  // "State" qualifies only a state that shares its name with a city: "Washington State", "New York State".
  if (qualifier && (qualifier[0].trim() !== 'State' || STATE_NAMES.has(name))) at = QUALIFIER.lastIndex;
  return at;
}

/**
 * A place no list names, told by the word after it: "the Lexington area", "the Midland metro area", "Harlan County",
 * "Jefferson Parish", "the Willamette Valley", "the Northeast Corridor". A lower-case "area" needs "the" before the name; a sentence's
 * opening "In" is no part of one ("In Orange County, …").
 */
const AREA_PLACE =
  /(?<![\p{L}])(?:(?<=the\s{1,2})\p{Lu}[\p{Ll}.'’-]+(?:\s{1,2}\p{Lu}[\p{Ll}.'’-]+)?\s{1,2}(?:metro(?:politan)?\s{1,2}area|metro|area)|(?!(?:In|At|For|From|The|Across|Near|Outside|Around|Throughout|Within|And|But|Of|Our|My)\s)\p{Lu}[\p{Ll}.'’-]+(?:\p{Lu}\p{Ll}+)?(?:\s{1,2}\p{Lu}[\p{Ll}.'’-]+(?:\p{Lu}\p{Ll}+)?)?\s{1,2}(?:County|Parish|Borough|Valley|Corridor))(?![\p{L}])/gu;
/** "the state", "the state's", "statewide": the state the sentence named before. */
const THE_STATE = /(?<![\p{L}])(?:the\s{1,2}state(?=['’]s|\s{1,2}(?:has|had|is|was|employs|pays|counts))|statewide)(?![\p{L}])/gu;
/** "well above the national figure": the nation as what a figure is compared with, not its place. */
const COMPARED_BEFORE =
  /(?<![\p{L}])(?:above|below|than|over|under|beat|beats|exceeds?|exceeding|tops?|trails?|trailing|outpaces?|vs\.?|versus)\s{1,3}(?:the\s{1,3})?$/u;

/** The name a qualified place is looked up by: "Houston metro area" -> "Houston", "Washington, D.C., metro area" -> "Washington, D.C.", "Washington State" -> "Washington". */
export function placeName(place: string): string {
  return place.replace(/,?\s{1,2}(?:[Mm]etro(?:politan)?\s{1,2}[Aa]rea|[Mm]etro|[Aa]rea|[Rr]egion|State)$/u, '');
}
/**
 * "the Savannah River Site", "Boston Scientific", "Houston Methodist": a city's name with another
 * capitalised word after it (not a qualifier, a state or another place) is part of a longer name.
 * A state keeps its place before one ("Texas RNs", "California Nurses Association" is rare).
 */
const NAME_GOES_ON = /\s\p{Lu}\p{Ll}/uy;
function partOfName(text: string, name: string, end: number): boolean {
  if (STATE_NAMES.has(name)) return false;
  NAME_GOES_ON.lastIndex = end;
  if (!NAME_GOES_ON.test(text)) return false;
  QUALIFIER.lastIndex = end;
  if (QUALIFIER.test(text)) return false;
  const next = /^\s(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)/u.exec(text.slice(end, end + 40));
  return !next || !(NAMES.has(next[1]!) || NAMES.has(next[1]!.split(' ')[0]!));
}

/** "Portland-area": written as "Portland area", the name the area is looked up and reported by. */
const HYPHENED_AREA = /-(?=(?:[Mm]etro|[Aa]rea)(?![\p{L}]))/u;

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
    for (const m of text.matchAll(NATIONAL)) {
      if (m[0] === 'national' && COMPARED_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
      found.push({ place: undefined, start: m.index, end: m.index + m[0].length });
    }
  }
  let covered = 0;
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
        const start = run.index + first.index;
        // "Fort Worth" in "Dallas–Fort Worth", "Central Valley" in "California's Central Valley": part of the place before.
        if (NAMES.has(name) && start >= covered && !partOfName(text, name, start + name.length) && !aRiver(text, name, start)) {
          const end = qualifiedEnd(text, name, start + name.length);
          found.push({ place: text.slice(start, end).replace(HYPHENED_AREA, ' '), start, end });
          covered = end;
          matched = n;
        }
      }
      i += matched || 1;
    }
  }
  if (/County|Parish|Borough|Valley|Corridor|area|metro/u.test(text)) {
    for (const m of text.matchAll(AREA_PLACE)) {
      if (!found.some((p) => p.start < m.index + m[0].length && m.index < p.end))
        found.push({ place: m[0], start: m.index, end: m.index + m[0].length });
    }
  }
  if (text.includes('state')) {
    for (const m of text.matchAll(THE_STATE)) {
      const state = found.filter((p) => p.end <= m.index && p.place !== undefined && STATE_NAMES.has(placeName(p.place))).at(-1);
      if (state) found.push({ place: state.place, start: m.index, end: m.index + m[0].length });
    }
  }
  return found.sort((x, y) => x.start - y.start);
}

/** "the Ohio average is $60,500", "the Texas median": a state's name before a statistic's noun names the state's figure. */
const STATISTIC_AFTER = /\s{1,2}(?:average|median|mean|figure|rate|wage|wages|pay|salary|number|total|count|share)(?![\p{L}])/uy;

/** "lock tenders on the Mississippi": a state's name after "the", with no qualifier, is its river. */
function aRiver(text: string, name: string, start: number): boolean {
  if (
    !STATE_NAMES.has(name) ||
    name === 'District of Columbia' ||
    !/(?<![\p{L}])the\s{1,2}$/iu.test(text.slice(Math.max(0, start - 5), start))
  )
    return false;
  STATISTIC_AFTER.lastIndex = start + name.length;
  if (STATISTIC_AFTER.test(text)) return false;
  return qualifiedEnd(text, name, start + name.length) === start + name.length;
}

/** "held about 12,600 jobs, mostly in Texas": where most of the figure is, not a place it is stated for. */
const WHERE_MOST = /(?<![\p{L}])(?:mostly|mainly|largely|chiefly|primarily|especially|particularly|concentrated)(?![\p{L}])/iu;

/**
 * A new clause: a place named in it is that clause's ("…, and those in Alaska earn …"), as it is in
 * a relative clause or the writer's own aside after the figure ("$42,470, i make more than that in
 * Denver", "$43,540, which is what the agency starts you at here in Georgia").
 */
const NEW_CLAUSE =
  /;|,\s{0,2}(?:and|but|while|whereas|though|although|yet|which|i|i['’]m|we|my|our)\s|\s(?:while|whereas|though|although)\s/iu;

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
  const after = places.find((p) => p.start >= end && p.end <= nextStart);
  const ownAfter =
    after !== undefined &&
    (sentence === undefined ||
      !(
        NEW_CLAUSE.test(sentence.slice(end, after.start)) ||
        WHERE_MOST.test(sentence.slice(end, after.start)) ||
        COUNT_BETWEEN.test(sentence.slice(end, after.start))
      ));
  // "In Ohio, …, and about 900 of them work in the Cleveland area": the figure's own place after it beats the state
  // opening the sentence (not one it is compared with: "more than in Texas").
  if (
    before &&
    !(
      ownAfter &&
      sentence !== undefined &&
      before === places[0] &&
      openingPlace(places, sentence, start) === before.place &&
      after.end - end < 80 &&
      PLACED_IN.test(sentence.slice(end, after.start)) &&
      !COMPARED_AFTER.test(sentence.slice(end, after.start))
    )
  )
    return before.place;
  if (ownAfter) return after.place;
  return sentence === undefined ? undefined : openingPlace(places, sentence, start);
}

/**
 * A count between a figure and a place after it: "a median of $82,600, with about 1,400 working in the Los
 * Angeles metro area" places the count, not the pay.
 */
const COUNT_BETWEEN = /(?<![\p{N}.,$])(?:\d{1,3},\d{3}(?![\p{N}])|(?<=(?:about|around|roughly|nearly|some)\s)\d{2,3}(?![\p{N}.,%]))/u;

/** The figure's own place is said with a preposition right before it ("work in the Cleveland area"; "with Philadelphia paying the most" is an aside). */
const PLACED_IN = /(?<![\p{L}])(?:in|across|throughout|around)\s{1,3}(?:the\s{1,3})?$/iu;
/** Words between a figure and a place it is compared with: "more than in Texas", "compared with Florida", "vs. the Dallas area". */
const COMPARED_AFTER = /(?<![\p{L}])(?:than|compared|versus|vs|unlike|like|while|whereas|but)(?![\p{L}])/iu;

/** "In Nebraska, …", "Across California, …": a place opening the sentence before a comma. */
const OPENER = /^[\s*_>#-]{0,6}(?:in|across|throughout|within)\s{1,3}(?:the\s{1,3})?$/iu;

/**
 * The place a sentence opens with, which every figure after it is stated for unless its own clause
 * names another: "In Virginia, network architects make about $150,000 and programmers about $105,000."
 */
function openingPlace(places: readonly PlaceMention[], sentence: string, start: number): string | undefined {
  const first = places[0];
  if (!first || first.end > start || !OPENER.test(sentence.slice(0, first.start))) return undefined;
  return /^\s{0,2},/u.test(sentence.slice(first.end)) ? first.place : undefined;
}
