// Which capitalised runs of running text are job titles, for the careers preset's check of
// titles capitalised mid-sentence ("our Registered Nurse colleagues"). A run is a title when the
// dataset matches it (its name index: a binary search, no list decoded) as a BLS title, or as
// an O*NET alternate title of two words or more; and only when every word also appears in some
// BLS title, so no brand or proper noun ("Java Developer", "Salesforce Administrator") is
// lowercased. Answers are remembered per dataset: a site names the same few titles again and again.
import type { RoleIndex } from '../dataset/types.js';
import { singular } from '../text/role-names.js';

/** Small words a title case leaves lowercase: inside a run, never at its ends. */
const SMALL = new Set(['of', 'and', 'for', 'in', 'the', 'to', 'on', 'at']);
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Longest title tried, in words ("Director of Nursing and Health Services"). */
const MAX_WORDS = 6;
const MAX_REMEMBERED = 5000;

interface Known {
  words: Set<string>;
  answers: Map<string, boolean>;
}
const knownBy = new WeakMap<RoleIndex, Known>();

function knownOf(dataset: RoleIndex): Known {
  let known = knownBy.get(dataset);
  if (!known) {
    const words = new Set<string>();
    for (const { title } of dataset.occupations) for (const word of title.toLowerCase().match(/\p{L}+/gu) ?? []) words.add(singular(word));
    knownBy.set(dataset, (known = { words, answers: new Map() }));
  }
  return known;
}

function isTitle(dataset: RoleIndex, known: Known, words: readonly string[], text: string): boolean {
  if (!words.every((w) => known.words.has(singular(w.toLowerCase())))) return false;
  let answer = known.answers.get(text);
  if (answer === undefined) {
    answer = dataset.match(text).some((m) => m.via === 'title' || (m.via === 'alternate' && words.length > 1));
    if (known.answers.size >= MAX_REMEMBERED) known.answers.clear();
    known.answers.set(text, answer);
  }
  return answer;
}

export interface TitleSpan {
  start: number;
  end: number;
}

/**
 * The job titles written in title case in `text` (the article's prose), longest first at each
 * place. `skip(start)` says where a title may not start (a sentence start, a heading), before
 * the dataset is asked.
 */
export function capitalisedTitles(text: string, dataset: RoleIndex, skip: (start: number) => boolean): TitleSpan[] {
  const known = knownOf(dataset);
  const found: TitleSpan[] = [];
  // Runs of title-case words, joined by one space and small words only (a blanked code span is several).
  for (const run of text.matchAll(/\p{Lu}\p{Ll}+(?: (?:(?:of|and|for|in|the|to|on|at) )*\p{Lu}\p{Ll}+)*/gu)) {
    const words = [...run[0].matchAll(/\p{L}+/gu)].map((w) => ({
      text: w[0],
      start: run.index + w.index,
      end: run.index + w.index + w[0].length,
    }));
    for (let i = 0; i < words.length; i++) {
      if (!TITLE_WORD.test(words[i]!.text) || skip(words[i]!.start)) continue;
      for (let j = Math.min(words.length, i + MAX_WORDS) - 1; j >= i; j--) {
        if (SMALL.has(words[j]!.text)) continue;
        const span = words.slice(i, j + 1);
        const start = words[i]!.start;
        const end = words[j]!.end;
        if (
          !isTitle(
            dataset,
            known,
            span.map((w) => w.text),
            text.slice(start, end),
          )
        )
          continue;
        found.push({ start, end });
        i = j;
        break;
      }
    }
  }
  return found;
}
