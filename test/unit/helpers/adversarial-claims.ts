// Text built to make a backtracking or quadratic claim scanner stall, sized in characters.
// The unit suite checks that each finishes (salary-expressions-performance.test.ts); the bench
// measures how the time grows with the size (bench/adversarial.ts, "claim scanning").
export const ADVERSARIAL_CLAIM_TEXT: ReadonlyArray<readonly [string, (size: number) => string]> = [
  ['a dollar sign before endless comma groups', (n) => '$' + '1,'.repeat(n / 2)],
  ['one endless number', (n) => '9'.repeat(n)],
  ['endless "per"', (n) => ' per'.repeat(n / 4)],
  ['a sentence of thousands of figures', (n) => '$1 '.repeat(n / 3)],
  ['thousands of dashes between amounts', (n) => '$1-'.repeat(n / 3)],
  ['endless "between ... and"', (n) => 'between $1 and '.repeat(n / 15)],
  ['endless statistic words before a wage phrase', (n) => 'hourly ' + 'mean '.repeat(n / 5)],
  ['endless periods', (n) => '. '.repeat(n / 2)],
  ['endless blank lines with spaces', (n) => '\n  '.repeat(n / 3)],
  [
    'a realistic article repeated',
    (n) => 'Product managers earn a median of $98,439 per year, while sales managers earn $160,930. '.repeat(n / 90),
  ],
  ['roles named over and over before one figure', (n) => 'sales managers '.repeat(n / 15) + '$1'],
  // One sentence whose role is named once, at its start: every figure's clause runs back to it.
  ['one role, then a run-on sentence of figures', (n) => 'Product managers and sales managers earn ' + '$50,000, '.repeat(n / 9)],
  ['one role, then figures in asides', (n) => 'Product managers earn ' + '$50,000 (about) - '.repeat(n / 18)],
];

export const ADVERSARIAL_ROLES = ['Product Manager', 'Sales Manager'];
