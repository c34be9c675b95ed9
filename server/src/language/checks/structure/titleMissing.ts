import { Check } from '../types';

/** A file declared a bulletin names itself and its month: "THÔNG TIN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024". */
export const titleMissing: Check = {
  code: 'structure.title-missing',
  category: 'structure',
  defaultSeverity: 'information',
  fixable: false,
  description: {
    vi: 'Tệp bản tin cần có tiêu đề ghi tháng, năm phục vụ sinh hoạt chi bộ.',
    en: 'A bulletin file has a title naming the month and year it serves.',
  },
  run({ model, t, report }) {
    if (!model.declaredBulletin || model.title || model.period) return;
    const first = model.lines.find((l) => !l.form.blank);
    if (!first) return;
    report({ span: { start: first.start, end: first.end }, message: t('structure.title-missing') });
  },
};
