// The claim engine's shortcuts must find what a full scan finds: a role form tried only where its
// anchor stands (claims/anchored.ts) and requirement verbs read only from a block's first level
// word on (claims/education-levels.ts firstLevelWord). Each is compared with the plain way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchoredMatches, type AnchoredPattern } from '../../src/core/claims/anchored.js';
import { firstLevelWord, levelOf } from '../../src/core/claims/education-levels.js';

const TEXTS = [
  'CRNAs and NAs earn more than most; a CRNA’s pay tops $200,000, NA pay does not. NANA is no one.',
  'HVAC techs, hvac mechanics and HVAC-R technicians: HVAC jobs grow. The hvac tech’s van.',
  'Licensed practical and licensed vocational nurses (LPNs) earn less than registered nurses.',
  'İstanbul aside, HVAC techs earn $50,000.',
  'HVAC and HVAC techs: hvac hvac tech.',
];

function plain(pattern: AnchoredPattern, text: string) {
  return [...text.matchAll(pattern.regex)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

test('a pattern tried only at its anchors finds what a scan of the whole text finds', () => {
  const patterns: AnchoredPattern[] = [
    // An initialism with up to two credential letters before it: matches start up to two characters before the anchor.
    { regex: /(?<![A-Za-z0-9])(?:[A-Z]{2,2})?NA(?:s['’]|['’]s|s)?(?![A-Za-z0-9])/g, anchors: ['NA'], cased: true, leading: 2 },
    { regex: /(?<![A-Za-z0-9])hvac\s+(?:techs?|mechanics?|technicians?)(?:['’]s?)?(?![A-Za-z0-9])/gi, anchors: ['hvac'], leading: 0 },
    {
      regex:
        /(?<![A-Za-z0-9])licensed\s+practical(?:,?\s+(?:and|or)\s+[A-Za-z-]{1,20}(?:\s+[A-Za-z-]{1,20}){0,2})?\s+nurses?(?![A-Za-z0-9])/gi,
      anchors: ['licensed'],
      leading: 0,
    },
    // A match holding later anchors: those are inside it, not matches of their own.
    { regex: /(?<![A-Za-z0-9])hvac(?:\s+(?:and\s+)?hvac)*\s+techs?(?![A-Za-z0-9])/gi, anchors: ['hvac'], leading: 0 },
    // Not leading: scanned whole, when an anchor is there.
    { regex: /(?<![A-Za-z0-9])registered\s+nurses(?![A-Za-z0-9])/gi, anchors: ['nurses'] },
  ];
  let compared = 0;
  for (const pattern of patterns) {
    for (const text of TEXTS) {
      const expected = plain(pattern, text);
      assert.deepEqual(anchoredMatches(pattern, text, text.toLowerCase()), expected, `${pattern.regex} on ${text}`);
      compared += expected.length;
    }
  }
  assert.ok(compared >= 8, `the texts hold matches to compare (${compared})`);
});

test('a level is never named before the first level word a block holds', () => {
  const phrases = [
    'a high school diploma or equivalent',
    'an HS diploma',
    'a GED',
    'a postsecondary nondegree award',
    'a vocational certificate',
    'a certificate',
    "an associate's degree",
    "a bachelor's degree",
    'a four-year degree',
    'a Bachelor of Science in Nursing',
    "a master's",
    'an MBA',
    'a Master of Public Health',
    'a doctoral or professional degree',
    'a doctorate',
    'a Ph.D.',
    'a professional degree',
    'a medical degree',
    'a law degree',
    'a Doctor of Physical Therapy (DPT) degree',
    'a Juris Doctor',
    'no formal educational credential',
    'some college, no degree',
    'an ADN',
    'a BSN',
    'an MSN',
    'a PharmD',
    'a DVM',
  ];
  for (const phrase of phrases) {
    const text = `Most entry-level workers need ${phrase} to start.`;
    const at = text.indexOf(phrase) + (/^an? /u.exec(phrase)?.[0].length ?? 0);
    assert.ok(levelOf(text.slice(at)), `levelOf reads "${phrase}"`);
    const first = firstLevelWord(text);
    assert.ok(first >= 0 && first <= at, `first level word of "${phrase}" at ${first}, level at ${at}`);
  }
  assert.equal(firstLevelWord('Most workers need patience, stamina and a driver’s license.'), -1);
  assert.equal(firstLevelWord('She managed the lab; he enjoyed medicine.'), -1);
});
