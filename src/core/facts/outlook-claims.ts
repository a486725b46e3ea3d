// Job outlook statements: "employment of nurse practitioners is projected to grow 40% from
// 2024 to 2034", "expected to grow 5 percent over the next decade", "projected to decline".
// Only what can be compared with a number is read: a direction, a percent, a period. BLS's
// wording bands ("much faster than average") are not read (see docs/rules/outlook-mismatch.md).
import type { Article } from '../model/article.js';
import { attributeSpans, proseBlocks } from './blocks.js';

export interface OutlookClaim {
  role: string | undefined;
  start: number;
  end: number;
  raw: string;
  direction: 1 | -1;
  /** Percent as written, signed by the direction; undefined for "projected to decline". */
  percent: number | undefined;
  /** The projection period as written ("2022 to 2032"), when stated. */
  from: number | undefined;
  to: number | undefined;
}

const CLAIM =
  /(?<![\p{L}\p{N}])(?:(?:is|are)\s{1,3}(?:projected|expected|forecast|predicted)\s{1,3}to|will)\s{1,3}(?<verb>grow|increase|rise|expand|decline|decrease|fall|shrink)(?:\s{1,3}(?:by\s{1,3})?(?:about\s{1,3}|around\s{1,3}|roughly\s{1,3}|nearly\s{1,3}|approximately\s{1,3})?(?<percent>\d{1,3}(?:\.\d{1,2})?)\s?(?:%|percent))?(?:\s{1,3}(?:from\s{1,3}(?<from>(?:19|20)\d\d)\s{1,3}(?:to|through|until)\s{1,3}(?<to>(?:19|20)\d\d)|between\s{1,3}(?<from2>(?:19|20)\d\d)\s{1,3}and\s{1,3}(?<to2>(?:19|20)\d\d)|over\s{1,3}the\s{1,3}next\s{1,3}(?:decade|ten\s{1,3}years|10\s{1,3}years)))?/giu;
const DOWN = new Set(['decline', 'decrease', 'fall', 'shrink']);

export function outlookClaims(article: Article): OutlookClaim[] {
  const roles = article.roles ?? [];
  return proseBlocks(article).flatMap((block) => {
    const found = [...block.text.matchAll(CLAIM)].map((m) => {
      const g = m.groups!;
      const direction: 1 | -1 = DOWN.has(g.verb!.toLowerCase()) ? -1 : 1;
      const from = g.from ?? g.from2;
      const to = g.to ?? g.to2;
      return {
        start: m.index,
        end: m.index + m[0].length,
        raw: m[0],
        direction,
        percent: g.percent === undefined ? undefined : direction * Number(g.percent),
        from: from === undefined ? undefined : Number(from),
        to: to === undefined ? undefined : Number(to),
      };
    });
    const owners = attributeSpans(block.text, found, roles);
    return found.map((claim, i) => ({
      ...claim,
      role: (() => {
        const owner = owners[i];
        return owner === undefined ? undefined : roles[owner];
      })(),
      start: block.start + claim.start,
      end: block.start + claim.end,
    }));
  });
}
