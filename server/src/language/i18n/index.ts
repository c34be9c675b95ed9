import { structureMessages } from './structure';
import { commonMessages } from './common';
import { referenceMessages } from './reference';
import { dateMessages } from './date';

export type Locale = 'vi' | 'en';

export type MessageTable = Record<Locale, Record<string, string>>;

/** Translates a message id with `{name}` placeholders. */
export type Translate = (id: string, params?: Record<string, string | number>) => string;

/** One message table per category; a new category adds its table here. */
const tables: readonly MessageTable[] = [commonMessages, structureMessages, referenceMessages, dateMessages];

export function translator(locale: Locale): Translate {
  return (id, params) => {
    let template: string | undefined;
    for (const table of tables) {
      template = table[locale][id] ?? template;
      if (template !== undefined) break;
    }
    if (template === undefined) {
      for (const table of tables) if ((template = table.vi[id]) !== undefined) break;
    }
    if (template === undefined) return id;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
  };
}

/** 'vi' unless the editor or user asks for English ("en", "en-US"…). */
export function pickLocale(requested: string | undefined): Locale {
  return requested && /^en\b/i.test(requested) ? 'en' : 'vi';
}
