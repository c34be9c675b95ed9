import { Check } from '../types';

/** The title block has a month and a year, and they are real: "THÁNG 13 NĂM 2024" is not. */
export const titlePeriod: Check = {
  code: 'structure.title-period',
  category: 'structure',
  defaultSeverity: 'error',
  fixable: false,
  description: {
    vi: 'Tiêu đề bản tin phải ghi tháng (1–12) và năm (4 chữ số) hợp lệ.',
    en: 'The bulletin title gives a valid month (1–12) and year (4 digits).',
  },
  run({ model, t, report }) {
    const title = model.title;
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
