import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** What the server's `bantin/catalogSearch` answers (server/src/lsp/knownDocuments.ts). */
interface CatalogSearchItem {
  symbol: string;
  detail: string;
  title: string;
  citation: string;
}

interface CitationPick extends vscode.QuickPickItem {
  citation: string;
}

/**
 * "Chèn trích dẫn…": a QuickPick over the merged catalog. The server searches (without diacritics, ranked like
 * completion) and the items are always shown, so that VS Code's own filter, which matches diacritics exactly, does
 * not hide "Nghị quyết … kinh tế tư nhân" from "kinh te tu nhan". The chosen citation replaces the selection.
 */
export function registerInsertCitation(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, start: () => Promise<void>): {
  readonly picker: vscode.QuickPick<CitationPick> | undefined;
  /** Fires when the picker shows new search results (the editor tests wait on it). */
  readonly onDidUpdatePicker: vscode.Event<vscode.QuickPick<CitationPick>>;
} {
  let current: vscode.QuickPick<CitationPick> | undefined;
  const updated = new vscode.EventEmitter<vscode.QuickPick<CitationPick>>();
  context.subscriptions.push(
    updated,
    vscode.commands.registerCommand('bantin.insertCitation', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      await start();
      const c = client();
      if (!c?.isRunning()) return;
      const picker = vscode.window.createQuickPick<CitationPick>();
      current = picker;
      picker.placeholder = 'Tìm văn bản: số hiệu (57-NQ) hoặc trích yếu, có dấu hay không dấu';
      picker.matchOnDescription = true;
      picker.matchOnDetail = true;
      let asked = 0;
      const search = async (query: string) => {
        const ticket = ++asked;
        picker.busy = true;
        try {
          const found = await c.sendRequest<CatalogSearchItem[]>('bantin/catalogSearch', { query, uri: editor.document.uri.toString(), limit: 200 });
          if (ticket !== asked) return;
          picker.items = found.map((f) => ({ label: f.symbol, description: f.detail, detail: f.citation, citation: f.citation, alwaysShow: true }));
          updated.fire(picker);
        } finally {
          if (ticket === asked) picker.busy = false;
        }
      };
      const chosen = new Promise<CitationPick | undefined>((resolve) => {
        picker.onDidAccept(() => {
          resolve(picker.selectedItems[0] ?? picker.activeItems[0]);
          picker.hide();
        });
        picker.onDidHide(() => resolve(undefined));
      });
      picker.onDidChangeValue((value) => void search(value));
      picker.show();
      await search('');
      const pick = await chosen;
      picker.dispose();
      if (current === picker) current = undefined;
      if (!pick) return;
      await editor.edit((edit) => {
        for (const selection of editor.selections) edit.replace(selection, pick.citation);
      });
    }),
  );
  return {
    get picker() {
      return current;
    },
    onDidUpdatePicker: updated.event,
  };
}
