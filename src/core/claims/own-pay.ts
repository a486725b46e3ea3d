// Pay a writer reports of their own job ("I make $31 an hour", "my base pay is $70k", "at my
// hospital new grads start at $36", "our district pays $22.50", "I work as a para for $16.25") or of
// people they know ("my friends make $40"), and small
// add-ons to a wage ("plus a $5 shift differential", "$4 call pay"): an anecdote or a part of pay,
// never a statement of what an occupation earns, so neither is a claim to check against BLS.
// Every pattern is bounded and applied to a bounded slice, so a scan stays linear.
import { ShortSpaceRegExp } from '../text/short-spaces.js';

/**
 * The writer (singular: "our program's graduates earn …" is a school quoting the occupation; a forum's lower-case "i make" too) as
 * the one who is paid, before the figure in its clause: a first-person subject or possessive,
 * then a pay word, with no clause end between.
 */
const OWN_BEFORE =
  /(?:(?<![\p{L}'’])(?:[Ii](?:['’]m|['’]ve|['’]d|\s{1,3}am|\s{1,3}was)?|[Mm]y|[Mm]e)(?![\p{L}'’])[^.;!?:]{0,80}?(?<![\p{L}])(?:make|makes|made|making|earn|earns|earned|earning|averag(?:e|es|ed|ing)|clear|cleared|clearing|net|netted|gross|grossed|take\s{1,3}home|took\s{1,3}home|pull|pulled|bring\s{1,3}in|brought\s{1,3}in|paid|pays|pay|salary|wages?|rate|offer|offered|started|start|starting|work|worked|working|got|get|getting|do|did|doing|sell|sold|charge|charged|bill|billed)(?![\p{L}])|(?<![\p{L}])(?:(?:[Aa]t|[Ii]n|[Ff]or)\s{1,3}(?:my|our)|[Mm]y|[Oo]ur)\s{1,3}(?:[\p{L}-]{1,20}\s{1,3}){0,2}(?:shop|hospital|unit|clinic|company|job|facility|restaurant|kitchen|employer|agency|station|department|practice|firm|office|school\s{1,3}district|district|store|plant|union|local|hall|center|centre|hotel|warehouse|garage|site|location|team|church|parish|congregation|ministry|nonprofit|charity)(?![\p{L}])|(?<![\p{L}])here,?\s{1,3}(?:making|earning|clearing|made|earned|cleared|pulled|netted|grossed|and\s{1,3}(?:I\s{1,3})?(?:make|earn|clear)))[^.;!?:]{0,80}$/u;

/**
 * Unmistakably the writer's own pay, quoted source or not: "Terminix paid me $16/hr", "I'm at $71k
 * in year 2", "4 years in, $22.40/hr at a trauma center", "union glazier here, journeyman rate is
 * $52.40" (a forum poster's "<trade> here," introduces their own numbers, "floor sup here, $26/hr" too), "we pay hosts $15/hr",
 * "our top step is $104,000" (an employer's own rate or scale; "our median pay estimate" is a statistic), "mine pays $48k",
 * "overtime pushed me to $94k", "3 yrs in now and at $94k", "my boss pays $17 an hour" / "our mill pays $24" (one
 * employer's rate, even in a sentence that also quotes BLS for the occupation).
 */
const OWN_STRONG_BEFORE = new ShortSpaceRegExp(
  /(?:(?<![\p{L}])(?:paid|pays|pay|paying|offered|offers|gave|gives|started)\s{1,3}(?:me|us)|(?<![\p{L}'’])(?:[Ii]['’]m|[Ii]\s{1,3}am|[Ii]\s{1,3}was|we['’]re)\s{1,3}(?:at|on)|(?<![\p{L}])(?:pushed|puts?|got|gets|brings?|brought|bumped|moved|took)\s{1,3}(?:me|us)\s{1,3}(?:up\s{1,3})?(?:to|at|over|past)|(?<![\p{L}\p{N}])\d{1,2}\s{1,3}(?:years?|yrs?|months?)\s{1,3}in(?:\s{1,3}now)?(?:,|\s{1,3}and)(?:\s{1,3}now)?(?:\s{1,3}(?:at|on|making|earning|clearing))?|(?<![\p{L}])(?:[Mm]y|[Oo]ur)\s{1,3}(?!(?:median|average|mean|typical|national|data|survey|research|report|guide|analysis|estimate|source|numbers?)(?![\p{L}]))(?:[\p{L}'’-]{1,20}\s{1,3})?[\p{L}'’-]{1,20}\s{1,3}(?:pays|paid|offers|offered|starts|started)(?:\s{1,3}(?:me|us|new\s{1,3}hires|everyone|people))?(?:\s{1,3}(?:at|from))?|(?<![\p{L}])here,(?:\s{1,3}(?:[\p{L}'’-]{1,20}\s{1,3}){0,3}(?:rate|pay|wage|scale)\s{1,3}(?:is|was))?|(?<![\p{L}])[Oo]ur\s{1,3}(?!(?:median|average|mean|typical|national|estimated?)\s)(?:[\p{L}'’-]{1,20}\s{1,3}){0,2}?(?:step|scale|rate|wage|pay)\s{1,3}(?:is|was|sits\s{1,3}at|tops\s{1,3}out\s{1,3}at|goes\s{1,3}(?:up\s{1,3})?to|rises\s{1,3}to)|(?<![\p{L}])mine\s{1,3}(?:pays|paid|is|was)|(?<![\p{L}'’])[Ww]e\s{1,3}(?:pay|paid|offer|offered|start)(?:\s{1,3}(?:our|new|all)?\s{0,3}[\p{L}-]{1,20})?(?:\s{1,3}(?:at|from))?)(?:\s{1,3}(?:about|around|roughly|only|just|like))?\s{0,3}$/u,
);
/** "Amazon pays $21/hr here": pay where the writer is, not the occupation's ("here in Texas" names a place). */
const OWN_HERE_AFTER = /^\s{1,3}here(?![\p{L}])(?!\s{1,3}in\s{1,3}\p{Lu})/u;

