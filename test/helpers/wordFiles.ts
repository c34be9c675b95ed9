import { AlignmentType, Document, FootnoteReferenceRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

/**
 * Word files built by the tests with the `docx` package, as an editor's Word would save them:
 * - `listBulletin`: the title block typed out, the sections ("I.", "1.") and sub-items ("a)") made with Word's
 *   automatic numbering (numbering.xml), not typed; a second list restarts at 1 with its own numId;
 * - a footnote on a paragraph, a two-row table, and a paragraph with a missing number ("1." then "3." typed).
 */
export async function listBulletin(): Promise<Buffer> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'sections',
          levels: [
            { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
            { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)', alignment: AlignmentType.LEFT },
          ],
        },
        { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT }] },
      ],
    },
    footnotes: { 1: { children: [new Paragraph('Nghị quyết số 45-NQ/TW ngày 24/11/2023.')] } },
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024', bold: true })] }),
          new Paragraph(''),
          new Paragraph('A. THÔNG TIN THỜI SỰ'),
          new Paragraph({ numbering: { reference: 'sections', level: 0 }, children: [new TextRun('TRONG NƯỚC')] }),
          new Paragraph({ numbering: { reference: 'sections', level: 1 }, children: [new TextRun('Kinh tế')] }),
          new Paragraph({ numbering: { reference: 'sections', level: 2 }, children: [new TextRun('Nông nghiệp')] }),
          new Paragraph({ numbering: { reference: 'sections', level: 2 }, children: [new TextRun('Công nghiệp')] }),
          new Paragraph({ children: [new TextRun('Thực hiện Nghị quyết'), new FootnoteReferenceRun(1), new TextRun(' của Trung ương.')] }),
          new Paragraph({ numbering: { reference: 'sections', level: 1 }, children: [new TextRun('Xã hội')] }),
          new Paragraph({ numbering: { reference: 'bullets', level: 0 }, children: [new TextRun('Giáo dục')] }),
          new Paragraph({ numbering: { reference: 'sections', level: 0 }, children: [new TextRun('QUỐC TẾ')] }),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Chỉ tiêu')] }), new TableCell({ children: [new Paragraph('Kết quả')] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph('GDP')] }), new TableCell({ children: [new Paragraph('7%')] })] }),
            ],
          }),
          new Paragraph('B. ĐỊNH HƯỚNG TUYÊN TRUYỀN'),
          new Paragraph({ numbering: { reference: 'sections', level: 1, instance: 2 }, children: [new TextRun('Tuyên truyền')] }),
          new Paragraph('3. Tuyên truyền tiếp'),
          new Paragraph('Nội dung.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A plain Word file: one paragraph per line of `text`, nothing else. */
export async function plainDocx(lines: string[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] }));
}
