// The offset edits that turn one text into another, word by word (the `diff` package), for hosts
// that apply a multi-pass result as edits to the original document: a refactor preview then
// shows each changed figure, not one replacement of the whole file. Changes separated only by
// a little punctuation ("171" "," "520") are joined, so a figure is one edit.
import { diffWordsWithSpace } from 'diff';
import type { Fix } from './types.js';

export function editsBetween(before: string, after: string): Fix[] {
  if (before === after) return [];
  const raw: Fix[] = [];
  let offset = 0;
  for (const part of diffWordsWithSpace(before, after)) {
    const last = raw.at(-1);
    const touching = last !== undefined && last.range[1] === offset;
    if (part.added) {
      if (touching) last.text += part.value;
      else raw.push({ range: [offset, offset], text: part.value });
    } else if (part.removed) {
      const end = offset + part.value.length;
      if (touching) last.range[1] = end;
      else raw.push({ range: [offset, end], text: '' });
      offset = end;
    } else {
      offset += part.value.length;
    }
  }
  const joined: Fix[] = [];
  for (const edit of raw) {
    const last = joined.at(-1);
    const gap = last && before.slice(last.range[1], edit.range[0]);
    if (last && gap !== undefined && gap.length <= 3 && !/\s/.test(gap)) {
      joined[joined.length - 1] = { range: [last.range[0], edit.range[1]], text: last.text + gap + edit.text };
    } else {
      joined.push({ range: [...edit.range], text: edit.text });
    }
  }
  return joined;
}
