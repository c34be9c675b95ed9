import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseBulletin } from '../../../server/src/language/parse/parse';
import type { BulletinModel } from '../../../server/src/language/parse/model';
import { renderBulletin, RenderMark } from '../../../server/src/language/render';

export const PREVIEW_VIEW_TYPE = 'bantin.preview';
/** At most one rendering per this many ms while typing: the last keystroke shows within THROTTLE_MS + the render time (see `npm run bench`, group preview). */
const THROTTLE_MS = 60;
/** After the preview moves the editor (or the editor the preview), the echo from the other side is ignored this long. */
const ECHO_MS = 300;

export interface PreviewRendered {
  uri: string;
  version: number;
  /** The HTML body that was sent to the webview. */
  html: string;
  /** Blocks the webview reports it shows. */
  blocks: number;
}

export interface PreviewApi {
  /** The resources shown in open previews. */
  readonly previews: readonly string[];
  /** Fires when a preview has put a new rendering on screen. */
  readonly onDidRender: vscode.Event<PreviewRendered>;
  /** Fires when the preview moved the editor (scroll sync or double click): the line revealed. */
  readonly onDidRevealLine: vscode.Event<{ uri: string; line: number }>;
  /** Asks the preview of uri to scroll to line as if the user did (for the editor tests). */
  simulateUserScroll(uri: vscode.Uri, line: number): Thenable<boolean>;
  /** Dispatches a double click on the block of line in the preview of uri, as the user's would (for the editor tests). */
  simulateDoubleClick(uri: vscode.Uri, line: number): Thenable<boolean>;
  /** The computed value of a CSS property of the first element matching selector in the preview of uri (for the editor tests). */
  computedStyle(uri: vscode.Uri, selector: string, property: string): Promise<string | undefined>;
  /** Revives a preview in panel from the state its webview saved, as VS Code does after a reload (the serializer). */
  deserialize(panel: vscode.WebviewPanel, state: unknown): Thenable<void>;
}

class Preview {
  private model: BulletinModel | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private version = 0;
  private ready = false;
  editorMovedAt = 0;
  previewMovedAt = 0;
  readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    public uri: vscode.Uri,
    private readonly manager: PreviewManager,
  ) {
    panel.webview.options = manager.webviewOptions(uri);
    panel.webview.html = manager.shell(panel.webview, uri);
    this.disposables.push(
      panel.webview.onDidReceiveMessage((msg) => this.onMessage(msg)),
      panel.onDidDispose(() => manager.forget(this)),
    );
  }

  /** Renders at most once per THROTTLE_MS while the user types. */
  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.render();
    }, THROTTLE_MS);
  }

  async render(line?: number): Promise<void> {
    if (!this.ready) return;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.uri.toString()) ?? (await vscode.workspace.openTextDocument(this.uri));
    this.model = parseBulletin(doc.getText(), { version: doc.version, declaredBulletin: doc.languageId === 'bulletin', previous: this.model });
    const html = renderBulletin(this.model, { marks: marksOf(doc) });
    this.panel.title = `Xem trước: ${path.basename(this.uri.fsPath || this.uri.path)}`;
    const version = ++this.version;
    this.lastHtml.set(version, html);
    await this.panel.webview.postMessage({ type: 'render', html, version, uri: this.uri.toString(), line });
  }

  private readonly lastHtml = new Map<number, string>();

  private readonly styleQueries = new Map<number, (value: string | undefined) => void>();
  private styleQueryId = 0;

  computedStyle(selector: string, property: string): Promise<string | undefined> {
    const id = ++this.styleQueryId;
    return new Promise((resolve) => {
      this.styleQueries.set(id, resolve);
      void this.panel.webview.postMessage({ type: 'computedStyle', id, selector, property }).then((delivered) => {
        if (!delivered) this.answerStyle(id, undefined);
      });
    });
  }

  private answerStyle(id: number, value: string | undefined): void {
    this.styleQueries.get(id)?.(value);
    this.styleQueries.delete(id);
  }

  private onMessage(msg: { type?: string; line?: number; version?: number; blocks?: number; id?: number; value?: string | null }): void {
    if (msg.type === 'computedStyle' && typeof msg.id === 'number') {
      this.answerStyle(msg.id, typeof msg.value === 'string' ? msg.value : undefined);
    } else if (msg.type === 'ready') {
      this.ready = true;
      const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString());
      void this.render(editor?.visibleRanges[0]?.start.line);
    } else if (msg.type === 'rendered' && typeof msg.version === 'number') {
      const html = this.lastHtml.get(msg.version) ?? '';
      for (const v of [...this.lastHtml.keys()]) if (v <= msg.version) this.lastHtml.delete(v);
      this.manager.rendered.fire({ uri: this.uri.toString(), version: msg.version, html, blocks: msg.blocks ?? 0 });
    } else if (msg.type === 'revealLine' && typeof msg.line === 'number') {
      if (Date.now() - this.editorMovedAt < ECHO_MS) return;
      const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString());
      if (!editor) return;
      this.previewMovedAt = Date.now();
      const line = Math.min(msg.line, editor.document.lineCount - 1);
      editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
      this.manager.revealed.fire({ uri: this.uri.toString(), line });
    } else if (msg.type === 'openLine' && typeof msg.line === 'number') {
      void this.openLine(msg.line);
    }
  }

  private async openLine(line: number): Promise<void> {
    const doc = await vscode.workspace.openTextDocument(this.uri);
    const existing = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri.toString());
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: existing?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
    const at = new vscode.Position(Math.min(line, doc.lineCount - 1), 0);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    this.manager.revealed.fire({ uri: this.uri.toString(), line: at.line });
  }

  scrollTo(line: number): void {
    if (Date.now() - this.previewMovedAt < ECHO_MS) return;
    this.editorMovedAt = Date.now();
    void this.panel.webview.postMessage({ type: 'scrollTo', line });
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const id of [...this.styleQueries.keys()]) this.answerStyle(id, undefined);
    for (const d of this.disposables) d.dispose();
  }
}

