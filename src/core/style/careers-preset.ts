// The bundled `careers` preset (off until `"style": { "presets": ["careers"] }`): the wording
// problems careers articles share. Gender-neutral titles (what Joblint checked, before it was
// archived), the genre's redundancies, and superlatives an article cannot back with data. Job
// titles capitalised in running text are checked by rule style-job-title-case, which the preset
// switches on (it reads the dataset's titles, not a term list).
import type { StyleFile } from './schema.js';

const neutral = (avoid: string[], use: string) => ({
  id: `careers/${avoid[0]!.toLowerCase().replace(/\W+/g, '-')}`,
  use,
  avoid,
  message: 'prefer the gender-neutral job title',
});

export const CAREERS_PRESET: StyleFile = {
  terms: [
    {
      ...neutral(['salesman', 'saleswoman'], 'salesperson'),
      examples: { flag: ['Every salesman earns commission.'], pass: ['Every salesperson earns commission.'] },
    },
    neutral(['salesmen', 'saleswomen'], 'salespeople'),
    neutral(['chairman', 'chairwoman'], 'chair'),
    neutral(['businessman', 'businesswoman'], 'businessperson'),
    neutral(['businessmen', 'businesswomen'], 'businesspeople'),
    neutral(['fireman'], 'firefighter'),
    neutral(['firemen'], 'firefighters'),
    neutral(['policeman', 'policewoman'], 'police officer'),
    neutral(['policemen', 'policewomen'], 'police officers'),
    neutral(['mailman', 'postman'], 'mail carrier'),
    neutral(['mailmen', 'postmen'], 'mail carriers'),
    neutral(['foreman'], 'supervisor'),
    neutral(['foremen'], 'supervisors'),
    neutral(['repairman'], 'repairer'),
    neutral(['repairmen'], 'repairers'),
    neutral(['cameraman'], 'camera operator'),
    neutral(['cameramen'], 'camera operators'),
    neutral(['stewardess', 'steward'], 'flight attendant'),
    neutral(['waitress'], 'server'),
    neutral(['cleaning lady'], 'cleaner'),
    neutral(['craftsman'], 'craftsperson'),
    neutral(['craftsmen'], 'craftspeople'),
    neutral(['spokesman', 'spokeswoman'], 'spokesperson'),
    neutral(['anchorman'], 'anchor'),
    neutral(['middleman'], 'intermediary'),
    neutral(['manpower'], 'workforce'),
    {
      id: 'careers/duties-and-responsibilities',
      use: 'duties',
      avoid: ['job duties and responsibilities', 'duties and responsibilities'],
      message: 'duties and responsibilities say the same thing',
      examples: { flag: ['Their job duties and responsibilities differ.'], pass: ['Their duties differ.'] },
    },
    {
      id: 'careers/past-experience',
      use: 'experience',
      avoid: ['past experience', 'prior experience'],
      message: 'experience is always past',
    },
    { id: 'careers/end-result', use: 'result', avoid: ['end result', 'final result'], message: 'a result is the end' },
    { id: 'careers/future-plans', use: 'plans', avoid: ['future plans'], message: 'plans are about the future' },
    { id: 'careers/each-and-every', use: 'every', avoid: ['each and every'], message: 'say it once' },
  ],
  patterns: [
    {
      id: 'careers/unsupported-superlative',
      pattern: '\\b(?:the )?(?:best|highest|most) ?-?(?:paying|paid|lucrative|rewarding) (?:job|career|role|profession|occupation)s?\\b',
      flags: 'i',
      message: 'Unsupported superlative: name the data (BLS median, year) or say "among the"',
      examples: { flag: ['It is the best-paying job in health care.'], pass: ['It is among the higher-paying jobs in health care.'] },
    },
    {
      id: 'careers/guaranteed',
      pattern: '\\bguarantee(?:d|s)?\\b',
      flags: 'i',
      message: 'Unsupported promise: no career guarantees pay, a job or growth',
      examples: { flag: ['A guaranteed job after graduation.'], pass: ['Most graduates find a job within a year.'] },
    },
  ],
  acronyms: [],
};
