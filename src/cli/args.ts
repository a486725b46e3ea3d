// node:util parseArgs with the CLI's error voice: a parse error becomes a one-line
// UsageError naming the option, plus a hint to the command's --help.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';
import { PROGRAM } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export function hintFor(command?: string): string {
  return `Run '${PROGRAM}${command ? ` ${command}` : ''} --help' for usage.`;
}

function firstSentence(message: string): string {
  const sentence = message.split(/\.\s/)[0]!.replace(/\.$/, '');
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

export function parseCommandArgs<O extends Options>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? firstSentence(error.message) : String(error);
    throw new UsageError(message, hintFor(command));
  }
}

export function parseChoice<T extends string>(
  name: string,
  value: string | undefined,
  choices: readonly T[],
  fallback: T,
  command: string,
): T {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`unexpected --${name} '${value}', expected one of ${choices.join(', ')}`, hintFor(command));
}

export function parseCount(name: string, value: string | undefined, command: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`unexpected --${name} '${value}', expected a whole number of 0 or more`, hintFor(command));
  return Number(value);
}