/** Diagnostics of the language server for doc, as renderer marks (a finding over several lines marks its first). */
function marksOf(doc: vscode.TextDocument): RenderMark[] {
  const severities = ['error', 'warning', 'information', 'hint'] as const;
  return vscode.languages
    .getDiagnostics(doc.uri)
    .filter((d) => d.source === 'bantin')
    .map((d) => {
      const line = d.range.start.line;
      const end = d.range.end.line === line ? d.range.end.character : doc.lineAt(Math.min(line, doc.lineCount - 1)).text.length;
      return { line, start: d.range.start.character, end, severity: severities[d.severity] ?? 'warning', message: d.message };
    });
}

class PreviewManager implements vscode.WebviewPanelSerializer {
  private readonly previews = new Set<Preview>();
  readonly rendered = new vscode.EventEmitter<PreviewRendered>();
  readonly revealed = new vscode.EventEmitter<{ uri: string; line: number }>();

  constructor(private readonly context: vscode.ExtensionContext) {}

  webviewOptions(uri: vscode.Uri): vscode.WebviewOptions {
    const roots = [vscode.Uri.joinPath(this.context.extensionUri, 'media'), ...this.extraStyles(uri).map((u) => vscode.Uri.joinPath(u, '..'))];
    return { enableScripts: true, localResourceRoots: roots };
  }

  /** The `bantin.preview.styles` files, relative paths resolved against the document's workspace folder. */
  extraStyles(uri: vscode.Uri): vscode.Uri[] {
    const styles = vscode.workspace.getConfiguration('bantin', uri).get<unknown>('preview.styles');
    if (!Array.isArray(styles)) return [];
    const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri ?? vscode.Uri.joinPath(uri, '..');
    return styles
      .filter((s): s is string => typeof s === 'string' && s.trim() !== '')
      .map((s) => (path.isAbsolute(s) ? vscode.Uri.file(s) : vscode.Uri.joinPath(folder, s)));
  }