/** Where the figure's own sentence starts: a forum post runs sentences on in lower case ("… $88k. union glazier here, …"). */
function ownSentenceStart(sentence: string, start: number): number {
  const before = sentence.slice(Math.max(0, start - 200), start);
  let at = -1;
  for (const m of before.matchAll(/(?<!\bvs)[.!?]["”’)]?\s/gu)) at = m.index + m[0].length;
  return at < 0 ? 0 : start - before.length + at;
}

/** A source named in the sentence: the writer is quoting it, not their own pay. */
const QUOTED = /(?<![\p{L}])(?:BLS|Bureau|OOH|O\*NET|Handbook|according\s{1,3}to|per\s{1,3}the|data|statistics|survey)(?![\p{L}])/iu;

/** An add-on named right after a small figure: "$4 night differential", "$3 call pay", "$2/hr shift diff", "$2 an hour extra", "$1.50/hr on top". */
const ADD_ON_AFTER =
  /^\s{0,2}(?:(?:an?|per|each|\/)\s{0,3}(?:hour|hr|h|shift)\s{1,3})?(?:(?:extra|on\s{1,3}top)(?![\p{L}])|(?:[\p{L}-]{1,15}\s{1,3}){0,2}(?:differentials?|diffs?|call\s{1,3}pay|on-call|premiums?|stipends?|allowances?|per\s{1,3}diem|raise|bump|(?:peak|hazard|holiday|overtime|night|weekend|surge|incentive)\s{1,3}pay)(?![\p{L}]))/iu;
/** A wage said without its add-on: "$374,000 a year before call pay", "$31 an hour excluding overtime pay". */
const WITHOUT_ADD_ON =
  /^\s{0,2}(?:(?:an?|per)\s{1,3}(?:year|hour|hr|week|month)\s{1,3})?(?:before|excluding|without|not\s{1,3}counting|minus)\s/iu;
/** An add-on introduced before the figure: "plus a $4 …", "an extra $2", "a $1.50 raise". */
const ADD_ON_BEFORE = /(?<![\p{L}])(?:plus|extra|additional|another)(?:\s{1,3}(?:an?|about|around))?\s{0,3}$/iu;

/**
 * A trainee, apprentice, intern, student or postdoc as the one paid, in the figure's own clause: "Conductor
 * trainees are paid $1,200 a week during the program" is a program's stipend, not the occupation's
 * wage ("once they top out they earn $1,470" after an apprentice's clause is).
 */
const TRAINEE_BEFORE =
  /(?<![\p{L}])(?:trainees?|apprentices?|interns?|externs?|students?|post-?docs?|postdoctoral|fellows)(?![\p{L}])[^.;!?:,]{0,60}$/iu;

/**
 * Pay for the time of a course, said after the figure: "the academy pays $22 an hour during the 16-week course"
 * is a trainee's stipend whoever the sentence names (a role's word may only say which academy).
 */
const TRAINING_AFTER =
  /^[^.;!?:]{0,30}?(?<![\p{L}])(?:during|while\s{1,3}in|throughout)\s{1,3}(?:the|its|their|a|an)\s{1,3}(?:[\p{L}\d-]{1,15}\s{1,3}){0,2}?(?:course|academy|training|classes|apprenticeship|program)(?![\p{L}])/iu;

/** Whether the figure at [start, end) of `sentence` is the writer's own pay, a trainee's or an add-on to a wage. */
export function isOwnOrAddOn(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 160), start);
  const after = sentence.slice(end, end + 40);
  if (ADD_ON_BEFORE.test(before.slice(-24)) || (ADD_ON_AFTER.test(after) && !WITHOUT_ADD_ON.test(after))) return true;
  if (TRAINEE_BEFORE.test(before.slice(-80)) || TRAINING_AFTER.test(sentence.slice(end, end + 90))) return true;
  const from = ownSentenceStart(sentence, start);
  const own = sentence.slice(from, start);
  if (OWN_STRONG_BEFORE.test(own.slice(-80)) || OWN_HERE_AFTER.test(sentence.slice(end, end + 24))) return true;
  if (own.length < 90 && (PRO_DROP.test(own) || selfIntro(own))) return true;
  // Only the figure's own sentence quotes a source: "… making $44k. per BLS the median was …" is a run-on.
  const stop = sentence.slice(end).search(/[.!?]["”’)]?\s/u);
  const mine = OWN_BEFORE.test(own) || (OWN_FOR.test(own.slice(-90)) && PER_TIME.test(sentence.slice(start, end + 16)));
  return mine && !QUOTED.test(sentence.slice(from, stop < 0 ? sentence.length : end + stop));
}

/** "I set chokers 3 seasons in Oregon for $24/hr": the writer's work done for a rate (a period after the figure). */
const OWN_FOR =
  /(?<![\p{L}'’])I(?:\s{1,3}|['’](?:ve|d)\s{1,3})(?!(?:think|guess|believe|heard|read|saw|hear)(?![\p{L}]))[^.;!?:$]{0,60}?\sfor\s{0,3}$/u;
const PER_TIME =
  /^[^\s]{1,14}\s{0,2}(?:\/\s{0,2}|an?\s{1,3}|per\s{1,3})(?:hr|hour|h|yr|year|week|wk|month|mo|season|shift|day)(?![\p{L}])/iu;

/** A forum post's sentence with its "I" left out: "made $14/hr plus room", "Cleared $96k last year". */
const PRO_DROP =
  /^[\s*_>-]{0,4}(?:made|earned|cleared|netted|grossed|pulled(?:\s{1,3}in)?|took\s{1,3}home|got\s{1,3}paid)(?:\s{1,3}(?:about|around|roughly|like|just|only))?\s{1,3}$/iu;

/**
 * A forum poster's introduction: their job as a bare singular noun (no article, no verb), where they
 * do it, then a comma and their pay: "RA at a group home, $17.50/hr", "cage cashier in Vegas, $21/hr
 * plus tokes", "Everett, B-shift assembler, $31/hr". A statement of an occupation's pay names it in
 * the plural ("Cage cashiers in Nevada, …") or gives a statistic (NOT_INTRO).
 */
const SELF_INTRO =
  /^[\s*_>-]{0,4}(?:(?<town>\p{Lu}[\p{L}.'’-]{1,20}(?:\s\p{Lu}[\p{L}.'’-]{1,20})?),\s{1,3})?(?:[\p{L}'’-]{1,20}\s{1,3}){0,2}[\p{L}'’-]{1,20}(?<![sS])(?:\s{1,3}(?<where>at|in|for|on|with)\s{1,3}[^.;:!?,$\d]{1,50})?,\s{0,3}(?:(?:about|around|roughly|like|only|just)\s{1,3})?$/u;
function selfIntro(own: string): boolean {
  const intro = SELF_INTRO.exec(own);
  return intro !== null && (intro.groups!.town !== undefined || intro.groups!.where !== undefined) && !NOT_INTRO.test(own);
}

/** Words that make an opening phrase a statement's label, not a poster's job: a statistic, pay, a source, a time. */
const NOT_INTRO =
  /(?<![\p{L}])(?:median|average|avg|mean|typical|pay|paid|salary|salaries|wages?|earn\w*|makes?|income|BLS|OEWS|bureau|percent\w*|top|bottom|lowest|highest|starting|entry|national\w*|hourly|annual\w*|yearly|range|per|according|in\s{1,3}(?:19|20)\d\d|today|now|overall|total|nationwide|statewide|meanwhile|however|instead|otherwise|likewise|similarly|still|also|then|so|yes|no|both|each|either|all|most|many|some|few|they|it|this|that|these|those|he|she|you|we)(?![\p{L}])/iu;

/**
 * Starting pay, not the occupation's wage: "Most start at around $17 an hour", "starting salaries of
 * about $48,000", "entry-level pay is $19". A figure given a statistic ("start around $45k and that's
 * basically the median") is the statistic's, and the caller keeps it.
 */
const STARTING_BEFORE = new ShortSpaceRegExp(
  /(?<![\p{L}])(?:start(?:s|ed)?(?:\s{1,3}(?:out|them|you|him|her|new\s{1,3}hires))?\s{1,3}(?:at|around|near|from)|starting\s{1,3}(?:pay|salar(?:y|ies)|wages?|rates?)(?:\s{1,3}(?:of|is|are|was|were|at|around|near|runs?)|(?:\s{1,3}(?:in|at|for)\s{1,3}[^.;!?$\d:]{1,40}?)?:|\s{1,3}(?:in|at|for)\s{1,3}[^.;!?$\d]{1,40}?\s(?:is|are|was|were|runs?|sits?|hovers?)(?:\s{1,3}(?:often|usually|typically|generally))?(?:\s{1,3}(?:closer|close|nearer)\s{1,3}to)?)?|entry-level\s{1,3}(?:pay|salar(?:y|ies)|wages?)(?:\s{1,3}(?:of|is|are|starts?\s{1,3}at))?)(?:\s{1,3}(?:about|around|roughly|just|only|approximately))?\s{0,3}$/iu,
);

/** Whether the figure at [start, end) of `sentence` is a starting wage (`statistic`: the figure was given one). */
export function isStartingPay(sentence: string, start: number, end: number, statistic: boolean): boolean {
  // Starting words right before the figure outweigh a statistic carried from an earlier clause ("… at the
  // median, and starting pay in mailrooms is closer to $16"); after it, only a figure with none is starting pay.
  const after = sentence.slice(end, end + 60);
  if (STARTING_BEFORE.test(sentence.slice(Math.max(0, start - 90), start))) return !statistic || !STATISTIC_AFTER.test(after);
  const named = STARTING_AFTER.exec(after);
  return named !== null && (!statistic || named.groups!.noun !== undefined);
}

/** A statistic the figure's own clause gives after it: "start around $45k and that's basically the median". */
const STATISTIC_AFTER = /^[^.;!?]{0,50}?(?<![\p{L}])(?:median|average|mean|typical)(?![\p{L}])/iu;

/**
 * Starting pay named after the figure: "$200,000-plus starting salaries" (its noun said: starting pay
 * whatever statistic an earlier clause gave), "$19/hr starting", "$48k to start".
 */
const STARTING_AFTER =
  /^(?:\+|-?plus)?\s{1,3}(?:(?:starting|entry-level|first-year)(?:\s{1,3}(?<noun>pay|salar(?:y|ies)|wages?|rates?|offers?))?(?=\s{0,3}(?:[.,;)!?]|$|(?:pay|salar|wage|rate|offer)))|to\s{1,3}start(?![\p{L}]))/iu;
