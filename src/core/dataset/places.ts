// The places an article may name for a wage: the nation, a state (by name or postal code), or a
// metro area (by BLS's area title, "Austin-Round Rock-San Marcos, TX", or one of its main
// cities, the names before the comma). States are a fixed list (they are geography, not data);
// metro areas are known only from the area datasets a team loads, since their titles are BLS's.
import type { Place } from './types.js';

// prettier-ignore
export const STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois',
  IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland',
  MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana',
  NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York',
  NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
  RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah',
  VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
  GU: 'Guam', PR: 'Puerto Rico', VI: 'Virgin Islands',
};

const NATION = /^(?:the\s+)?(?:U\.?\s?S\.?(?:\s?A\.?)?|United States(?: of America)?|nation(?:al(?:ly)?|wide)?|America)$/i;
export const NATION_PLACE: Place = { kind: 'nation', name: 'U.S.', states: [] };

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const byStateName = new Map(Object.entries(STATES).map(([code, name]) => [fold(name), code]));

/** A state by its name ("Texas", "the State of Texas") or postal code ("TX", exactly). */
export function statePlace(text: string): Place | undefined {
  const trimmed = text.trim().replace(/\.$/, '');
  const code = /^[A-Z]{2}$/.test(trimmed) && STATES[trimmed] ? trimmed : byStateName.get(fold(trimmed).replace(/^(?:the )?state of /, ''));
  return code ? { kind: 'state', name: STATES[code]!, states: [code] } : undefined;
}

const METRO_STATES = /^\s*([A-Z]{2}(?:-[A-Z]{2})*)(?:\s+(?:Metropolitan|NECTA|Metropolitan Division|Metropolitan Statistical Area).*)?$/;

/**
 * A metro area from BLS's title: "Austin-Round Rock-San Marcos, TX" -> main cities Austin,
 * Round Rock, San Marcos, in TX. Undefined when the title is not in that form.
 */
export function metroPlace(title: string): (Place & { cities: string[] }) | undefined {
  // Split at the last comma by index: /^(.+),…$/ would retry every comma of a long line.
  const name = title.trim();
  const comma = name.lastIndexOf(',');
  const found = comma > 0 ? METRO_STATES.exec(name.slice(comma + 1)) : null;
  if (!found) return undefined;
  const states = found[1]!.split('-');
  if (!states.every((code) => STATES[code])) return undefined;
  return {
    kind: 'metro',
    name,
    states,
    cities: name
      .slice(0, comma)
      .split('-')
      .map((city) => city.trim()),
  };
}

/** The place of an area dataset's `area` (BLS AREA_TITLE): a state, a metro area, the nation; undefined if unknown. */
export function areaPlace(area: string): Place | undefined {
  if (NATION.test(area.trim())) return NATION_PLACE;
  const state = statePlace(area);
  if (state) return state;
  const metro = metroPlace(area);
  return metro && { kind: metro.kind, name: metro.name, states: metro.states };
}

/** Whether `text` names `place`: the state's name or code, the metro's title or a main city ("Austin", "Austin, TX"). */
export function namesPlace(text: string, place: Place): boolean {
  if (place.kind === 'nation') return NATION.test(text.trim());
  if (place.kind === 'state') return statePlace(text)?.name === place.name;
  const metro = metroPlace(place.name);
  const key = fold(text);
  if (!metro || !key) return false;
  if (key === fold(place.name)) return true;
  const city = /^(.+?),\s*([A-Z]{2})$/.exec(text.trim());
  const cityKey = fold(city ? city[1]! : text);
  if (city && !metro.states.includes(city[2]!)) return false;
  return metro.cities.some((name) => fold(name) === cityKey);
}

/** A place named by `text`, among the nation, the states and the given metro areas. */
export function placeOf(text: string, metros: readonly Place[]): Place | undefined {
  if (NATION.test(text.trim())) return NATION_PLACE;
  return statePlace(text) ?? metros.find((place) => place.kind === 'metro' && namesPlace(text, place));
}
