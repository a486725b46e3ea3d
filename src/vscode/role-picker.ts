// A searchable quick pick over the role dataset: BLS titles, O*NET alternate titles and
// workspace aliases, searched as the author types ("product" finds "Product Manager").
import * as vscode from 'vscode';
import type { RoleIndex, RoleMatch } from '../core/dataset/index.js';
import { wageSummary } from '../core/dataset/describe.js';

export interface PickedRole {
  /** The name as the author picked it ("Product Manager"), used in the article. */
  role: string;
  match: RoleMatch;
}

interface RoleItem extends vscode.QuickPickItem {
  match: RoleMatch;
}

const LIMIT = 60;

function items(index: RoleIndex, query: string): RoleItem[] {
  const matches = query.trim() ? index.searchMatches(query, LIMIT) : [];
  return matches.map((match) => ({
    label: match.matched,
    description: `${match.occupation.title} · ${match.occupation.soc}`,
    detail: `${wageSummary(match.occupation)} · ${match.occupation.source} ${match.occupation.period}`,
    alwaysShow: true,
    match,
  }));
}

export function pickRole(index: RoleIndex, title: string, placeholder: string, initial = ''): Promise<PickedRole | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<RoleItem>();
    pick.title = title;
    pick.placeholder = placeholder;
    pick.matchOnDescription = true;
    pick.value = initial;
    pick.items = items(index, initial);
    let done = false;
    pick.onDidChangeValue((value) => (pick.items = items(index, value)));
    pick.onDidAccept(() => {
      const chosen = pick.selectedItems[0];
      if (!chosen) return;
      done = true;
      resolve({ role: chosen.match.matched, match: chosen.match });
      pick.hide();
    });
    pick.onDidHide(() => {
      if (!done) resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}
