// The hover answers of one document, as plain data (hover.ts builds them, title-hover.ts adds to them).

/** [start, end) offsets and the Markdown shown there; `card` indexes HoverTable.cards. */
export interface HoverSpan {
  start: number;
  end: number;
  card: number;
}

export interface HoverTable {
  cards: string[];
  spans: HoverSpan[];
}
