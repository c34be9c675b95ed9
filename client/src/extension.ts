import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { registerInsertCitation } from './insertCitation';
import { registerWordCommands } from './word';
import { PreviewApi, registerPreview } from './preview/preview';

let client: LanguageClient | undefined;

export interface BantinApi {
  /** The language client, once started. */
  readonly client: LanguageClient | undefined;
  /** The open "Chèn trích dẫn…" picker, if any (for the editor tests). */
  readonly citationPicker?: vscode.QuickPick<vscode.QuickPickItem>;
  readonly onDidUpdateCitationPicker?: vscode.Event<vscode.QuickPick<vscode.QuickPickItem>>;
  /** The bulletin preview (for the editor tests). */
  readonly preview?: PreviewApi;
}

/** Starts the language server for bulletins; registers the commands. Nothing heavy happens here. */
export async function activate(context: vscode.ExtensionContext): Promise<BantinApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    synchronize: { configurationSection: 'bantin' },
    initializationOptions: { settings: vscode.workspace.getConfiguration('bantin') },
  };
  client = new LanguageClient('bantin', 'Bản tin', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('bantin.restartServer', async () => {
      if (client?.isRunning()) await client.restart();
      else await client?.start();
    }),
    vscode.commands.registerCommand('bantin.showOutput', () => client?.outputChannel.show(true)),
    vscode.commands.registerCommand('bantin.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      await vscode.commands.executeCommand('editor.action.sourceAction', { kind: 'source.fixAll.bantin', apply: 'first' });
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // The document selector is fixed when the client starts: restart it when the files to check change.
      if (e.affectsConfiguration('bantin.checkPlainTextAndMarkdown') && client) {
        client.clientOptions.documentSelector = documentSelector();
        if (client.isRunning()) await client.restart();
        else if (vscode.workspace.textDocuments.some(wants)) await start();
      }
    }),
  );

  // Start the server when there is something to check: a bulletin, or (if asked) plain text and Markdown.
  const start = async () => {
    if (client && !client.isRunning() && !starting) {
      starting = client.start().catch((error: unknown) => {
        // Keep the extension alive (commands, output channel) and say what went wrong.
        const message = error instanceof Error ? error.message : String(error);
        client?.outputChannel.appendLine(`Không khởi động được máy chủ ngôn ngữ / could not start the language server: ${message}`);
        void vscode.window.showErrorMessage(`Bản tin: không khởi động được máy chủ ngôn ngữ (${message}).`, 'Xem nhật ký').then((choice) => {
          if (choice) client?.outputChannel.show(true);
        });
        throw error;
      }).finally(() => (starting = undefined));
    }
    await starting;
  };
  let starting: Promise<void> | undefined;
  registerWordCommands(context, async () => (await start().catch(() => undefined), client?.isRunning() ? client : undefined));
  const wants = (doc: vscode.TextDocument) =>
    doc.languageId === 'bulletin' ||
    (vscode.workspace.getConfiguration('bantin').get<boolean>('checkPlainTextAndMarkdown') && (doc.languageId === 'plaintext' || doc.languageId === 'markdown'));
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument((doc) => (wants(doc) ? start().catch(() => undefined) : undefined)));
  if (vscode.workspace.textDocuments.some(wants)) await start().catch(() => undefined);
  const insertCitation = registerInsertCitation(context, () => client, () => start().catch(() => undefined));
  const preview = registerPreview(context);
  return {
    get client() {
      return client;
    },
    get citationPicker() {
      return insertCitation.picker;
    },
    onDidUpdateCitationPicker: insertCitation.onDidUpdatePicker,
    preview,
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function documentSelector(): LanguageClientOptions['documentSelector'] {
  const languages = ['bulletin'];
  if (vscode.workspace.getConfiguration('bantin').get<boolean>('checkPlainTextAndMarkdown')) languages.push('plaintext', 'markdown');
  return languages.flatMap((language) => [
    { language, scheme: 'file' },
    { language, scheme: 'untitled' },
    { language, scheme: 'vscode-remote' },
  ]);
}
