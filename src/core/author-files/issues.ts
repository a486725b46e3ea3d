// Zod's issues, said the way an author fixing a dataset file needs to read them:
// "expected a number, got string", "missing required property `title`".
import type { z } from 'zod';
import { shorten } from '../text/shorten.js';
export type JsonPath = ReadonlyArray<string | number>;

export interface PathIssue {
  path: JsonPath;
  message: string;
}

const NAMES: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'a string',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
};

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isInteger(value)) return `${value}`;
  return typeof value;
}

function valueAt(data: unknown, path: JsonPath): unknown {
  let current = data;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

function bound(issue: { minimum?: unknown; maximum?: unknown; inclusive?: boolean }, small: boolean): string {
  const limit = String(small ? issue.minimum : issue.maximum);
  if (small) return issue.inclusive ? `>= ${limit}` : `> ${limit}`;
  return issue.inclusive ? `<= ${limit}` : `< ${limit}`;
}

/** Plain-words issues, each with the path of the value it is about. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], data: unknown): PathIssue[] {
  return issues.flatMap((issue): PathIssue[] => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const input = valueAt(data, path);
    switch (issue.code) {
      case 'invalid_type': {
        const last = path[path.length - 1];
        if (input === undefined && typeof last === 'string') {
          return [{ path, message: `missing required property \`${last}\`` }];
        }
        const expected = NAMES[issue.expected] ?? issue.expected;
        return [{ path, message: `expected ${expected}, got ${typeName(input)}` }];
      }
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({ path: [...path, key], message: `unknown property \`${key}\`` }));
      case 'invalid_value':
        return [
          {
            path,
            message: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(input)}`,
          },
        ];
      case 'too_small':
      case 'too_big': {
        const small = issue.code === 'too_small';
        if (issue.origin === 'string' && small) return [{ path, message: 'expected a non-empty string' }];
        const what = issue.origin === 'array' ? 'an array with length' : issue.origin === 'string' ? 'a string with length' : 'a number';
        return [{ path, message: `expected ${what} ${bound(issue, small)}, got ${JSON.stringify(input)}` }];
      }
      case 'invalid_format':
        if (issue.format === 'url') return [{ path, message: `expected an https: URL, got ${shorten(JSON.stringify(input))}` }];
        return [{ path, message: `${issue.message}, got ${JSON.stringify(input)}` }];
      default:
        return [{ path, message: issue.message }];
    }
  });
}
