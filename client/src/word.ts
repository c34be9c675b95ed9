import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';

/**
 * "Nhập từ Word" and "Xuất ra Word": the client picks the files and moves bytes; the server converts
 * (`bantin/importDocx`, `bantin/exportDocx`). Both commands take an optional Uri instead of asking (tests, scripts).
 */
export function registerWordCommands(context: vscode.ExtensionContext, ready: () => Promise<LanguageClient | undefined>): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('bantin.importDocx', async (source?: vscode.Uri) => {
      source ??= await pickWordFile();
      if (!source) return undefined;
      const client = await ready();
      if (!client) return undefined;
      const data = Buffer.from(await vscode.workspace.fs.readFile(source)).toString('base64');
      try {
        const { text } = await client.sendRequest<{ text: string }>('bantin/importDocx', { data });
        const document = await vscode.workspace.openTextDocument({ language: 'bulletin', content: text });
        await vscode.window.showTextDocument(document);
        return document;
      } catch (error) {
        void vscode.window.showErrorMessage(`Bản tin: ${source.path.split('/').pop()}: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
    }),
    vscode.commands.registerCommand('bantin.exportDocx', async (target?: vscode.Uri) => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showWarningMessage('Bản tin: hãy mở một bản tin để xuất ra Word.');
        return undefined;
      }
      const defaultUri = document.uri.scheme === 'file' ? document.uri.with({ path: document.uri.path.replace(/(\.[^./]*)?$/, '.docx') }) : undefined;
      target ??= await pickTarget(defaultUri);
      if (!target) return undefined;
      const client = await ready();
      if (!client) return undefined;
      const { data } = await client.sendRequest<{ data: string }>('bantin/exportDocx', { text: document.getText(), declaredBulletin: document.languageId === 'bulletin' });
      await vscode.workspace.fs.writeFile(target, Buffer.from(data, 'base64'));
      return target;
    }),
  );
}

const BROWSE = 'Chọn tệp khác… / Browse…';

/** The .docx files of the workspace in a quick pick, and "Browse…" for the open dialog. */
async function pickWordFile(): Promise<vscode.Uri | undefined> {
  const found = await vscode.workspace.findFiles('**/*.docx', '**/node_modules/**', 200);
  const items = [...found.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri })), { label: BROWSE, uri: undefined }];
  const picked = await vscode.window.showQuickPick(items, { title: 'Nhập bản tin từ Word (.docx)', placeHolder: 'Chọn tệp .docx' });
  if (!picked) return undefined;
  return picked.uri ?? (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Word (.docx)': ['docx'] }, title: 'Nhập bản tin từ Word' }))?.[0];
}

/** Save next to the bulletin (when it is a file), or "Browse…" for the save dialog. */
async function pickTarget(defaultUri: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  const items = [...(defaultUri ? [{ label: vscode.workspace.asRelativePath(defaultUri), uri: defaultUri as vscode.Uri | undefined }] : []), { label: BROWSE, uri: undefined }];
  const picked = await vscode.window.showQuickPick(items, { title: 'Xuất bản tin ra Word (.docx)', placeHolder: 'Lưu thành' });
  if (!picked) return undefined;
  return picked.uri ?? (await vscode.window.showSaveDialog({ defaultUri, filters: { 'Word (.docx)': ['docx'] }, title: 'Xuất bản tin ra Word' }));
}
