import { openArrayBuffer, ZipFile } from 'mammoth/lib/zipfile';
import { readXmlFromZipFile, XmlElement } from 'mammoth/lib/docx/office-xml-reader';
import { intToRoman } from '../language/text/roman';

/** One level of a Word list as its numbering definition declares it. */
interface LevelDefinition {
  format: string;
  text: string;
  start: number;
}

/** numId of each body paragraph (document order) and the level definitions of each numId. */
export interface NumberingInfo {
  paragraphs: Array<{ numId: string; level: number } | null>;
  levels: Map<string, Map<number, LevelDefinition>>;
}

const children = (e: XmlElement | null | undefined, name: string) => (e?.children ?? []).filter((c) => c.type === 'element' && c.name === name);
const child = (e: XmlElement | null | undefined, name: string) => children(e, name)[0];
const val = (e: XmlElement | undefined) => e?.attributes['w:val'];

/** Every w:p under e, in document order (table cells included, as mammoth reads them). */
function paragraphsOf(e: XmlElement, out: XmlElement[]): XmlElement[] {
  for (const c of e.children ?? []) {
    if (c.type !== 'element') continue;
    if (c.name === 'w:p') out.push(c);
    else paragraphsOf(c, out);
  }
  return out;
}

/** Reads the numbering definitions and each body paragraph's list reference with mammoth's own XML reader. */
export async function readNumbering(buffer: Buffer): Promise<NumberingInfo> {
  const zip: ZipFile = await openArrayBuffer(buffer);
  const levels = new Map<string, Map<number, LevelDefinition>>();
  const numbering = zip.exists('word/numbering.xml') ? await readXmlFromZipFile(zip, 'word/numbering.xml') : null;
  const abstract = new Map<string, Map<number, LevelDefinition>>();
  for (const a of children(numbering, 'w:abstractNum')) {
    const defs = new Map<number, LevelDefinition>();
    for (const l of children(a, 'w:lvl')) {
      defs.set(Number(l.attributes['w:ilvl'] ?? 0), {
        format: val(child(l, 'w:numFmt')) ?? 'decimal',
        text: val(child(l, 'w:lvlText')) ?? '',
        start: Number(val(child(l, 'w:start')) ?? 1),
      });
    }
    abstract.set(a.attributes['w:abstractNumId'] ?? '', defs);
  }
  for (const n of children(numbering, 'w:num')) {
    const defs = new Map(abstract.get(val(child(n, 'w:abstractNumId')) ?? '') ?? []);
    for (const o of children(n, 'w:lvlOverride')) {
      const level = Number(o.attributes['w:ilvl'] ?? 0);
      const start = val(child(o, 'w:startOverride'));
      const base = defs.get(level);
      if (base && start !== undefined) defs.set(level, { ...base, start: Number(start) });
    }
    levels.set(n.attributes['w:numId'] ?? '', defs);
  }
  const document = await readXmlFromZipFile(zip, 'word/document.xml');
  const body = child(document, 'w:body');
  const paragraphs = body
    ? paragraphsOf(body, []).map((p) => {
        const numPr = child(child(p, 'w:pPr'), 'w:numPr');
        const numId = val(child(numPr, 'w:numId'));
        return numId && numId !== '0' ? { numId, level: Number(val(child(numPr, 'w:ilvl')) ?? 0) } : null;
      })
    : [];
  return { paragraphs, levels };
}

/** Word writes 1…3999 in Roman numerals; a counter past that (never seen) falls back to digits. */
function roman(n: number): string {
  return intToRoman(n) ?? String(n);
}
function letters(n: number): string {
  // Word repeats the letter past z: aa, bb…
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** The number Word displays for a counter value in a numbering format. */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter': return letters(value);
    case 'upperLetter': return letters(value).toUpperCase();
    case 'lowerRoman': return roman(value).toLowerCase();
    case 'upperRoman': return roman(value);
    case 'bullet': return '';
    case 'none': return '';
    case 'decimalZero': return String(value).padStart(2, '0');
    default: return String(value);
  }
}

/** Counts list paragraphs the way Word does and gives the written label ("1.", "a)", "-") of each. */
export class ListCounter {
  private counters = new Map<string, number[]>();
  constructor(private readonly info: NumberingInfo) {}

  label(ref: { numId: string; level: number }): string {
    const defs = this.info.levels.get(ref.numId);
    const def = defs?.get(ref.level);
    if (!defs || !def) return '';
    if (def.format === 'bullet') return '-';
    const counts = this.counters.get(ref.numId) ?? [];
    for (let l = 0; l < ref.level; l++) counts[l] ??= defs.get(l)?.start ?? 1;
    counts[ref.level] = counts[ref.level] === undefined ? def.start : counts[ref.level] + 1;
    counts.length = ref.level + 1; // deeper levels restart
    this.counters.set(ref.numId, counts);
    return def.text.replace(/%(\d)/g, (_m, d: string) => {
      const l = Number(d) - 1;
      return formatNumber(counts[l] ?? defs.get(l)?.start ?? 1, defs.get(l)?.format ?? 'decimal');
    });
  }
}
