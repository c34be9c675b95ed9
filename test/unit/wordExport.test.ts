import * as assert from 'node:assert/strict';
import JSZip from 'jszip';
import { parseBulletin, runChecks } from '../../server/src/language';
import { bulletinToDocx } from '../../server/src/word/export';
import { convertDocx } from '../../server/src/word/import';
import { BULLETIN } from '../helpers/fixtures';

const findings = (text: string) =>
  runChecks(parseBulletin(text, { declaredBulletin: true }), { locale: 'vi', severities: {}, services: new Map() }).map(
    (f) => `${f.code}@${f.range.start.line}:${f.range.start.character}`,
  );

describe('word: bulletin → .docx (docx package)', () => {
  it('round trip: bulletin → DOCX → import gives the same text and the same findings', async () => {
    const back = await convertDocx(await bulletinToDocx(BULLETIN));
    assert.equal(back.text, BULLETIN);
    assert.deepEqual(findings(back.text), findings(BULLETIN));
    assert.ok(findings(BULLETIN).length >= 3, 'the sample has findings to compare');
  });

  it('writes A4, Party margins, Times New Roman 14 pt, a centred bold title and bold headings (read from its XML)', async () => {
    const zip = await JSZip.loadAsync(await bulletinToDocx(BULLETIN));
    const document = await zip.file('word/document.xml')!.async('string');
    const styles = await zip.file('word/styles.xml')!.async('string');
    // A4 is 210 × 297 mm = 11906 × 16838 twips; margins 20/20/30/15 mm.
    assert.match(document, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(document, /<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    assert.match(styles, /<w:docDefaults>.*<w:rFonts w:ascii="Times New Roman"[^>]*\/>.*<w:sz w:val="28"\/>/s);
    const paragraphs = document.match(/<w:p>.*?<\/w:p>/gs) ?? [];
    const find = (text: string) => paragraphs.find((p) => p.includes(`>${text}</w:t>`)) ?? assert.fail(`no paragraph ${text}`);
    const title = find('THÔNG TIN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024');
    assert.match(title, /<w:jc w:val="center"\/>/);
    assert.match(title, /<w:b\/>/);
    assert.match(find('A. THÔNG TIN THỜI SỰ'), /<w:b\/>/);
    assert.match(find('1. Mục một'), /<w:b\/>/);
    const body = find('Nội dung.');
    assert.doesNotMatch(body, /<w:b\/>/);
    assert.match(body, /<w:jc w:val="both"\/>/);
  });
});
