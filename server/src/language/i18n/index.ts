import { structureMessages } from './structure';
import { commonMessages } from './common';
import { referenceMessages } from './reference';
import { dateMessages } from './date';
import { catalogMessages } from './catalog';
import { textMessages } from './text';
import { textUnicodeMessages } from './textUnicode';
import { textSyllableMessages } from './textSyllable';

export type Locale = 'vi' | 'en';

export type MessageTable = Record<Locale, Record<string, string>>;

/** Every message id: the union of the tables' ids, so a missing message fails to compile. */
export type MessageId =
  | keyof typeof commonMessages.vi
  | keyof typeof structureMessages.vi
  | keyof typeof referenceMessages.vi
  | keyof typeof dateMessages.vi
  | keyof typeof catalogMessages.vi
  | keyof typeof textMessages.vi
  | keyof typeof textUnicodeMessages.vi
  | keyof typeof textSyllableMessages.vi;

/** Translates a message id with `{name}` placeholders. */
export type Translate = (id: MessageId, params?: Record<string, string | number>) => string;

/** One message table per category; a new category adds its table here. */
const tables: readonly MessageTable[] = [commonMessages, structureMessages, referenceMessages, dateMessages, catalogMessages, textMessages, textUnicodeMessages, textSyllableMessages];

export function translator(locale: Locale): Translate {
  return (id, params) => {
    const parts = messageParts(locale, id) ?? messageParts('vi', id);
    if (parts === undefined) return id;
    let out = parts[0];
    for (let i = 1; i < parts.length; i += 2) {
      const name = parts[i];
      out += (params && name in params ? String(params[name]) : `{${name}}`) + parts[i + 1];
    }
    return out;
  };
}

const PLACEHOLDER = /\{(\w+)\}/;
const compiled: Record<Locale, Map<string, string[] | undefined>> = { vi: new Map(), en: new Map() };

/**
 * The message of the first table that has it, split once at its placeholders: "Sửa thành “{text}”" is
 * ['Sửa thành “', 'text', '”'], literal text and placeholder names in turn. Undefined when no table has it.
 */
function messageParts(locale: Locale, id: string): string[] | undefined {
  const known = compiled[locale];
  let parts = known.get(id);
  if (parts === undefined && !known.has(id)) {
    let template: string | undefined;
    for (const table of tables) if ((template = table[locale][id]) !== undefined) break;
    parts = template?.split(PLACEHOLDER);
    known.set(id, parts);
  }
  return parts;
}

/** 'vi' unless the editor or user asks for English ("en", "en-US"…). */
export function pickLocale(requested: string | undefined): Locale {
  return requested && /^en\b/i.test(requested) ? 'en' : 'vi';
}
