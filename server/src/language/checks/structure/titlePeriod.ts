import { titleShift } from '../date/titleShift';
import { Check, CheckContext } from '../types';

/**
 * The title block has a month and a year, and they are real: "THÁNG 13 NĂM 2024" is not. And they are the bulletin's:
 * a title one month or one year behind everything the bulletin cites and tells as past (titleShift) is reported here,
 * once, and the date checks then compare with the month it meant.
 */
export const titlePeriod: Check = {
  code: 'structure.title-period',
  category: 'structure',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    vi: 'Tiêu đề bản tin phải ghi tháng (1–12) và năm (4 chữ số) hợp lệ, đúng với nội dung bản tin.',
    en: 'The bulletin title gives a valid month (1–12) and year (4 digits) that match its content.',
  },
  run(context) {
    const { model, t, report } = context;
    const title = model.title;
    reportShift(context);
    if (!title) return;
    if (!title.period) {
      if (model.period) return; // the month is given by an early heading instead
      const line = model.lines[title.line];
      report({ span: { start: line.start, end: line.end }, message: t('structure.title-period.missing') });
      return;
    }
    if (!title.period.valid) {
      const found = model.source.text.slice(title.period.span.start, title.period.span.end);
      report({ span: title.period.span, message: t('structure.title-period.invalid', { found }) });
    }
  },
};

/** "THÁNG 02 NĂM 2021" → "THÁNG 02 NĂM 2022": the month and year digits rewritten, padding and words kept. */
const WRITTEN = /^(\D*?)(\d{1,2})(\D+?)(\d{4})(\D*)$/u;

function reportShift({ model, t, report }: CheckContext): void {
  const shift = titleShift(model);
  const period = model.period;
  if (!shift || !period) return;
  const written = model.source.text.slice(period.span.start, period.span.end);
  const params = { month: period.month, year: period.year, expectedMonth: shift.month, expectedYear: shift.year, late: shift.late };
  const m = WRITTEN.exec(written);
  const month = m && (m[2].length === 2 && shift.month < 10 ? `0${shift.month}` : String(shift.month));
  const newText = m ? `${m[1]}${month}${m[3]}${shift.year}${m[5]}` : undefined;
  report({
    span: period.span,
    message: t(shift.months === 12 ? 'structure.title-period.year-behind' : 'structure.title-period.month-behind', params),
    ...(newText ? { fix: { title: t('fix.replace', { text: newText }), edits: [{ ...period.span, newText }] } } : {}),
  });
}
