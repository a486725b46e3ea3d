// Informal short names real sites give a role, beside role-forms.ts's initialisms and noun
// families: a clipped modifier ("vet techs" for veterinary technicians, "rad techs" for
// radiologic technologists, "lab techs", "admin assistants", "econ profs"), a dropped "school" ("elementary
// teachers" for elementary school teachers), a clipped head noun ("network admins", "medics", "drill
// ops", "family docs", "HR mgr") and a
// trade's field noun ("plumbing jobs" for a plumber, "welding jobs" for a welder, "tailoring jobs"
// for a tailor). Only clippings that name one field are listed: "med" or "info" would name too many.

/** A modifier's clipped forms, as sites write them. */
const CLIPPED: Record<string, readonly string[]> = {
  veterinary: ['vet'],
  radiologic: ['rad'],
  radiology: ['rad'],
  laboratory: ['lab'],
  administrative: ['admin'],
  pharmacy: ['pharm'],
  psychiatric: ['psych'],
  respiratory: ['resp'],
  mathematics: ['math'],
  network: ['net'],
  education: ['ed'],
  environmental: ['env', 'enviro'],
  compensation: ['comp'],
  biomedical: ['biomed'],
  engineering: ['eng'],
  nuclear: ['nuke'],
  chemical: ['chem'],
  bicycle: ['bike'],
  automotive: ['auto'],
  geological: ['geo'],
  economics: ['econ'],
  chemistry: ['chem'],
  biology: ['bio'],
  // O*NET spells these out in a dozen names ("Prep Cook (Preparation Cook)", "Rehab Counselor
  // (Rehabilitation Counselor)", "Telecom Technician (Telecommunications Technician)").
  preparation: ['prep'],
  rehabilitation: ['rehab'],
  telecommunications: ['telecom'],
  // Forum clippings of a field: "kines prof", "hydro tech".
  kinesiology: ['kines'],
  hydrologic: ['hydro'],
  hydrology: ['hydro'],
};

/** A clipped word's full forms ("lab" -> "laboratory"): a role titled "Ophthalmic Lab Technician" is spelled out by BLS. */
const SPELLED: ReadonlyMap<string, readonly string[]> = (() => {
  const spelled = new Map<string, string[]>();
  for (const [word, clips] of Object.entries(CLIPPED)) for (const clip of clips) spelled.set(clip, [...(spelled.get(clip) ?? []), word]);
  return spelled;
})();

/** A head noun's clipped forms ("network admins", "software devs", "sales reps", "medics"). */
const CLIPPED_HEADS: Record<string, readonly string[]> = {
  administrator: ['admin'],
  developer: ['dev'],
  representative: ['rep'],
  paramedic: ['medic'],
  veterinarian: ['vet'],
  professor: ['prof'],
  referee: ['ref'],
  engineer: ['eng'],
  operator: ['op'],
  manager: ['mgr'],
  physician: ['doc'],
  // "school psychs", "I-O psych".
  psychologist: ['psych'],
};

/**
 * A physician's specialty as doctors and students clip it ("rads average $360k", "neuro barely
 * clears $150k", "ortho makes $700k"), from the specialist's noun or the specialty modifier of a
 * surgeon's or physician's title. Only clippings no other word is spelled as ("path" is a road).
 */
const SPECIALTIES: Record<string, readonly string[]> = {
  radiologist: ['rads'],
  neurologist: ['neuro'],
  ophthalmologist: ['ophtho', 'optho'],
  dermatologist: ['derm'],
  cardiologist: ['cards'],
  gastroenterologist: ['gastro'],
  nephrologist: ['nephro'],
  urologist: ['uro'],
  pediatrician: ['peds'],
  oncologist: ['onc', 'heme-onc'],
  orthopedic: ['ortho'],
  neurological: ['neuro'],
  pediatric: ['peds'],
};

/** Head nouns of a physician's title, whose specialty modifier alone names it ("ortho" for an orthopedic surgeon). */
const PHYSICIAN_HEADS = new Set(['surgeon', 'physician', 'doctor']);

