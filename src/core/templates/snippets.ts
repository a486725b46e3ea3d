// The Markdown snippets, built from the same skeleton as the "New Comparison Article"
// command. scripts/schemas.ts writes them to snippets/markdown.code-snippets.
import { SECTION_KEYS, SECTION_LABELS } from '../model/sections.js';
import { articleSkeleton, type RoleText } from './article.js';
import { releaseCitation } from '../display/describe.js';
import type { Release } from '../dataset/types.js';

interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

/** Tab stop `n` as a role: the name flows, lower-cased and pluralised, into the prose. */
function roleStop(n: number, fallback: string, articleStop: number): RoleText {
  const plural = `\${${n}/(.*)/\${1:/downcase}s/}`;
  return {
    name: `\${${n}:${fallback}}`,
    singular: `\${${n}/(.*)/\${1:/downcase}/}`,
    firstPlural: plural,
    plural,
    article: `\${${articleStop}|a,an|}`,
  };
}

// `(?<!\n)`: trailing line breaks are matched from the first of them only (linear, not quadratic).
const lines = (text: string) => text.replace(/(?<!\n)\n+$/, '').split('\n');

/** `wages`: the release the salary snippet cites (the bundled data's current one). */
export function markdownSnippets(wages: Release): Record<string, Snippet> {
  const a = roleStop(1, 'Role A', 3);
  const b = roleStop(2, 'Role B', 4);
  const snippets: Record<string, Snippet> = {
    'Career comparison article': {
      prefix: 'career-article',
      description: 'A complete "A vs. B: What Are the Differences?" article: title, definitions and the five standard sections.',
      body: [...lines(articleSkeleton(a, b)), '$0'],
    },
    'Role definition': {
      prefix: 'career-definition',
      description: 'A "What is a/an <role>?" section.',
      body: ['## What is ${1|a,an|} ${2:Role}?', '', '$0'],
    },
    'Salary sentence': {
      prefix: 'career-salary-sentence',
      description: 'A salary comparison sentence with a figure for each role and its source.',
      body: [
        `\${1:Role A}s earn an average salary of \\$\${3:00,000} per year, while \${2:Role B}s earn an average salary of \\$\${4:00,000} per year, according to ${releaseCitation(wages)}.$0`,
      ],
    },
  };
  for (const key of SECTION_KEYS) {
    snippets[`${SECTION_LABELS[key]} section`] = {
      prefix: `career-${key}`,
      description: `The standard "${SECTION_LABELS[key]}" comparison section.`,
      body: [`### ${SECTION_LABELS[key]}`, '', '$0'],
    };
  }
  return snippets;
}
