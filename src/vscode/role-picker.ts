// A searchable quick pick over the role dataset: BLS titles, O*NET alternate titles and
// workspace aliases, searched as the author types ("product" finds "Product Manager").
import * as vscode from 'vscode';
import { ROLES_REQUEST, type RoleHit, type RolesParams, type RolesResponse } from '../shared/lsp-protocol.js';
import type { ServerClient } from './server-client.js';

export interface PickedRole {
  /** The name as the author picked it ("Product Manager"), used in the article. */
  role: string;
  match: RoleHit;
}

interface RoleItem extends vscode.QuickPickItem {
  match: RoleHit;
}

const LIMIT = 60;

/** Role matches from the server's dataset (the workspace's, when its first folder names one). */
export function searchRoles(server: ServerClient, params: RolesParams): Promise<RolesResponse> {
  return server.request<RolesResponse>(ROLES_REQUEST, params);
}

async function items(server: ServerClient, query: string): Promise<RoleItem[]> {
  const matches = query.trim() ? await searchRoles(server, { query, limit: LIMIT }) : [];
  return matches.map((match) => ({
    label: match.matched,
    description: `${match.occupation.title} · ${match.occupation.soc}`,
    detail: `${match.summary} · ${match.citation}`,
    alwaysShow: true,
    match,
  }));
}

export function pickRole(server: ServerClient, title: string, placeholder: string, initial = ''): Promise<PickedRole | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<RoleItem>();
    pick.title = title;
    pick.placeholder = placeholder;
    pick.matchOnDescription = true;
    pick.value = initial;
    let done = false;
    // Answers can overtake each other: only the latest query's fills the list.
    let asked = 0;
    const fill = (value: string) => {
      const query = ++asked;
      pick.busy = true;
      void items(server, value).then(
        (found) => {
          if (query !== asked) return;
          pick.items = found;
          pick.busy = false;
        },
        () => (pick.busy = false),
      );
    };
    fill(initial);
    pick.onDidChangeValue(fill);
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
