import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { parseBulletin } from '../language';

/** Presentation rules for Party documents (Hướng dẫn 36-HD/VPTW): A4, margins in mm, Times New Roman. */
export const PAGE = { widthMm: 210, heightMm: 297, topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 };
export const FONT = 'Times New Roman';
/** Half-points: 14 pt body and headings, 15 pt for the bulletin's name. */
export const SIZE = { body: 28, title: 30 };

const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

/**
 * Writes a bulletin as a .docx: one Word paragraph per line, the title block centred and bold, headings bold
 * (parts and sections also upper-case as written; items bold italic), numbering kept as the written text.
 */
export async function bulletinToDocx(text: string, options: { declaredBulletin?: boolean } = {}): Promise<Buffer> {
  const model = parseBulletin(text, { declaredBulletin: options.declaredBulletin ?? true });
  const headingRank = new Map(model.headings.map((h) => [h.line, h.rank]));
  const title = model.title;
  // The line after a final line break is no paragraph of its own.
  const lines = text.endsWith('\n') ? model.lines.slice(0, -1) : model.lines;
  const paragraphs = lines.map((line) => {
    const content = model.source.text.slice(line.start, line.end);
    const inTitle = !!title && line.index >= title.startLine && line.index <= title.endLine;
    const rank = headingRank.get(line.index);
    if (inTitle) {
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: content, bold: true, size: line.index === title.line ? SIZE.title : SIZE.body })],
      });
    }
    if (rank !== undefined) {
      return new Paragraph({
        spacing: { before: 120, after: 60 },
        keepNext: true,
        children: [new TextRun({ text: content, bold: true, italics: rank >= 3 })],
      });
    }
    return new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: twips(10) }, children: [new TextRun(content)] });
  });
  const document = new Document({
    styles: { default: { document: { run: { font: FONT, size: SIZE.body }, paragraph: { spacing: { after: 60, line: 288 } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(PAGE.widthMm), height: twips(PAGE.heightMm) },
            margin: { top: twips(PAGE.topMm), bottom: twips(PAGE.bottomMm), left: twips(PAGE.leftMm), right: twips(PAGE.rightMm) },
          },
        },
        children: paragraphs,
      },
    ],
  });
  return Packer.toBuffer(document);
}
