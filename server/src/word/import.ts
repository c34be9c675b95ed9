import * as mammoth from 'mammoth';
import { ListCounter, readNumbering } from './numbering';
import { checkWordFile } from './errors';

/** Where a line of the converted text comes from in the Word file. */
export type LineOrigin = { paragraph: number } | { footnote: number };

export interface ConvertedDocx {
  text: string;
  /** One entry per line of `text`. Paragraphs are counted from 1 in document order, table cells included. */
  origins: LineOrigin[];
}

interface MammothNode {
  type: string;
  children?: MammothNode[];
  value?: string;
  breakType?: string;
  noteType?: string;
  noteId?: string;
  body?: MammothNode[];
}
interface MammothDocument extends MammothNode {
  notes: { findNoteByKey(key: string): MammothNode | null };
}

/**
 * Converts a .docx into bulletin text: one line per paragraph, list numbers written out as Word shows them,
 * table rows as lines with cells joined by " | ", footnote references as "[n]" and the footnotes after the body.
 */
export async function convertDocx(buffer: Buffer): Promise<ConvertedDocx> {
  checkWordFile(buffer);
  let document: MammothDocument | undefined;
  await mammoth.convertToHtml({ buffer }, {
    transformDocument: (d: unknown) => {
      document = d as MammothDocument;
      return d;
    },
  } as Parameters<typeof mammoth.convertToHtml>[1]);
  if (!document) throw new Error('mammoth returned no document');
  const numbering = await readNumbering(buffer);
  const counter = new ListCounter(numbering);
  const lines: string[] = [];
  const origins: LineOrigin[] = [];
  const notes: Array<{ number: number; body: MammothNode[] }> = [];
  let paragraph = 0;

  const inline = (node: MammothNode): string => {
    switch (node.type) {
      case 'text': return node.value ?? '';
      case 'tab': return '\t';
      case 'break': return node.breakType === 'line' ? '\n' : '';
      case 'noteReference': {
        const note = document!.notes.findNoteByKey(`${node.noteType}-${node.noteId}`);
        const number = notes.length + 1;
        notes.push({ number, body: note?.body ?? [] });
        return `[${number}]`;
      }
      default: return (node.children ?? []).map(inline).join('');
    }
  };
  /** The text of one Word paragraph, its list label written in front. */
  const paragraphText = (node: MammothNode): string => {
    const ref = numbering.paragraphs[paragraph];
    paragraph++;
    const label = ref ? counter.label(ref) : '';
    const text = (node.children ?? []).map(inline).join('');
    return label ? `${label} ${text}` : text;
  };
  const push = (text: string, origin: LineOrigin) => {
    for (const line of text.split('\n')) {
      lines.push(line);
      origins.push(origin);
    }
  };
  const block = (node: MammothNode): void => {
    if (node.type === 'paragraph') {
      const origin = { paragraph: paragraph + 1 };
      push(paragraphText(node), origin);
    } else if (node.type === 'table') {
      for (const row of node.children ?? []) {
        const origin = { paragraph: paragraph + 1 };
        const cells = (row.children ?? []).map((cell) => {
          const texts: string[] = [];
          const visit = (n: MammothNode) => (n.type === 'paragraph' ? texts.push(paragraphText(n).replace(/\n/g, ' ')) : (n.children ?? []).forEach(visit));
          (cell.children ?? []).forEach(visit);
          return texts.filter((t) => t.trim()).join(' ');
        });
        push(cells.join(' | '), origin);
      }
    } else (node.children ?? []).forEach(block);
  };
  (document.children ?? []).forEach(block);
  if (notes.length) {
    push('', { paragraph });
    for (const note of notes) {
      const text = note.body.map((n) => (n.type === 'paragraph' ? (n.children ?? []).map(inline).join('') : inline(n))).join(' ').trim();
      push(`[${note.number}] ${text}`.replace(/\n/g, ' '), { footnote: note.number });
    }
  }
  return { text: lines.join('\n') + '\n', origins };
}

/** "đoạn 12 / paragraph 12" or "chú thích 1 / footnote 1" for a line of the converted text. */
export function describeOrigin(origin: LineOrigin | undefined): string {
  if (!origin) return '';
  return 'paragraph' in origin ? `đoạn ${origin.paragraph} / paragraph ${origin.paragraph}` : `chú thích ${origin.footnote} / footnote ${origin.footnote}`;
}
