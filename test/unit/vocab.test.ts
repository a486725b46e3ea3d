// `career-articles vocab export`: the dataset's job titles and the style's terms as each
// spell checker's vocabulary file, written only where the user names.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatVocabulary, vocabularyWords } from '../../src/core/vocab/export.js';
import { caseFolders, runCli, write } from '../fixtures/cli/harness.js';

const temp = caseFolders();
after(() => temp.remove());

test('words are the distinct lowercase words of titles and terms, sorted', () => {
  assert.deepEqual(vocabularyWords(['Registered Nurses', 'registered nurse', "Ear-Nose Techs' aide", 'A']), [
    'aide',
    'ear-nose',
    'nurse',
    'nurses',
    'registered',
    'techs',
  ]);
});

test('vale: one case-insensitive, regex-escaped entry a line', () => {
  assert.equal(formatVocabulary(['c++', 'nurse'], 'vale'), '(?i)c\\+\\+\n(?i)nurse\n');
});

describe('career-articles vocab export', () => {
  const setUp = () => {
    const dir = temp.next();
    write(dir, '.career-articles.json', JSON.stringify({ style: { terms: [{ use: 'phlebotomy tech', avoid: ['phleb'] }] } }));
    return dir;
  };

  test('--format vale writes an accept.txt with the dataset titles and the style terms', () => {
    const dir = setUp();
    const run = runCli(['vocab', 'export', '--format', 'vale', '-o', 'accept.txt'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const lines = readFileSync(join(dir, 'accept.txt'), 'utf8').trimEnd().split('\n');
    assert.ok(lines.every((l) => l.startsWith('(?i)')));
    for (const word of ['(?i)phlebotomists', '(?i)sonographers', '(?i)tech']) assert.ok(lines.includes(word), word);
  });

  test('--format cspell writes a cspell.json with the words', () => {
    const dir = setUp();
    const run = runCli(['vocab', 'export', '--format', 'cspell', '-o', 'cspell.json'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const config = JSON.parse(readFileSync(join(dir, 'cspell.json'), 'utf8')) as { version: string; words: string[] };
    assert.equal(config.version, '0.2');
    for (const word of ['phlebotomists', 'sonographers', 'tech']) assert.ok(config.words.includes(word), word);
  });

  test('--format harper prints a dictionary, one word a line', () => {
    const dir = setUp();
    const run = runCli(['vocab', 'export', '--format', 'harper'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    for (const word of ['phlebotomists', 'sonographers', 'tech']) assert.ok(lines.includes(word), word);
    assert.ok(lines.every((l) => /^[\p{L}'’-]+$/u.test(l)));
  });

  test('an unknown format or the config as output is one clear error', () => {
    const dir = setUp();
    const bad = runCli(['vocab', 'export', '--format', 'word'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unexpected --format 'word', expected one of vale, cspell, harper/);
    const config = runCli(['vocab', 'export', '--format', 'vale', '-o', '.career-articles.json'], { cwd: dir });
    assert.equal(config.code, 2);
    assert.match(config.stderr, /files this run reads/);
    assert.match(readFileSync(join(dir, '.career-articles.json'), 'utf8'), /phlebotomy tech/);
  });
});
