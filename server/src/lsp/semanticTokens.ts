import { ClientCapabilities, Connection, SemanticTokens, SemanticTokensBuilder, SemanticTokensLegend, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { BulletinModel, Catalog, Finding, SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES, semanticTokens } from '../language';
import { MAX_DOCUMENT_CHARS } from './analysis';

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS] };

interface Host {
  documents: TextDocuments<TextDocument>;
  model(document: TextDocument): BulletinModel;
  catalog(): Catalog;
  /** The document's findings as the user sees them, or undefined when the document is not checked or tokens are off. */
  findings(document: TextDocument): Promise<Finding[] | undefined>;
}

/**
 * `textDocument/semanticTokens/full` and `/range`, computed by the engine. The capability is always registered; when
 * `bantin.semanticHighlighting.enabled` is false for a document the answer is empty, and a settings change asks the
 * client to request the tokens again (`workspace/semanticTokens/refresh`).
 */
export class SemanticTokensFeature {
  private canRefresh = false;

  constructor(private readonly connection: Connection, private readonly host: Host) {}

  capabilities(caps: ClientCapabilities) {
    this.canRefresh = !!caps.workspace?.semanticTokens?.refreshSupport;
    return { semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true } };
  }

  /** The tokens may have changed for every document (settings, catalog): the client asks again. */
  refresh(): void {
    if (this.canRefresh) void this.connection.languages.semanticTokens.refresh().catch(() => undefined);
  }

  listen(): void {
    this.connection.languages.semanticTokens.on((params) => this.tokens(params.textDocument.uri));
    this.connection.languages.semanticTokens.onRange((params) => this.tokens(params.textDocument.uri, { start: params.range.start.line, end: params.range.end.line }));
  }

  private async tokens(uri: string, lines?: { start: number; end: number }): Promise<SemanticTokens> {
    const document = this.host.documents.get(uri);
    if (!document || document.getText().length > MAX_DOCUMENT_CHARS) return { data: [] };
    // The findings are awaited (settings are pulled): if the text changed meanwhile, they are computed again for it.
    let findings: Finding[] | undefined;
    for (let version = -1; version !== document.version; ) {
      version = document.version;
      findings = await this.host.findings(document);
      if (!findings || this.host.documents.get(uri) !== document) return { data: [] };
    }
    const builder = new SemanticTokensBuilder();
    for (const t of semanticTokens(this.host.model(document), { catalog: this.host.catalog(), findings: findings ?? [], lines })) {
      builder.push(t.line, t.character, t.length, SEMANTIC_TOKEN_TYPES.indexOf(t.type), modifierBits(t.modifiers));
    }
    return builder.build();
  }
}

function modifierBits(modifiers: readonly string[]): number {
  let bits = 0;
  for (const m of modifiers) bits |= 1 << SEMANTIC_TOKEN_MODIFIERS.indexOf(m as (typeof SEMANTIC_TOKEN_MODIFIERS)[number]);
  return bits;
}