/** How doctors clip a specialist's role ("Radiologist" -> ["rads"], "Orthopedic Surgeon" -> ["ortho"]); none for other roles. */
export function specialtyForms(words: readonly string[]): readonly string[] {
  const [first, last] = [words[0]?.toLowerCase() ?? '', words[words.length - 1]?.toLowerCase() ?? ''];
  if (words.length > 1 && !PHYSICIAN_HEADS.has(last)) return [];
  return Object.hasOwn(SPECIALTIES, first) ? SPECIALTIES[first]! : [];
}

/** A head noun's clipped forms, as sites write them ("administrator" -> ["admin"]). */
export function headForms(word: string): readonly string[] {
  const lower = word.toLowerCase();
  return Object.hasOwn(CLIPPED_HEADS, lower) ? CLIPPED_HEADS[lower]! : [];
}

/** The shortest noun a gerund modifier is written as ("surveying" -> "survey": "survey techs"). */
const GERUND_NOUN = 5;

/** A modifier word as written or clipped ("veterinary" -> ["veterinary", "vet"], "surveying" -> ["surveying", "survey"]). */
export function modifierForms(word: string): string[] {
  const lower = word.toLowerCase();
  const noun = lower.endsWith('ing') && lower.length - 3 >= GERUND_NOUN ? [lower.slice(0, -3)] : [];
  return [
    word,
    ...(Object.hasOwn(CLIPPED, lower) ? CLIPPED[lower]! : []),
    ...noun,
    ...(SPELLED.get(lower) ?? []),
    ...possessiveForms(lower),
  ];
}

/** A possessive written either way: "carpenter's", "carpenters'" (and "’"). */
const POSSESSIVE_WORD = /^([a-z]{3,})(?:['’]s|s['’])$/;

/**
 * "Carpenter's Helper": sites write the possessive for one worker or for many ("carpenters'
 * helpers"), with either apostrophe, or drop it ("carpenter helpers"), as BLS and O*NET do.
 */
export function possessiveForms(lower: string): string[] {
  const base = POSSESSIVE_WORD.exec(lower)?.[1];
  if (base === undefined) return [];
  return [base, `${base}s`, `${base}'s`, `${base}’s`, `${base}s'`, `${base}s’`].filter((form) => form !== lower);
}

/** Small words an initialism skips: "Licensed Practical Nurse" -> "LPN", "Director of Religious Education" -> "DRE". */
export const INITIALISM_SKIPS: ReadonlySet<string> = new Set(['of', 'and', 'or', 'the', 'a', 'an', 'for', 'in', 'to', 'at', 'on', '&']);

/**
 * Modifiers a site may leave out between the others and the head noun ("elementary teachers";
 * "food cooking operators", "packaging operators": the machine an operator minds goes unsaid).
 */
export const OPTIONAL_MODIFIERS: ReadonlySet<string> = new Set(['school', 'machine', 'equipment']);

/**
 * Gerunds that name an activity of many jobs, not one trade's field: "developing jobs" and
 * "managing jobs" are no developer's or manager's.
 */
const GENERAL_GERUNDS = new Set(['developing', 'managing', 'designing', 'producing', 'directing', 'planning', 'supervising', 'operating']);

/**
 * A trade's field from its worker noun: plumber -> plumbing, welder -> welding, roofer -> roofing;
 * an "-or" noun's both ways: tailor -> tailoring, tutor -> tutoring, editor -> editing, actor -> acting.
 */
export function tradeFields(noun: string): string[] {
  const lower = noun.toLowerCase();
  if (lower.length < 5) return [];
  const fields = lower.endsWith('er')
    ? [`${lower.slice(0, -2)}ing`]
    : lower.endsWith('or')
      ? [`${lower}ing`, `${lower.slice(0, -2)}ing`]
      : [];
  return fields.filter((field) => !GENERAL_GERUNDS.has(field));
}
