// The sentence shapes that state a count of jobs (fact-claims.ts reads them): openings ("about
// 115,200 openings each year"), a change in jobs ("adding about 166,000 jobs", "increase by 9,500")
// and employment ("held about 98,000 jobs", "there are only about 7,100 of them", "the state has
// about 2,900 of them", "a field of roughly 13,200 jobs").

import { placesIn } from './places.js';
import { LATIN_LETTERS } from '../text/regex-source.js';
import { ShortSpaceRegExp } from '../text/short-spaces.js';

const number = (name: string) => String.raw`(?<${name}>\d{1,3}(?:,\d{3}){1,3}|\d{1,3}(?:\.\d{1,2})?\s{1,3}(?:million|thousand)|\d{1,7})`;
const NUMBER = number('n');
const ABOUT = String.raw`(?:(?:about|around|roughly|nearly|approximately|some|over|more\s{1,3}than|an\s{1,3}average\s{1,3}of)\s{1,3})?`;
/** "only about 14,000", a forum's "there are like 39,600", "there's supposedly 113,800 of us": a hedge before the usual "about". */
const ONLY = String.raw`(?:(?:only|just|like|maybe|perhaps|probably|supposedly|reportedly)\s{1,3})?`;
// The openings may be named by their kind ("81,000 welder job openings"), or the count follow them.
export const OPENINGS = new RegExp(
  String.raw`(?<![\p{L}\p{N}$])${ABOUT}${NUMBER}\s{1,3}(?:(?:new|annual|yearly)\s{1,3})?(?:(?:[\p{L}-]{2,24}\s{1,3}){1,2}job\s{1,3}|job\s{1,3}|(?!(?:new|more|fewer|additional|total|of|in|for|and|or|jobs)\s)[\p{L}-]{2,24}\s{1,3}(?:[\p{L}-]{2,24}\s{1,3})?)?openings(?![\p{L}])` +
    // "openings average 10,200 a year", "openings there total about 2,900 each year", "openings are expected to
    // total about 15,300 per year": the count after its noun.
    String.raw`|(?<![\p{L}])openings\s{1,3}(?:there\s{1,3}|nationally\s{1,3}|nationwide\s{1,3})?(?:(?:are|were)\s{1,3}(?:expected|projected)\s{1,3}to\s{1,3})?(?:average|averaging|total|totaling|number|come\s{1,3}to|run)\s{1,3}(?:at\s{1,3})?${ABOUT}${number('n7')}(?=\s{1,3}(?:(?:a|per|each|every)\s{1,3}year|annually|yearly)(?![\p{L}]))` +
    // "annual job openings of about 15,300": the year said before the noun.
    String.raw`|(?<![\p{L}])(?:annual|yearly)\s{1,3}(?:job\s{1,3})?openings\s{1,3}(?:of|at|total(?:ing)?|averag(?:e|ing)|number(?:ing)?)\s{1,3}(?:at\s{1,3})?${ABOUT}${number('n18')}(?![\d,.]?\d)`,
  'giu',
);
const YEARLY = String.raw`(?:(?:a|per|each|every)\s{1,3}year|annually|yearly)(?![\p{L}])`;
/**
 * Openings said as jobs that open, or that employers must fill or hire for, each year: "about 5,700
 * internist jobs open each year", "employers will need to fill nearly 41 thousand packaging jobs each
 * year", "will need to hire about 45,000 welders each year". Without the yearly words it is no
 * projection, and without the need it is one employer's hiring ("we fill 300 jobs each year").
 */
