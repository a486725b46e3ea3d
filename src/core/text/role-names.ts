// Compares role names as authors write them: case, punctuation, a leading article and
// a plural ending do not make a different role ("Sales Managers" = "a sales manager").
import { normalizeHeading } from '../model/sections.js';
import { roleWords } from './role-mentions.js';

function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('men')) return word.slice(0, -3) + 'man';
  if (/(ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export function roleKey(role: string): string {
  const words = normalizeHeading(roleWords(role).join(' ')).split(' ').filter(Boolean);
  const last = words.pop();
  return last === undefined ? '' : [...words, singular(last)].join(' ');
}

export function sameRole(a: string, b: string): boolean {
  return roleKey(a) === roleKey(b);
}
