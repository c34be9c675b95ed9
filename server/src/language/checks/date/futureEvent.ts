import { daysBetween } from '../../parse/dates';
import { BulletinModel, Paragraph } from '../../parse/model';
import type { CitationMatch } from '../../parse/citations';
import { Check } from '../types';
import { hasWord, isComplete, periodEnd, sentenceAround, spanIn } from './context';

/** A verb in the past: "đã", "vừa", "đã diễn ra", "đã ban hành", "vừa qua" (read with hasWord: no letter before). */
const PAST = /(?:đã|vừa)(?![\p{L}])/giu;
/** Plans, deadlines and forecasts are not events: "sẽ", "dự kiến", "kế hoạch", "trước ngày", "đến hết ngày". */
const PLAN =
  /(?:sẽ|dự kiến|dự định|kế hoạch|chương trình|trước ngày|đến hết|đến ngày|tới ngày|chậm nhất|hạn chót|thời hạn|hoàn thành trước|chuẩn bị|sắp|tiếp tục|phấn đấu|mục tiêu|đề nghị|yêu cầu|triệu tập|thông báo)(?![\p{L}])/giu;

/**
 * "Ngày 15/12/2024, Hội nghị đã diễn ra …" in a November 2024 bulletin: the event is told as past but dated after
 * the bulletin's month. Only complete dates with a written year, outside document citations, in a sentence with a
 * past-tense word and no word of plan or deadline.
 */
export const futureEvent: Check = {
  code: 'date.future-event',
  category: 'date',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    vi: 'Sự kiện kể ở thì quá khứ (“đã”, “vừa”) không thể diễn ra sau tháng của bản tin.',
    en: 'An event told in the past (“đã”, “vừa”) cannot take place after the bulletin’s month.',
  },
  run({ model, t, report }) {
    const end = periodEnd(model);
    if (!end) return;
    let cited: Map<Paragraph, CitationMatch[]> | undefined;
    for (const { paragraph, item } of model.dates) {
      if (item.kind !== 'date' || !item.valid || item.yearInferred || item.borrowed || !item.parts.year || !isComplete(item)) continue;
      if (daysBetween(end, item) <= 0) continue;
      const text = paragraph.view.text;
      const s = sentenceAround(paragraph, item.start, item.end);
      const sentence = text.slice(s.start, s.end);
      if (!hasWord(PAST, sentence) || hasWord(PLAN, sentence)) continue;
      cited ??= citationsByParagraph(model);
      if (cited.get(paragraph)?.some((c) => overlaps(item, c) || (c.date !== undefined && overlaps(item, c.date)))) continue;
      report({ span: spanIn(paragraph, item), message: t('date.future-event', { found: item.text, month: model.period!.month, year: model.period!.year }) });
    }
  },
};

function citationsByParagraph(model: BulletinModel): Map<Paragraph, CitationMatch[]> {
  const index = new Map<Paragraph, CitationMatch[]>();
  for (const { paragraph, item } of model.citations) {
    const list = index.get(paragraph);
    if (list) list.push(item);
    else index.set(paragraph, [item]);
  }
  return index;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
