// How the preview words a count of findings, saying whose they are: the article's total in the
// header, the title's own, a row's. "5 findings" over "no findings" read as a contradiction
// when the second was only the title's.
export type FindingsScope = 'article' | 'title' | 'section' | 'definitions';

const WHERE: Record<FindingsScope, string> = {
  article: 'in the article',
  title: 'on the title',
  section: 'in this section',
  definitions: 'in the definitions',
};

/** "5 findings in the article", "no findings on the title"; without the number ("findings in this section") beside a badge that shows it. */
export function findingsLabel(count: number, scope: FindingsScope, withNumber = true): string {
  const noun = count === 1 ? 'finding' : 'findings';
  const lead = count === 0 ? 'no ' : withNumber ? `${count.toLocaleString('en-US')} ` : '';
  return `${lead}${noun} ${WHERE[scope]}`;
}
