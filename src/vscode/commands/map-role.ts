// The quick fix on `salary-unknown-role`: "Map `Growth Hacker` to an occupation…". The server's
// code action carries the role and its nearest occupations; this command shows them in a quick
// pick that searches the whole dataset as the author types, asks the server for the nearest
// config's new text (core/config/edit.ts, as `roles --map` writes it), writes it, and tells the
// server at once, so the article is re-linted with the mapping without waiting for a watcher.
import * as vscode from 'vscode';
import * as S from '../../shared/site-protocol.js';
import type { ServerClient } from '../server-client.js';
import { searchRoles } from '../role-picker.js';

interface OccupationItem extends vscode.QuickPickItem {
  soc: string;
}

const shown = new vscode.EventEmitter<vscode.QuickPick<vscode.QuickPickItem>>();
/** Fires when the occupation picker is shown (the tests accept an item through it). */
export const onDidShowOccupationPicker = shown.event;

function pickOccupation(server: ServerClient, role: string, nearest: S.MapRoleArguments['nearest']): Promise<string | undefined> {
  const nearestItems: OccupationItem[] = nearest.map((o) => ({
    label: o.title,
    description: o.soc,
    detail: 'nearest occupation',
    soc: o.soc,
  }));
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<OccupationItem>();
    pick.title = `Map “${role}” to an occupation`;
    pick.placeholder = 'Search occupations by title or SOC code';
    pick.matchOnDescription = true;
    pick.items = nearestItems;
    let asked = 0;
    let accepted: string | undefined;
    pick.onDidChangeValue((value) => {
      const query = ++asked;
      if (!value.trim()) {
        pick.items = nearestItems;
        return;
      }
      pick.busy = true;
      void searchRoles(server, { query: value, limit: 60 }).then(
        (matches) => {
          if (query !== asked) return;
          const seen = new Set<string>();
          pick.items = matches.flatMap((m) =>
            seen.has(m.occupation.soc)
              ? []
              : (seen.add(m.occupation.soc),
                [
                  {
                    label: m.occupation.title,
                    description: m.occupation.soc,
                    detail: `matched “${m.matched}”`,
                    alwaysShow: true,
                    soc: m.occupation.soc,
                  },
                ]),
          );
          pick.busy = false;
        },
        () => (pick.busy = false),
      );
    });
    pick.onDidAccept(() => {
      accepted = pick.selectedItems[0]?.soc ?? pick.activeItems[0]?.soc;
      if (accepted !== undefined) pick.hide();
    });
    pick.onDidHide(() => {
      resolve(accepted);
      pick.dispose();
    });
    pick.show();
    shown.fire(pick);
  });
}

export interface MapRoleOutcome {
  soc: string;
  config: vscode.Uri;
}

/** Picks an occupation for the role and writes the mapping; undefined when the author cancels or it fails (said). */
export async function mapRole(server: ServerClient, args: S.MapRoleArguments): Promise<MapRoleOutcome | undefined> {
  const soc = await pickOccupation(server, args.role, args.nearest);
  if (soc === undefined) return undefined;
  const uri = vscode.Uri.parse(args.uri);
  const root = vscode.workspace.getWorkspaceFolder(uri)?.uri.toString();
  const edit = await server.request<S.MapRoleResponse>(S.MAP_ROLE_REQUEST, {
    uri: args.uri,
    role: args.role,
    soc,
    ...(root && { root }),
  } satisfies S.MapRoleParams);
  if (!edit.ok) {
    void vscode.window.showErrorMessage(`Career Articles: ${edit.message}`);
    return undefined;
  }
  const config = vscode.Uri.parse(edit.uri);
  await vscode.workspace.fs.writeFile(config, new TextEncoder().encode(edit.text));
  // The watcher would tell the server too, later: the article should show the mapping now.
  await server.notifyFileChanged(config, edit.created);
  void vscode.window.showInformationMessage(
    `Career Articles: mapped “${args.role}” to ${edit.title} (${edit.soc}) in ${vscode.workspace.asRelativePath(config, false)}.`,
  );
  return { soc: edit.soc, config };
}