  shell(webview: vscode.Webview, uri: vscode.Uri): string {
    const nonce = makeNonce();
    const media = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'media', name)).toString();
    const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    const styles = [media('preview.css'), ...this.extraStyles(uri).map((u) => webview.asWebviewUri(u).toString())];
    const csp = `default-src 'none'; style-src ${webview.cspSource}; img-src ${webview.cspSource}; font-src ${webview.cspSource}; script-src 'nonce-${nonce}';`;
    return [
      '<!DOCTYPE html>',
      '<html lang="vi">',
      '<head>',
      '<meta charset="UTF-8">',
      `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
      '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
      ...styles.map((s) => `<link rel="stylesheet" href="${attr(s)}">`),
      '</head>',
      '<body>',
      '<div id="bt-content"></div>',
      `<script nonce="${nonce}" src="${attr(media('preview.js'))}"></script>`,
      '</body>',
      '</html>',
    ].join('\n');
  }

  open(uri: vscode.Uri, column: vscode.ViewColumn, preserveFocus: boolean): void {
    const existing = [...this.previews].find((p) => p.uri.toString() === uri.toString());
    if (existing) {
      existing.panel.reveal(column, preserveFocus);
      return;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, `Xem trước: ${path.basename(uri.fsPath || uri.path)}`, { viewColumn: column, preserveFocus }, {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'media')],
    });
    this.previews.add(new Preview(panel, uri, this));
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const uri = state && typeof (state as { uri?: unknown }).uri === 'string' ? vscode.Uri.parse((state as { uri: string }).uri) : undefined;
    if (!uri) {
      panel.dispose();
      return;
    }
    this.previews.add(new Preview(panel, uri, this));
  }

  forget(preview: Preview): void {
    preview.dispose();
    this.previews.delete(preview);
  }

  of(uri: vscode.Uri): Preview[] {
    return [...this.previews].filter((p) => p.uri.toString() === uri.toString());
  }

  resources(): string[] {
    return [...this.previews].map((p) => p.uri.toString());
  }

  refreshAll(): void {
    for (const p of this.previews) {
      p.panel.webview.options = this.webviewOptions(p.uri);
      p.panel.webview.html = this.shell(p.panel.webview, p.uri);
    }
  }

  dispose(): void {
    for (const p of this.previews) p.dispose();
    this.rendered.dispose();
    this.revealed.dispose();
  }
}

function makeNonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < 32; i++) out += chars.charAt(Math.floor(Math.random() * chars.length));
  return out;
}

/** Registers the preview commands, the serializer and the listeners that keep previews current. */
export function registerPreview(context: vscode.ExtensionContext): PreviewApi {
  const manager = new PreviewManager(context);
  const target = (arg: unknown): vscode.Uri | undefined => {
    if (arg instanceof vscode.Uri) return arg;
    return vscode.window.activeTextEditor?.document.uri;
  };
  const open = (column: vscode.ViewColumn, preserveFocus: boolean) => (arg: unknown) => {
    const uri = target(arg);
    if (!uri) {
      void vscode.window.showInformationMessage('Bản tin: hãy mở một bản tin để xem trước.');
      return;
    }
    manager.open(uri, column, preserveFocus);
  };
  context.subscriptions.push(
    manager,
    vscode.commands.registerCommand('bantin.openPreview', open(vscode.ViewColumn.Active, false)),
    vscode.commands.registerCommand('bantin.openPreviewToSide', open(vscode.ViewColumn.Beside, true)),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, manager),
    vscode.workspace.onDidChangeTextDocument((e) => {
      for (const p of manager.of(e.document.uri)) p.schedule();
    }),
    vscode.languages.onDidChangeDiagnostics((e) => {
      for (const uri of e.uris) for (const p of manager.of(uri)) p.schedule();
    }),
    vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
      const line = e.visibleRanges[0]?.start.line;
      if (line === undefined) return;
      for (const p of manager.of(e.textEditor.document.uri)) p.scrollTo(line);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('bantin.preview.styles')) manager.refreshAll();
    }),
  );
  return {
    get previews() {
      return manager.resources();
    },
    onDidRender: manager.rendered.event,
    onDidRevealLine: manager.revealed.event,
    simulateUserScroll: (uri, line) => {
      const p = manager.of(uri)[0];
      return p ? p.panel.webview.postMessage({ type: 'userScrollTo', line }) : Promise.resolve(false);
    },
    simulateDoubleClick: (uri, line) => {
      const p = manager.of(uri)[0];
      return p ? p.panel.webview.postMessage({ type: 'userDoubleClick', line }) : Promise.resolve(false);
    },
    computedStyle: (uri, selector, property) => {
      const p = manager.of(uri)[0];
      return p ? p.computedStyle(selector, property) : Promise.resolve(undefined);
    },
    deserialize: (panel, state) => manager.deserializeWebviewPanel(panel, state),
  };
}
