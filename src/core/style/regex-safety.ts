// A pattern from a style file runs on every article in the editor: one that can backtrack
// catastrophically would freeze it. This is the star-height check (after safe-regex): a
// repeated group that itself holds a repetition or an alternation, `(a+)+` or `(a|aa)*`, is
// refused before use. It is conservative (some safe patterns are refused too); the time
// budget per document (style-pattern) covers what slips past.

/** Why the pattern is unsafe, or undefined when it passes. */
export function unsafePattern(source: string): string | undefined {
  if (/\\[1-9]|\\k</.test(source)) return 'back-references are not allowed';
  // Per open group: whether it holds a repetition or an alternation.
  const stack: { risky: boolean }[] = [{ risky: false }];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') stack.push({ risky: false });
    else if (c === '|') stack[stack.length - 1]!.risky = true;
    else if (c === ')') {
      const group = stack.pop();
      if (!group || stack.length === 0) return 'unbalanced parentheses';
      const repeated = repeatsAt(source, i + 1);
      if (repeated && group.risky) return 'a repeated group holds a repetition or an alternation (nested quantifiers)';
      if (group.risky || repeated) stack[stack.length - 1]!.risky = true;
    } else if (repeatsAt(source, i)) stack[stack.length - 1]!.risky = true;
  }
  return undefined;
}

/** True when a quantifier that repeats more than once starts at `i`. */
function repeatsAt(source: string, i: number): boolean {
  const c = source[i];
  if (c === '*' || c === '+') return true;
  if (c !== '{') return false;
  const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 24));
  return m !== null && (m[2] !== undefined ? m[3] === '' || Number(m[3]) > 1 : Number(m[1]) > 1);
}
