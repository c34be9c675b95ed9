/**
 * Semantic tokens: what the TextMate grammar cannot know, because it needs the catalog or the checks.
 *
 * - `citation` on the symbol of every numbered citation ("57-NQ/TW"); with the standard modifier `defaultLibrary`
 *   when a verified entry of the catalog names it (the same entries `reference.known-document` trusts: an entry
 *   that is only "unverified" or "sample-consistent" does not count), without it when the catalog does not know it.
 * - `headingNumber` on the number of every numbered heading ("A.", "II.", "2..", "1.1."); with the modifier
 *   `invalid` when a numbering check reports it (a number that skips, repeats, is badly written, has no parent…).
 *
 * Both types are ours (declared in package.json with TextMate scopes to fall back on, so every theme colours them):
 * a plain `citation` or `headingNumber` keeps the grammar's colour, `citation.defaultLibrary` takes the theme's
 * `support.class` colour and `headingNumber.invalid` its `invalid.illegal` colour.
 */
import { Catalog } from '../catalog';
import { knownEntry } from '../checks/reference/knownDocument';
import type { Finding } from '../engine';
import type { BulletinModel } from '../parse/model';
import type { Span } from '../text/source';
import { indexedCitations } from '../analysis/citationIndex';

export const SEMANTIC_TOKEN_TYPES = ['citation', 'headingNumber'] as const;
export const SEMANTIC_TOKEN_MODIFIERS = ['defaultLibrary', 'invalid'] as const;
export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];
export type SemanticTokenModifier = (typeof SEMANTIC_TOKEN_MODIFIERS)[number];

/**
 * The checks whose finding on a heading's number means the numbering is wrong. (`structure.heading-level` is not one:
 * it reports the Markdown "#" marks, the number being right.)
 */
export const NUMBERING_CODES: ReadonlySet<string> = new Set(['structure.numbering-sequence', 'structure.number-format', 'structure.subitem-parent']);

export interface SemanticToken {
  /** 0-based line; a token never spans lines. */
  line: number;
  /** UTF-16 column of the start, and length in UTF-16 code units, in the original text. */
  character: number;
  length: number;
  type: SemanticTokenType;
  modifiers: SemanticTokenModifier[];
}

export interface SemanticTokenOptions {
  /** The merged catalog (built-in and user catalogs). */
  catalog: Catalog;
  /** The document's findings as the user sees them (severities and silencing comments applied). */
  findings: readonly Finding[];
  /** Only the tokens on these lines (inclusive), for a range request. */
  lines?: { start: number; end: number };
}

/** The semantic tokens of a bulletin, in document order. */
export function semanticTokens(model: BulletinModel, options: SemanticTokenOptions): SemanticToken[] {
  const tokens: SemanticToken[] = [];
  const push = (span: Span, type: SemanticTokenType, modifiers: SemanticTokenModifier[]) => {
    const range = model.source.rangeOf(span);
    if (range.start.line !== range.end.line || range.end.character <= range.start.character) return;
    if (options.lines && (range.start.line < options.lines.start || range.start.line > options.lines.end)) return;
    tokens.push({ line: range.start.line, character: range.start.character, length: range.end.character - range.start.character, type, modifiers });
  };

  const wrong = options.findings.filter((f) => NUMBERING_CODES.has(f.code));
  for (const heading of model.headings) {
    const marker = heading.marker;
    if (!marker || marker.span.end <= marker.span.start) continue;
    const invalid = wrong.some((f) => overlaps(f.span, marker.span));
    push(marker.span, 'headingNumber', invalid ? ['invalid'] : []);
  }
  for (const { found } of indexedCitations(model)) {
    const symbol = found.item.symbol;
    if (!symbol) continue;
    const span = found.paragraph.view.span(symbol.start, symbol.end);
    push(span, 'citation', knownEntry(found.item, options.catalog) ? ['defaultLibrary'] : []);
  }
  return tokens.sort((a, b) => a.line - b.line || a.character - b.character);
}

/** Whether two spans share a character; an empty finding span counts when it sits inside the other. */
function overlaps(a: Span, b: Span): boolean {
  if (a.start === a.end) return b.start <= a.start && a.start < b.end;
  return a.start < b.end && b.start < a.end;
}
