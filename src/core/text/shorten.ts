// How long a value quoted in a message may be: rule messages (rule.ts) and the words a file's
// schema problems are said in (author-files/issues.ts) cut values the same way.

/** A value longer than this is shortened in messages: a message names a value, it does not repeat a page. */
export const MAX_VALUE_LENGTH = 120;

export function shorten(text: string, max = MAX_VALUE_LENGTH): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