const MUST_FILL = String.raw`(?<=(?:(?:need(?:s|ed)?|ha(?:ve|s)|expected|projected|forecast)\s{1,3}to|employers\s{1,3}(?:will\s{1,3}|must\s{1,3})?)\s{1,3}(?:fill|replace|hire)\s{1,3}${ONLY})`;
export const OPEN_JOBS = new ShortSpaceRegExp(
  String.raw`(?<![\p{L}\p{N}$])(?:${MUST_FILL}${ABOUT}${number('n30')}(?:\s{1,3}(?!(?:more|fewer|new|additional)(?![\p{L}]))[\p{L}-]{2,24}){0,3}?\s{1,3}(?:jobs|positions)\s{1,3}${YEARLY}` +
    String.raw`|${MUST_FILL}${ABOUT}${number('n35')}(?:\s{1,3}(?!(?:more|fewer|new|additional|jobs|positions)(?![\p{L}]))[\p{L}-]{2,24}){1,3}?\s{1,3}${YEARLY}` +
    // "the field will need about 3,400 new psychologists a year": new workers the field (not "we") needs yearly are its openings.
    String.raw`|(?<=(?<![\p{L}])(?:field|occupation|profession|trade|industry|employers|country|nation|U\.S\.)\s{1,3}(?:will|would|should|could)\s{1,3}need\s{1,3})${ABOUT}${number('n43')}\s{1,3}new(?:\s{1,3}(?!(?:jobs|positions)(?![\p{L}]))[\p{L}-]{2,24}){1,2}?\s{1,3}${YEARLY}` +
    String.raw`|${ABOUT}${number('n31')}(?:\s{1,3}(?!(?:more|fewer|new|additional)(?![\p{L}]))[\p{L}-]{2,24}){0,3}?\s{1,3}(?:jobs|positions)\s{1,3}(?:(?:will|should|are\s{1,3}(?:expected|projected)\s{1,3}to)\s{1,3})?(?:open(?:\s{1,3}up)?|come\s{1,3}open|become\s{1,3}(?:available|vacant))\s{1,3}(?:up\s{1,3})?${YEARLY})`,
  'giu',
);
/** "is projected to increase by about 137,800 jobs", "grew by 12,300 jobs": a change verb with "by" and a count. */
const CHANGE_VERB = String.raw`(?:grow(?:s|n|ing)?|grew|increas(?:e|es|ed|ing)|ris(?:e|es|en|ing)|rose|expand(?:s|ed|ing)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|fall(?:s|en|ing)?|fell|shrink(?:s|ing)?|shrank|drop(?:s|ped|ping)?)`;
/**
 * What a decade does to jobs, said after them: "disappear", "be lost", "be added"; as a participle
 * in a projection's list ("had grinding jobs falling 12% through 2034 and about 8,400 jobs disappearing").
 */
const GONE = String.raw`(?:disappear(?:ing)?|vanish(?:ing)?|be\s{1,3}(?:lost|cut|eliminated|added|created))(?![\p{L}])`;
/** The words of GONE that take jobs away. */
export const GONE_DOWN = /(?<![\p{L}])(?:disappear(?:ing)?|vanish(?:ing)?|lost|cut|eliminated|fewer)(?![\p{L}])/iu;
export const DOWN_VERB = /^(?:los|shed|declin|decreas|fall|fell|shrink|shrank|drop|reduction)/iu;
export const CHANGE = new ShortSpaceRegExp(
  // The jobs may be named by their kind ("adding 95,000 nursing jobs"), be the workers ("grow by 7,700
  // workers") or be the jobs just named ("lose about 27,500 of them"); "N new jobs", "N more jobs by 2035" are a change without
  // a verb, "N fewer jobs" a loss ("N more jobs than …" compares two stocks).
  // A change verb may take its count without "by" ("projected to decline about 3,500 jobs"), and a hedge ("add just 1,500 jobs").
  String.raw`(?<![\p{L}])(?:(?:add(?:ing|s)?|creat(?:e|es|ing)|gain(?:ing|s)?|(?:increase|growth|gain|rise|loss|decline|drop|decrease|reduction)\s{1,3}(?:of|at)|los(?:e|ing|s)|shed(?:s|ding)?|${CHANGE_VERB}(?:\s{1,3}by)?)\s{1,3}${ONLY}${ABOUT}(?!(?:19|20)\d\d(?!\d|[,.]\d))${NUMBER}(?:\s{1,3}(?!(?:jobs|positions|workers)(?![\p{L}]))[\p{L}-]{2,24}){0,3}|${ABOUT}${number('n5')}\s{1,3}(?:new|more|additional|fewer)(?:\s{1,3}(?!(?:jobs|positions|workers)(?![\p{L}]))[\p{L}-]{2,24})?` +
    // "rise 3 percent, or about 2,400 jobs", "decline 4% (about 6,900 jobs)": the change restated in jobs after its percent.
    String.raw`|(?<=(?<![\p{L}])(?<verb>${CHANGE_VERB})(?:\s{1,3}by)?\s{1,3}${ABOUT}\d{1,3}(?:\.\d{1,2})?\s?(?:%|percent|per\s?cent)\s{0,3}(?:,\s{0,3}or|\(|[—–]|,\s{0,3}(?:or\s{1,3})?(?:roughly|about|around|nearly|some))\s{0,3})${ABOUT}${number('n32')}(?:\s{1,3}(?!(?:jobs|positions|workers)(?![\p{L}]))[\p{L}-]{2,24}){0,2}?)\s{1,3}(?:jobs|positions|workers|of\s{1,3}(?:them|those\s{1,3}jobs))(?![\p{L}])(?!\s{1,3}than(?![\p{L}]))`,
  'giu',
);
/** "roughly 25,400 payroll jobs are projected to disappear by 2035": the jobs the decade adds or takes away, from the digit. */
export const GONE_CHANGE = new RegExp(
  String.raw`(?=\d)(?<![\p{N}.,−+$€£-])${number('n16')}(?:\s{1,3}[\p{L}-]{2,24}){0,3}?\s{1,3}(?:jobs|positions)\s{1,3}(?:(?:are|were|will)\s{1,3})?(?:(?:be\s{1,3})?(?:projected|expected|forecast|set|likely)\s{1,3}to\s{1,3})?${GONE}`,
  'giu',
);
/**
 * "with about 49,900 jobs added by 2035", "some 3,000 positions lost over the decade": the jobs a
 * projection adds or takes away, its participle after them; a time ahead must follow ("12,000 jobs
 * added last year" is a past event, not a projection).
 */
