/**
 * Checks user catalog data (`.bantin/catalog.json` and the files of `bantin.catalogFiles`) against the format of
 * known-documents.schema.json, in code: a broken entry is named by its path so that the editor can point at it, and
 * the entries that are well-formed are still used.
 */
import type { CatalogFile, CatalogRecord } from './index';
import schema from './known-documents.schema.json';

export interface CatalogProblem {
  /** JSON path of the offending value: ['documents', 3, 'date']; [] for the whole file. */
  path: Array<string | number>;
  message: string;
}

export interface ValidatedCatalog {
  /** The well-formed entries (all of them when there is no problem). */
  file: CatalogFile;
  problems: CatalogProblem[];
}

/** A property of an entry as the schema describes it (the subset of JSON Schema the catalog schema uses). */
interface PropertySchema {
  type?: string;
  enum?: string[];
  pattern?: string;
  items?: PropertySchema;
}

// The schema is the one description of an entry: the fields, which are required, their types, enums and patterns
// are read from it, so that a field added to the schema is accepted here too.
const ENTRY = schema.properties.documents.items as { required: string[]; properties: Record<string, PropertySchema> };
const REQUIRED = ENTRY.required;
const PROPERTIES = ENTRY.properties;

/** Validates parsed JSON; never throws. */
export function validateCatalogData(value: unknown): ValidatedCatalog {
  const problems: CatalogProblem[] = [];
  const documents: CatalogRecord[] = [];
  if (!isObject(value)) {
    problems.push({ path: [], message: 'phải là một đối tượng { "version": 1, "documents": [...] } / must be an object { "version": 1, "documents": [...] }' });
    return { file: { version: 1, documents }, problems };
  }
  for (const key of Object.keys(value)) {
    if (key !== '$schema' && key !== 'version' && key !== 'documents') problems.push({ path: [key], message: `khóa không hợp lệ “${key}” / unknown key` });
  }
  if (!Number.isInteger(value.version) || (value.version as number) < 1) {
    problems.push({ path: ['version'], message: 'thiếu hoặc sai "version" (số nguyên, hiện là 1) / "version" must be an integer (1)' });
  }
  if (!Array.isArray(value.documents)) {
    problems.push({ path: ['documents'], message: 'thiếu mảng "documents" / "documents" must be an array' });
    return { file: { version: 1, documents }, problems };
  }
  value.documents.forEach((entry, i) => {
    const before = problems.length;
    checkRecord(entry, ['documents', i], problems);
    if (problems.length === before) documents.push(entry as CatalogRecord);
  });
  return { file: { version: typeof value.version === 'number' ? value.version : 1, documents }, problems };
}

function checkRecord(entry: unknown, path: Array<string | number>, problems: CatalogProblem[]): void {
  if (!isObject(entry)) {
    problems.push({ path, message: 'mỗi văn bản phải là một đối tượng / each document must be an object' });
    return;
  }
  for (const key of REQUIRED) {
    if (entry[key] === undefined) problems.push({ path, message: `thiếu trường bắt buộc "${key}" / missing required field "${key}"` });
  }
  for (const [key, v] of Object.entries(entry)) {
    const property = PROPERTIES[key];
    if (!property) problems.push({ path: [...path, key], message: `trường không hợp lệ "${key}" / unknown field` });
    else {
      const problem = checkValue(key, v, property);
      if (problem) problems.push({ path: [...path, key], message: problem });
    }
  }
}

function checkValue(key: string, value: unknown, property: PropertySchema): string | undefined {
  if (property.enum) {
    return property.enum.includes(value as string) ? undefined : `"${key}" phải là một trong ${property.enum.join(', ')} / must be one of these`;
  }
  const type = property.type ?? 'string';
  if (type === 'array') {
    if (!Array.isArray(value)) return `"${key}" phải là một mảng / must be an array`;
    for (const item of value) {
      const problem = checkValue(key, item, property.items ?? {});
      if (problem) return problem;
    }
    return undefined;
  }
  if (type === 'integer' || type === 'number') return typeof value === 'number' && (type === 'number' || Number.isInteger(value)) ? undefined : `"${key}" phải là số / must be a number`;
  if (type === 'boolean') return typeof value === 'boolean' ? undefined : `"${key}" phải là true hoặc false / must be a boolean`;
  if (typeof value !== 'string') return `"${key}" phải là chuỗi / must be a string`;
  if (key === 'date' && !validDate(value)) return `ngày “${value}” phải có dạng YYYY-MM-DD và có thật / date must be a real YYYY-MM-DD date`;
  if (property.pattern && !new RegExp(property.pattern, 'u').test(value)) return `"${key}" không đúng dạng ${property.pattern} / does not match the pattern`;
  return undefined;
}

function validDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return d <= days;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
