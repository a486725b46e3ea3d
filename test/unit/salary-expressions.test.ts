import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findSalaryFigures, type SalaryFigure } from '../../src/core/claims/expressions.js';

type Expected = Partial<SalaryFigure>;

/** Compares only the fields a case names, so each row states what it is about. */
function check(text: string, expected: Expected[]): void {
  const figures = findSalaryFigures(text);
  const picked = figures.map((figure, i) =>
    Object.fromEntries(Object.keys(expected[i] ?? {}).map((key) => [key, figure[key as keyof SalaryFigure]])),
  );
  assert.deepEqual(picked, expected, `figures in ${JSON.stringify(text)}`);
  for (const figure of figures) assert.equal(figure.raw, text.slice(figure.start, figure.end));
}

describe('findSalaryFigures', () => {
  const single: Array<[string, string, number]> = [
    ['$98,439', '$98,439', 98439],
    ['$98K', '$98K', 98000],
    ['$98k', '$98k', 98000],
    ['$98.4k', '$98.4k', 98400],
    ['$1.2 million', '$1.2 million', 1200000],
    ['$1.2M', '$1.2M', 1200000],
    ['98,439 USD', '98,439 USD', 98439],
    ['USD 98,439', 'USD 98,439', 98439],
    ['US$98,439', 'US$98,439', 98439],
    ['$98,439.50', '$98,439.50', 98439.5],
  ];
  for (const [text, raw, annual] of single) {
    it(`reads ${JSON.stringify(text)} as ${annual} a year, period not stated`, () => {
      check(`They earn ${text}.`, [{ raw, annual, period: 'year', periodStated: false }]);
    });
  }

  const periods: Array<[string, SalaryFigure['period'], number]> = [
    ['$23.66 per hour', 'hour', 49212.8],
    ['$23.66 an hour', 'hour', 49212.8],
    ['$23.66 hourly', 'hour', 49212.8],
    ['$23.66/hour', 'hour', 49212.8],
    ['$23.66/hr', 'hour', 49212.8],
    ['$98,439 per year', 'year', 98439],
    ['$98,439 a year', 'year', 98439],
    ['$98,439 annually', 'year', 98439],
    ['$98,439 per annum', 'year', 98439],
    ['$98,439/yr', 'year', 98439],
    ['$98,439/year', 'year', 98439],
    ['$5,000 per month', 'month', 60000],
    ['$5,000 a month', 'month', 60000],
    ['$5,000 monthly', 'month', 60000],
    ['$1,000 per week', 'week', 52000],
    ['$1,000 a week', 'week', 52000],
    ['$1,000 weekly', 'week', 52000],
  ];
  for (const [text, period, annual] of periods) {
    it(`reads ${JSON.stringify(text)} as a stated ${period}ly figure of ${annual} a year`, () => {
      check(`They earn ${text}.`, [{ raw: text, period, periodStated: true, annual }]);
    });
  }

  const ranges: Array<[string, number, number]> = [
    ['between $130K and $165K', 130000, 165000],
    ['$130,000–$165,000', 130000, 165000],
    ['$130,000-$165,000', 130000, 165000],
    ['$130,000—$165,000', 130000, 165000],
    ['$130,000 - $165,000', 130000, 165000],
    ['$130k to $165k', 130000, 165000],
    ['$130k-$165k', 130000, 165000],
    ['from $130,000 to $165,000', 130000, 165000],
    ['$130,000–165,000', 130000, 165000],
    ['$130–165K', 130000, 165000],
    ['$60-$80 per hour', 124800, 166400],
    ['between $5,000 and $6,000 a month', 60000, 72000],
    ['$130k-$165k/yr', 130000, 165000],
  ];
  for (const [text, annualLow, annualHigh] of ranges) {
    it(`reads the range ${JSON.stringify(text)} as one figure from ${annualLow} to ${annualHigh}`, () => {
      check(`Salaries run ${text} in most states.`, [{ raw: text, annualLow, annualHigh, annual: undefined }]);
    });
  }

  const notSalaries = [
    'In 2024 the field grew.',
    'About 15% of them work remotely.',
    'There were 603,710 jobs.',
    '1. Product managers plan.\n2. Sales managers sell.',
    'From 2024–2025 hiring slowed.',
    'A$98,000 is Australian dollars.',
    'A malformed $1,2 amount.',
    '99999999999999999999',
  ];
  for (const text of notSalaries) {
    it(`finds no salary in ${JSON.stringify(text)}`, () => check(text, []));
  }

  it('gives offsets into the text it was given', () => {
    const text = 'Product managers earn $98,439 per year.';
    const [figure] = findSalaryFigures(text);
    assert.equal(figure?.start, text.indexOf('$'));
    assert.equal(figure?.end, text.indexOf('.'));
  });

  it('keeps two amounts joined by "and" apart unless "between" opens them', () => {
    check('They earn $98,439 and $160,930.', [{ raw: '$98,439' }, { raw: '$160,930' }]);
  });

  it('does not join a dollar amount to a following count of years', () => {
    check('Raises of $5 to 10 years of pay.', [{ raw: '$5' }]);
  });

  const statistics: Array<[string, SalaryFigure['statistic'][]]> = [
    ['Product managers earn an average salary of $98,439.', ['mean']],
    ['The mean wage is $98,439.', ['mean']],
    ['Product managers earn a median salary of $98,439.', ['median']],
    ['Product managers typically earn $98,439.', ['typical']],
    // The adjective names the middle worker, the median; the adverb only hedges.
    ['A typical salary is $98,439.', ['median']],
    ['Product managers earn $98,439.', ['unspecified']],
    ['This means $98,439 in pay.', ['unspecified']],
    ['The average is high. Sales managers earn $160,930.', ['unspecified']],
    // Parallel structure: the nearest statistic word in the sentence carries over.
    ['Product managers earn an average of $98,439, while sales managers earn $160,930.', ['mean', 'mean']],
    ['Product managers earn a median of $98,439, while the average for sales managers is $160,930.', ['median', 'mean']],
    ['Product Manager vs. Sales Manager: the median pay is $98,439.', ['median']],
  ];
  for (const [text, expected] of statistics) {
    it(`reads the statistic of ${JSON.stringify(text)} as ${expected.join(', ')}`, () => {
      check(
        text,
        expected.map((statistic) => ({ statistic })),
      );
    });
  }

  const introduced: Array<[string, Expected[]]> = [
    ['The median hourly wage is $23.66.', [{ period: 'hour', periodStated: true, annual: 49212.8 }]],
    ['The annual mean wage is $98,439.', [{ period: 'year', periodStated: true }]],
    ['An hourly wage of $23.66, or $49,210.', [{ period: 'hour' }, { period: 'year', periodStated: false }]],
    ['$23.66 per hour, or $49,210 per year.', [{ period: 'hour' }, { period: 'year', periodStated: true }]],
    ['They get monthly bonuses and earn $160,930.', [{ period: 'year', periodStated: false }]],
    ['The hourly wage is high. They earn $160,930.', [{ period: 'year', periodStated: false }]],
  ];
  for (const [text, expected] of introduced) {
    it(`reads the period of ${JSON.stringify(text)} from the phrase introducing the figure`, () => check(text, expected));
  }
});