export const ADDED_CHANGE = new ShortSpaceRegExp(
  String.raw`(?<![\p{L}\p{N}.,$-])${ABOUT}${number('n39')}(?:\s{1,3}(?:new|more|additional|fewer))?\s{1,3}(?:jobs|positions)\s{1,3}(?:added|created|lost|cut|eliminated)(?=\s{1,3}(?:(?:by|through|between|from|until)\s{1,3}(?:19|20)\d\d|over\s{1,3}the\s{1,3}(?:next\s{1,3})?decade))`,
  'giu',
);
/**
 * "Employment is projected to increase by 9,500 over the decade", "jobs were projected to add 2,700
 * from 2024 to 2034", "will add about 900 more by 2035": a change verb with "by" (or add, lose) and a bare count, ending its clause (no percent, no unit); only a sentence naming employment or jobs
 * before it (SUBJECT) states a change in jobs.
 */
export const CHANGE_BARE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:${CHANGE_VERB}\s{1,3}by|add|adds|added|adding|lose|loses|lost|losing)\s{1,3}${ABOUT}(?!(?:19|20)\d\d(?!\d|[,.]\d))${number('n6')}(?![\d,.]?\d)(?:\s{1,3}(?:more|new|additional|fewer))?` +
    // "BLS calls for about 900 more by 2035", "expects 1,200 new through 2034": "more" makes the count a change.
    // "an increase of about 9,000 over the decade": the change as a noun, its count bare.
    String.raw`|(?:increase|growth|gain|rise|loss|decline|drop|decrease|reduction)\s{1,3}of\s{1,3}${ABOUT}(?!(?:19|20)\d\d(?!\d|[,.]\d))${number('n37')}(?![\d,.]?\d)(?!\s{0,2}(?:%|percent))` +
    String.raw`|(?:calls?\s{1,3}for|expects?|projects?|sees?|forecasts?|anticipates?)\s{1,3}${ABOUT}(?!(?:19|20)\d\d(?!\d|[,.]\d))${number('n33')}(?![\d,.]?\d)\s{1,3}(?:more|new|additional|fewer))(?=\s{0,3}(?:[.,;:)!?]|$|(?:from|over|between|through|in|during|until|and|with|as|by)(?![\p{L}])))`,
  'giu',
);
export const SUBJECT = /(?<![\p{L}])(?:employment|jobs)(?![\p{L}])/iu;
/** "There are 23 accredited schools": a count of things, not of workers. */
const NOT_PEOPLE = String.raw`(?!\s{1,3}(?:[\p{L}-]{1,20}\s{1,3}){0,2}(?:schools?|colleges?|programs?|universities|courses?|states|countries|companies|hospitals|clinics|employers|firms|types|kinds|ways|steps|options|specialties|specializations|certifications|credentials|exams?|credits|hours|years|months|weeks|days|locations|branches|residents|inhabitants|miles|acres|students|members|contractors|businesses|shops|agencies|offices|stores|restaurants|establishments|employees)(?![\p{L}]))`;
/** A count of thousands as writers print one ("13,200", "1.7 million", "171K", "1500"), never a year. */
const THOUSANDS = (name: string) =>
  String.raw`(?<${name}>\d{1,3}(?:,\d{3}){1,3}|\d{1,3}(?:\.\d{1,2})?\s{1,3}(?:million|thousand)|\d{1,3}(?:\.\d{1,2})?\s?[kKM](?![\p{L}])|(?!(?:19|20)\d\d(?!\d))\d{4,7})(?![\d,.]?\d)`;
/**
 * Words before "N jobs" that make it a change (adding, losing, cutting jobs), a listing (posted,
 * listed) or "by N jobs": what is left ("a field of roughly 13,200 jobs", "138,400 jobs",
 * "bakers hold about 262,400 jobs") is how many jobs there are.
 */
const NOT_HOW_MANY = String.raw`(?<!(?:add|adds|adding|added|cut|cuts|cutting|lose|loses|losing|lost|create|creates|creating|created|gain|gains|gaining|gained|shed|sheds|shedding|eliminat[\p{L}]{1,5}|(?:increase|growth|gain|rise|loss|decline|drop|decrease|reduction|change)\s{1,3}(?:of|at)|list[\p{L}]{0,3}|post[\p{L}]{0,3}|advertis[\p{L}]{0,3}|fill[\p{L}]{0,3}|need[\p{L}]{0,2}|offer[\p{L}]{0,3}|to|by)\s{1,3}${ONLY}${ABOUT})`;
/**
 * Where "N jobs" is a noun phrase of its own ("a field of roughly 13,200 jobs", "with about 13,200
 * jobs", "$58,930 median; about 102,200 jobs"), not the object of a verb ("we analyzed 2,000 jobs").
 */
const NOUN_SLOT = String.raw`(?<=(?:^|[,;:(—–-]|(?<![\p{L}])(?:of|with|and|has|have|had|are|were|is|was|totaling|totalling))\s{0,3}${ONLY}${ABOUT})`;
/** After "N jobs": a yearly or decade figure (openings, change) or jobs on offer, not how many there are. */
const NOT_A_STOCK = String.raw`(?!\s{1,3}(?:(?:a|per|each|every|in\s{1,3}the\s{1,3}next)\s{1,3}(?:year|decade|month)|(?:(?:were|are|was|is|have\s{1,3}been|get)\s{1,3})?(?:added|lost|created|cut|open|available|posted|listed|advertised|filled)|to\s{1,3}(?:fill|choose|apply)|(?:(?:are|were|will)\s{1,3})?(?:(?:be\s{1,3})?(?:projected|expected|forecast|set|likely)\s{1,3}to\s{1,3})?${GONE})(?![\p{L}]))`;
export const EMPLOYMENT = new ShortSpaceRegExp(
  String.raw`(?<![\p{L}])(?:there(?:\s{1,3}(?:were|are|is)|['’]?s)\s{1,3}${ONLY}${ABOUT}${number('n1')}(?=\s{1,3}[\p{L}])${NOT_PEOPLE}` +
    String.raw`|(?:held|hold(?:s|ing)?)\s{1,3}${ONLY}${ABOUT}${number('n2')}(?:\s{1,3}(?!(?:more|fewer)\s)[\p{L}-]{2,24})?\s{1,3}(?:jobs|positions)` +
    // "Employment of roofers totaled about 171,000 in 2025", "Roofers numbered about 171,000".
    // "Employment of dental hygienists was 224,300 in 2025", "employment totals about 224,300", "hygienists number roughly 224,300".
    String.raw`|(?:totaled|totalled|totals|numbered|numbers|number(?=\s{1,3}(?:about|around|roughly|nearly|approximately|some|over|more\s{1,3}than|like|only|just))|employment(?:\s{1,3}of\s{1,3}[^.;:!?\d]{2,60}?)?(?:\s{1,3}in\s{1,3}(?:May\s{1,3})?(?:19|20)\d\d)?\s{1,3}(?:stood\s{1,3}at|held(?:\s{1,3}(?:steady|flat|stable))?\s{1,3}at|reached|was|is|totaled|totalled|totals))\s{1,3}${ONLY}${ABOUT}${THOUSANDS('n22')}(?!\s{0,2}(?:%|percent))${NOT_PEOPLE}` +
    // "about 5,030 held these jobs in May 2023": the count as the subject of the jobs just named (from the digit).
    String.raw`|(?=\d)(?<![\p{N}.,−+$€£-])${THOUSANDS('n42')}\s{1,3}held\s{1,3}(?:these|those|such|the|that)\s{1,3}(?:jobs|positions)(?![\p{L}])` +
    // "Civil engineers held about 380,600 jobs, and mechanical engineers held about 298,500.": the jobs said once.
    String.raw`|(?:held|hold(?:s|ing)?)\s{1,3}${ONLY}${ABOUT}${THOUSANDS('n21')}(?=(?:\s{1,3}(?:in\s{1,3}all|in\s{1,3}total|all\s{1,3}told))?\s{0,3}(?:[.;]|$))` +
    String.raw`|employ(?:s|ed)?\s{1,3}${ONLY}${ABOUT}${number('n3')}(?=\s{1,3}(?:people|workers|[\p{L}]))` +
    // "Forklift operators held about 805,770 jobs, and material movers about 2.98 million" (a comma or not): the verb said once.
    String.raw`|(?<=(?:held|hold|holds)\s[^.;:!?]{1,80}?(?:,\s{0,3}|\s)(?:and|while|but|whereas)\s{1,3}(?![^.;,]{0,40}?(?:openings|new|added|growth|change|earn|make|pay))[\p{L}'’ -]{2,40}?\s)${ONLY}${ABOUT}${THOUSANDS('n17')}(?=\s{0,3}(?:jobs\s{0,3})?(?:[.;,]|$))` +
    // "The BLS counts about 32,100 diet techs", "the BLS counted 32,500 of them", "the region counts roughly
    // 1,800 of these workers": a count said to be counted, of people or ending its clause.
    String.raw`|count(?:s|ed)\s{1,3}${ONLY}${ABOUT}${THOUSANDS('n25')}(?!\s{0,2}(?:%|percent))${NOT_PEOPLE}(?=\s{0,3}(?:[.;,)—–]|$)|\s{1,3}of\s{1,3}(?:them|these|those|us)(?![\p{L}])|(?:\s{1,3}[\p{L}-]{2,24}){1,3}\s{0,3}(?:[.;,)—–]|$|and\s|in\s))` +
    // "About 19,430 held the job in May 2025": the people who hold it, counted.
    String.raw`|(?=\d)(?<![\p{N}.,$])${THOUSANDS('n28')}(?=(?:\s{1,3}[\p{L}-]{2,24}){0,3}\s{1,3}(?:held|hold)\s{1,3}(?:the|this|that)\s{1,3}(?:job|position|role|title)(?![\p{L}]))` +
    // "from a base of about 78,900 in 2025", "an employment base of 1.1 million": the jobs a projection starts from.
    String.raw`|base\s{1,3}of\s{1,3}${ONLY}${ABOUT}${THOUSANDS('n29')}(?!\s{0,2}(?:%|percent))${NOT_PEOPLE}(?=\s{0,3}(?:[.;,)—–]|$|in\s|as\s|jobs|workers|positions))` +
    // "they say 67,500 jobs": a source's count of jobs, said as what it says.
    String.raw`|(?:says?|said)\s{1,3}(?:there\s{1,3}(?:are|were)\s{1,3})?${ONLY}${ABOUT}${THOUSANDS('n26')}\s{1,3}(?:jobs|positions)(?![\p{L}])${NOT_A_STOCK}` +
    // "held about 21,350 jobs in May 2025, up from 18,300 in 2024": the count's earlier value, said after it
    // (the count before it is looked behind only where "up" or "down" stands).
    String.raw`|(?:up|down)(?<=(?<![\p{L}])(?:held|hold|holds|employed|employment\s{1,3}(?:of|was|is|reached|stood|totaled)|there\s{1,3}(?:are|were)|numbered|totaled|totalled)[^.;:!?$%]{0,60}?,\s{0,3}(?:up|down))\s{1,3}from\s{1,3}${ABOUT}${THOUSANDS('n27')}(?!\s{0,2}(?:%|percent))(?=\s{0,3}(?:[.;,)—–]|$|in\s|as\s{1,3}of\s|the\s{1,3}year\s{1,3}before|a\s{1,3}year\s{1,3}(?:earlier|before)))` +
    // The people left unsaid at the clause's end: "the Detroit area alone employs about 4,000.", "in the
    // Seattle area there are about 9,100.".
    String.raw`|(?:employ(?:s|ed)?|there(?:\s{1,3}(?:were|are|is)|['’]?s))\s{1,3}${ONLY}${ABOUT}(?:${THOUSANDS('n23')}|(?<=(?:about|around|roughly|nearly|approximately|some)\s{1,3})(?<n44>[1-9]\d{2})(?![\d,.]?\d))(?=(?:\s{1,3}(?:in\s{1,3}all|in\s{1,3}total|all\s{1,3}told))?\s{0,3}(?:[.;,)—–]|$))` +
    String.raw`)`,
  'giu',
);
/**
 * "Telephone operator jobs fell to 4,600 in 2023", "employment rose to about 92,000": the level a
 * change reached is how many jobs there are (its subject's words are the gate: fact-claims.ts).
 */
export const LEVEL = new ShortSpaceRegExp(
  String.raw`(?<![\p{L}])(?:jobs|employment)\s{1,3}(?:fell|dropped|declined|shrank|slipped|rose|grew|climbed|increased)\s{1,3}to\s{1,3}${ONLY}${ABOUT}${THOUSANDS('n')}(?!\s{0,2}(?:%|percent))${NOT_PEOPLE}`,
  'giu',
);
/**
 * "1.2 million LPNs working in the U.S.", "about 4,800 working in the Atlanta metro", "about 450 work in the state", "about 4,310 OT
 * aides were working in May 2025": from the digit, as STOCK; the claim ends at the verb, so the year
 * after it ("in May 2025") is read as the count's.
 */
export const WORKING = new ShortSpaceRegExp(
  // A few hundred only after a hedge ("about 450 work in the state"): a bare "300 work" is anything.
  String.raw`(?=\d)(?<![\p{N}.,−+$€£-])(?:${THOUSANDS('n4')}|(?<=(?<![\p{L}])(?:about|around|roughly|nearly|approximately|some|only|just)\s{1,3})(?<n34>[1-9]\d{2})(?![\d,.]?\d))${NOT_PEOPLE}(?:\s{1,3}[\p{L}-]{2,24}){0,3}?\s{1,3}(?:(?:are|were)\s{1,3})?(?:employed|work(?:ed|ing)?)(?=\s{1,3}(?:as|in|across|at|nationwide|that\s{1,3}year|then)(?![\p{L}])|` +
    // "with about 97,400 estheticians employed.", "the roughly 4.7 million aides already working": the clause ends there.
    String.raw`(?=\s{0,3}(?:[.;,)—–]|$)))`,
  'giu',
);
/**
 * How many people a group has, said of it: "a workforce of about 2.1 million", "is home to about
 * 27,000 of them", "about 154,400 nationwide", "some 2.1 million aides nationally", "are 62,400
 * strong". Jobs, positions and openings are the other patterns' (jobs posted nationwide are no
 * stock of them).
 */
const NOT_PAID = String.raw`(?<!(?:earn(?:s|ed|ing)?|mak(?:e|es|ing)|made|pa(?:y|ys|id)|averag(?:e|es|ed|ing)|salar(?:y|ies)|wages?|income)\s{1,3}(?:[\p{L}]{1,13}\s{1,3})?)`;
export const PEOPLE = new RegExp(
  // "a small field of about 13,660 audiologists", "a profession of about 93,600 people": a field's size is its people.
  String.raw`(?<![\p{L}])(?:workforce\s{1,3}of|home\s{1,3}to|(?:field|profession|occupation)\s{1,3}of(?=\s{1,3}(?:only\s{1,3}|just\s{1,3})?(?:about|around|roughly|nearly|approximately|some|over|more|\d)))\s{1,3}${ONLY}${ABOUT}(?:${THOUSANDS('n24')}|(?<n36>[1-9]\d{2})(?=\s{1,3}of\s{1,3}them(?![\p{L}])))(?!\s{0,2}(?:%|percent))${NOT_PEOPLE}` +
    // Pay written without its dollar sign ("earn about 47,000 nationwide") is not people; "strong" ends the
    // statement ("a 10,000 strong corps" is a noun's size).
    String.raw`|(?=\d)(?<![\p{N}.,−+$€£-])${NOT_PAID}${THOUSANDS('n12')}${NOT_PEOPLE}(?:(?:\s{1,3}(?!(?:jobs|positions|openings|new|more|fewer|additional)(?![\p{L}]))[\p{L}-]{2,24}){0,2}\s{1,3}(?:nationwide|nationally)(?![\p{L}])|\s{1,3}strong(?=\s{0,3}(?:[.;,!?)—–]|$)|\s{1,3}(?:and|according|per|in)\s))`,
  'giu',
);
/**
 * "How many septic tank servicers are there? About 31,900 as of 2025.", "How many people work as
 * floral designers? Roughly 40,000.", "How many telemarketers are left? About 58,430.": an FAQ's answer that opens with a count, after a question
 * about how many people do the job (not openings, hours or schools), is how many there are. The
 * question is looked behind, so the claim is the answer's count.
 */
export const ANSWER = new RegExp(
  String.raw`(?<=(?<![\p{L}])how\s{1,3}many\s{1,3}(?![^?.!\n]{0,80}(?:openings|new\s{1,3}jobs))[^?.!\n]{1,60}?(?:(?:are|were)\s{1,3}(?:there|left|still\s{1,3}working)|work(?:s|ed|ing)?\s{1,3}(?:as|in)|(?:are|were)\s{1,3}employed)(?:\s{1,3}[^?!\n]{1,30})?\?\s{0,3})(?:there\s{1,3}(?:are|were)\s{1,3})?${ONLY}${ABOUT}${THOUSANDS('n14')}(?!\s{0,2}(?:%|percent))(?!\s{1,3}(?:new|more|fewer|openings|per)(?![\p{L}]))${NOT_PEOPLE}`,
  'giu',
);
/**
 * "How many openings are there for meat packers? Around 8,400 a year.", "How many jobs open up each
 * year? The older projections said about 15,800": an FAQ's answer that opens with a count (or with
 * the release that says it), after a question about openings, is the openings count ("About 3,400
 * openings a year" is OPENINGS'). Looked behind like ANSWER.
 */
export const OPENINGS_ANSWER = new RegExp(
  String.raw`(?<=(?<![\p{L}])how\s{1,3}many\s{1,3}(?=[^?.!\n]{0,80}(?:openings|open\s{1,3}up|open\s{1,3}each\s{1,3}year))[^?.!\n]{1,100}?\?\s{0,3}(?:(?:the\s{1,3})?[\p{L}-]{2,20}(?:\s{1,3}[\p{L}-]{2,20}){0,3}\s{1,3}(?:said|says|put\s{1,3}it\s{1,3}at|puts\s{1,3}it\s{1,3}at|projected|project|projects|estimated|estimates|expected|expects|called\s{1,3}for|call\s{1,3}for)\s{1,3})?)${ONLY}${ABOUT}(?:${THOUSANDS('n40')}|(?<n41>[1-9]\d{2})(?=\s{1,3}(?:a|each|per)\s{1,3}year))(?!\s{0,2}(?:%|percent))(?!\s{1,3}(?:[\p{L}-]{2,24}\s{1,3}){0,2}openings)${NOT_PEOPLE}`,
  'giu',
);
/**
 * "a field of roughly 13,200 jobs", "138,400 jobs": how many jobs there are, said as a noun phrase.
 * A pattern of its own that starts at the digit (its words before are looked behind) and looks
 * ahead for "jobs" before anything costlier, so it fails at once everywhere else.
 */
export const STOCK = new RegExp(
  String.raw`(?=\d)(?<![\p{N}.,−+$€£-])(?=[\d,.]{1,9}\s?(?:[\p{L}-]{1,24}\s{1,3})?(?:[\p{L}-]{2,24}\s{1,3})?jobs)${NOT_HOW_MANY}${NOUN_SLOT}${THOUSANDS('n9')}(?:\s{1,3}(?!(?:more|fewer|new|additional|extra)(?![\p{L}]))[\p{L}-]{2,24})?\s{1,3}jobs(?![\p{L}])${NOT_A_STOCK}`,
  'giu',
);
/**
 * "the state has about 2,900 of them", "California has about 4,100 private investigators": a place
 * (a capitalised name, or "the state", "the metro area") that has a count of people. Case matters,
 * so it is a pattern of its own.
 */
export const PLACE_HAS = new RegExp(
  // The claim is the count: the place is looked behind, so the role before it is the nearest.
  // A hundred or so is said of a place too ("Denver has about 600 of them", "the Tulsa area has about 700 in
  // the BLS group"): with "of them" or (hedged) the group it is people.
  String.raw`(?<=(?<![\p{L}])(?<place>(?:state|metro(?:politan)?(?:\s{1,3}area)?|area|city|country|nation|region|county|occupation|profession|field|trade)|\p{Lu}[\p{L}.]{1,20}(?:\s{1,3}\p{Lu}[\p{L}.]{1,20}){0,2})\s{1,3}(?:has|had)\s{1,3})${ONLY}${ABOUT}(?:${THOUSANDS('n8')}|(?<n15>[1-9]\d{1,2})(?=\s{1,3}of\s{1,3}them(?![\p{L}])|(?<=(?:about|around|roughly|nearly|approximately|some)\s{1,3}\d{3})\s{1,3}in\s{1,3}the\s{1,3}(?:BLS\s{1,3})?(?:group|occupation|category)(?![\p{L}])))(?=\s{1,3}[\p{L}])${NOT_PEOPLE}`,
  'gu',
);

/** The question before an ANSWER match names no state or city ("How many … are there in Ohio?" is a state's count). */
export function askedNationally(text: string, m: RegExpMatchArray): boolean {
  const before = text.slice(Math.max(0, (m.index ?? 0) - 160), m.index);
  const asked = [...before.matchAll(/how\s{1,3}many/giu)].at(-1);
  return !asked || placesIn(before.slice(asked.index)).every((p) => p.place === undefined);
}

/** A PLACE_HAS match whose capitalised subject is a state or city ("Texas has …"), not a product ("Figma has 4 million users"). */
export function placeHas(m: RegExpMatchArray): boolean {
  const place = m.groups?.place ?? '';
  return (
    /^(?:\p{Ll}|(?:The\s{1,3})?(?:U\.?S\.?|United\s{1,3}States|America)$)/u.test(place) ||
    placesIn(place).some((p) => p.place !== undefined && p.end === place.length)
  );
}

/** The patterns a count is looked for with, each near a word it needs (fact-claims.ts, `near`). */
export type CountGate =
  'openings' | 'openJobs' | 'change' | 'subject' | 'employment' | 'working' | 'placeHas' | 'stock' | 'people' | 'answer' | 'gone';

/**
 * Every word some count pattern needs, in one alternation: one scan of a block costs less than a
 * scan per pattern. Longer words first where one starts another ("employment", "employed";
 * "workers", "work").
 */
const KEYWORDS = new RegExp(
  String.raw`openings|jobs|employment(?:\s{1,3}of\s{1,3}[^.;:!?\d]{2,60}?)?(?:\s{1,3}in\s{1,3}(?:May\s{1,3})?(?:19|20)\d\d)?\s{1,3}(?:stood\s{1,3}at|held(?:\s{1,3}(?:steady|flat|stable))?\s{1,3}at|reached|was|is|totaled|totalled|totals)\s{1,3}(?:(?:about|around|roughly|nearly|approximately|some|over|only|just)\s{1,3}){0,2}\d|employment|employ(?:s|ed)?\s|employed|positions|workers|work(?:ed|ing)?(?![${LATIN_LETTERS}])|there(?:\s{1,3}(?:were|are|is)|['’]?s)|held|hold|totaled|\bcount(?:s|ed)\s{1,3}(?:(?:only|just|like|about|around|roughly|nearly|approximately|some|over)\s{1,3}){0,2}\d|\bsa(?:ys?|id)\s{1,3}(?:there\s{1,3}(?:are|were)\s{1,3})?(?:(?:only|just|like|about|around|roughly|nearly|approximately|some|over)\s{1,3}){0,2}\d|\b(?:up|down)\s{1,3}from\s{1,3}(?:(?:about|around|roughly|nearly|approximately|some)\s{1,3})?\d|totalled|totals|numbered|numbers|number\s{1,3}(?:about|around|roughly|nearly|approximately|some|over|more|like|only|just)|\s(?:has|had)\s|nationwide|nationally|strong|workforce|\bfield\s{1,3}of\s|\bprofession\s{1,3}of\s|\boccupation\s{1,3}of\s|home\s{1,3}to|how\s{1,3}many|\bhire\s|need\s{1,3}(?:(?:about|around|roughly|nearly|approximately|some|over)\s{1,3})?\d|\bbase\s{1,3}of\s|disappear|vanish|be\s{1,3}(?:lost|cut|eliminated|added|created)`,
  // Without the u flag: a scan of every block, kept to Latin letters.
  'gi',
);

/**
 * The patterns a keyword serves, told by its first letters (no capture groups: a block's
 * keywords are many, and each group would be one more allocation): "jobs" is a change's, a
 * subject's and a stock's word; "employment" a subject's, and with a number after its verb
 * ("Employment of X was 224,300") an employment count's.
 */
function served(word: string): readonly CountGate[] {
  const lower = word.toLowerCase();
  switch (lower.charCodeAt(0)) {
    case 111: // o
      return lower.startsWith('occ') ? ['people'] : ['openings'];
    case 102: // f
      return ['people'];
    case 106: // j
      return ['change', 'subject', 'stock', 'openJobs'];
    case 101: // e
      if (lower.startsWith('employment')) return lower.length > 10 ? ['subject', 'employment'] : ['subject'];
      return ['employment', 'working'];
    case 112: // p
      return lower.startsWith('prof') ? ['people'] : ['change', 'openJobs'];
    case 119: // w
      return lower.startsWith('workers') ? ['change'] : lower.startsWith('workforce') ? ['people'] : ['working'];
    case 116: // t
    case 110: // n
      if (lower.startsWith('need')) return ['openJobs'];
      return lower.startsWith('nation') ? ['people'] : ['employment'];
    case 104: // h
      if (lower.startsWith('hire')) return ['openJobs'];
      return lower.startsWith('home') ? ['people'] : lower.startsWith('how') ? ['answer'] : ['employment'];
    case 115: // s
      return lower.startsWith('sa') ? ['employment'] : ['people'];
    case 99: // c
    case 117: // u
      return ['employment'];
    case 100: // d
      return lower.startsWith('down') ? ['employment'] : ['gone'];
    case 98: // b
      return lower.startsWith('base') ? ['employment'] : ['gone'];
    case 118: // v
      return ['gone'];
    default:
      // " has ", " had ": whitespace first.
      return ['placeHas'];
  }
}

/** Where each pattern's words stand in `text` (offset and length), found in one scan. */
export function countKeywords(text: string): Partial<Record<CountGate, Array<[number, number]>>> {
  const hits: Partial<Record<CountGate, Array<[number, number]>>> = {};
  KEYWORDS.lastIndex = 0;
  for (let m = KEYWORDS.exec(text); m; m = KEYWORDS.exec(text)) {
    const at: [number, number] = [m.index, m[0].length];
    for (const gate of served(m[0])) (hits[gate] ??= []).push(at);
  }
  return hits;
}
