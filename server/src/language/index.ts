/**
 * The Bản tin engine: pure language logic (no vscode, no LSP, no Node built-ins). Parse once per version with
 * `parseBulletin`, then run checks and features on the model.
 */
export { parseBulletin, ParseOptions } from './parse/parse';
export * from './parse/model';
export { runChecks, severityFor, CheckOptions, Finding, FindingFix, SeveritySetting } from './engine';
export { allChecks } from './checks';
export { TONE_STYLE_SERVICE, ToneStyle } from './checks/text/toneStyle';
export { USER_WORDS, WORD_LIST_CODES } from './checks/text/userWords';
export { Check, Severity, Category } from './checks/types';
export { outline, OutlineNode, OutlineKind } from './features/outline';
export { foldingRegions, FoldingRegion } from './features/folding';
export { combineFixes, fixAllOfKind, fixAllPreferred, applyEdits } from './features/fixes';
export { looksLikeBulletin } from './features/detect';
export { dateHover } from './features/dateHover';
export { citationIndex, CitationEntry, groupByKey, ReferenceWorkspace, Sighting, WORKSPACE_SERVICE } from './analysis/citationIndex';
export { sameDocumentCitations, SameDocumentCitations } from './features/references';
export { Locale, pickLocale, translator } from './i18n';
export { SourceText, Position, Range, Span } from './text/source';
export { builtinCatalog, loadCatalog, isVerified, Catalog, CatalogDocument, CatalogFile, CatalogRecord, CATALOG_SERVICE } from './catalog';
export { validateCatalogData, CatalogProblem, ValidatedCatalog } from './catalog/validate';
export { queryOf, searchCatalog, symbolKey, SearchHit, SearchQuery } from './catalog/search';
export { citationText, citationHead, citationStyleOf, shortDate, CitationStyle } from './catalog/citationText';
export { citationCompletions, CitationCompletion, detailOf } from './features/completion';
export { citationHover, describeDocument } from './features/citationHover';
export {
  semanticTokens, SemanticToken, SemanticTokenModifier, SemanticTokenOptions, SemanticTokenType, SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES,
} from './features/semanticTokens';