describe('a statistic named after the figure', () => {
  it('reads "on average" after the figure and its period as the mean', () => {
    check('Paralegals bill clients and clear $29.40 an hour, on average.', [{ raw: '$29.40 an hour', statistic: 'mean' }]);
    check('Surveyors pocket $71,000 yearly on an average basis.', [{ statistic: 'mean' }]);
    check('Surveyors pocket $71,000 yearly; on balance, that is fair.', [{ statistic: 'unspecified' }]);
  });
});

describe('a statistic named right after the figure', () => {
  const statistic = (text: string) => findSalaryFigures(text).map((f) => [f.raw, f.statistic]);
  it('reads "at the median", a bare "median" or "average" and "on average" after the figure and its period', () => {
    assert.deepEqual(statistic('Welders bring home about $1,050 a week at the median.'), [['$1,050 a week', 'median']]);
    assert.deepEqual(statistic('Roofers make roughly $52,000 median, per the BLS.'), [['$52,000', 'median']]);
    assert.deepEqual(statistic('It pays a $61,000 average salary.'), [['$61,000', 'mean']]);
    assert.deepEqual(statistic('Welders earn $25 an hour, on average.'), [['$25 an hour', 'mean']]);
  });
  it('leaves a figure followed by other words unspecified', () => {
    assert.deepEqual(statistic('Welders earn $52,000 and medians vary by state.'), [['$52,000', 'unspecified']]);
  });
});
