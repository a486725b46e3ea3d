// What sites add around the two roles of a title, taken off so that only the roles remain:
// a topic suffix ("RN Salary, Education & Job Outlook", "UI Designer Salaries"), a guide or
// year in parentheses ("RN (2026 Guide)"), and a lead that asks the question ("Difference
// between PA"). Word scans, no regex over the whole title: titles are the author's (or an
// attacker's) and must stay linear.

/** Words that name what the article covers, never the end of a job title. */
const TOPIC = new Set(
  (
    'salary salaries pay wage wages earnings income education training outlook duties responsibilities skills ' +
    'requirements degree degrees certification certifications career careers comparison compared differences ' +
    'difference explained guide overview similarities schooling job jobs work environment 2020 2021 2022 2023 2024 ' +
    '2025 2026 2027 2028 2029 2030'
  ).split(' '),
);
/**
 * Topic words that alone do not end a role ("Social Work" is not a topic; "Job Outlook" is; a "Tour
 * Guide" is a job, a "Salary Guide" a topic).
 */
const WEAK_TOPIC = new Set(['job', 'jobs', 'work', 'environment', 'guide']);
const JOINER = new Set(['and', '&', 'or', 'vs', 'vs.', '+']);

const PUNCTUATION = ',;:';

/** The text without the commas, semicolons and colons at its ends (by hand: a regex would rescan a long run). */
function trimPunctuation(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && PUNCTUATION.includes(text[start]!)) start++;
  while (end > start && PUNCTUATION.includes(text[end - 1]!)) end--;
  return text.slice(start, end);
}

const bare = (word: string) => trimPunctuation(word.toLowerCase());

/**
 * A parenthesis at the end that is not an abbreviation: "(2026 Guide)" goes, "(RN)" stays, and so does
 * a degree's one-word short form with two capitals or more ("(AuD)", "(PharmD)", "(PsyD)").
 */
function withoutParenthesis(role: string): string {
  const text = role.trimEnd();
  if (!text.endsWith(')')) return text;
  const open = text.lastIndexOf('(');
  if (open <= 0) return text;
  const inner = text.slice(open + 1, -1);
  const capitals = inner.length - inner.replace(/[A-Z]/g, '').length;
  const mixed = capitals >= 2 && /^[A-Z][A-Za-z-]*$/.test(inner);
  const abbreviation = inner.length > 0 && inner.length <= 10 && (inner.toUpperCase() === inner || mixed) && !/\d/.test(inner);
  return abbreviation ? text : text.slice(0, open).trimEnd();
}

/** "RN Salary, Education & Job Outlook" -> "RN"; a role that is all topic words is left as it is. */
export function withoutTopic(role: string): string {
  const text = withoutParenthesis(role);
  const words = text.split(' ').filter(Boolean);
  let end = words.length;
  let topical = false;
  while (end > 1) {
    const word = bare(words[end - 1]!);
    if (TOPIC.has(word) || /^\d{4}$/.test(word)) topical ||= !WEAK_TOPIC.has(word);
    else if (!JOINER.has(word) && word !== '') break;
    end--;
  }
  // Joiners before the topic belong to it ("PA and RN Salary" is not split here).
  while (end > 0 && JOINER.has(bare(words[end - 1]!))) end--;
  if (!topical || end === 0) return text;
  const kept = words.slice(0, end).join(' ');
  let last = kept.length;
  while (last > 0 && PUNCTUATION.includes(kept[last - 1]!)) last--;
  return kept.slice(0, last);
}
