/**
 * Reads "N năm …" mentions of one normalised paragraph ("kỷ niệm 94 năm Ngày thành lập Đảng", "10 năm thực hiện
 * Nghị quyết …") with the span written with them, and the table entry the event names. Reads only; never flags.
 */
import { findAnniversary, Anniversary } from '../domain/anniversaries';
import { readDates, DateContext, DateMatch, DateRange, PeriodRange, SingleDate } from './dates';
import { codePointBefore, isDigit, isLetterAt, isLetterOrMarkAt, isSpace, isUpperAt, wordEnd } from '../text/chars';
import { partitionPoint } from '../text/sorted';
import { nextMatch, stickyAt } from '../text/matches';

export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

export interface AnniversaryMention {
  /** From the approximation word (or the count) to the end of the span or event. */
  start: number;
  end: number;
  count: { value: number; text: string; start: number; end: number };
  /** "hơn", "gần", "trên", "khoảng", "ngót", "tròn" before the count. */
  approx?: TextSpan;
  /** 'implementation': "10 năm thực hiện Nghị quyết …"; 'anniversary': everything else. */
  kind: 'anniversary' | 'implementation';
  /** How the mention was recognised. */
  cue: 'ky-niem' | 'ngay' | 'named' | 'span' | 'thuc-hien' | 'list';
  /** The named event, without the span: "Ngày sinh Chủ tịch Hồ Chí Minh", "thực hiện Nghị quyết số 33-NQ/TW ngày 09-6-2014". */
  event: TextSpan;
  /** The table entry the event names, if any. */
  entry?: Anniversary;
  /** The explicit span written with it: "(19/5/1890 - 19/5/2024)", "(2013 - 2023)". */
  span?: DateRange | PeriodRange;
  /** For 'implementation': the first complete date inside the event (the document's date). */
  eventDate?: SingleDate;
}

/**
 * "10 năm": up to four digits, spaces, "năm". The match is read as `(?<![\d.,/\-\p{L}])` + this +
 * `(?![\p{L}\p{M}])`; nextCount checks both ends (at most one match starts at any index, so checking after the match
 * is the same).
 */
const COUNT = /(\d{1,4})\s+năm/gu;
/** An approximation word right before the count, as `(?:^|[^\p{L}\p{M}])` + this (see approxBefore). */
const APPROX = /(hơn|gần|trên|khoảng|ngót|tròn|chẵn)(\s+)$/iu;
const KY_NIEM = /kỷ niệm\s+(?:(?:hơn|gần|trên|khoảng|tròn|chẵn)\s+)?$/iu;
const LIST_JOIN = /^\s*(?:,|;|và)\s*$/u;
const IMPLEMENTATION = /^thực hiện(?![\p{L}])/iu;
const NGAY = /^Ngày\s/u;
const NGAY_EVENT = /^ngày (?:thành lập|sinh|truyền thống|hội|giải phóng|chiến thắng)/iu;
const NOT_AN_EVENT = /^(qua|trước|sau|tới|nay|rồi|liền)(?![\p{L}])/iu;
const DIGIT = /[0-9]/;
const MAX_EVENT = 200;

/** The next count of `text` from COUNT.lastIndex on: nothing glued before it, no letter or mark after "năm". */
function nextCount(text: string): RegExpExecArray | null {
  return nextMatch(COUNT, text, (m) => !gluedBefore(text, m.index) && !isLetterOrMarkAt(text, m.index + m[0].length));
}

/** A digit, ".", ",", "/", "-" or a letter right before `at` (`[\d.,/\-\p{L}]`). */
function gluedBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  return isDigit(c) || c === 0x2e || c === 0x2c || c === 0x2f || c === 0x2d || isLetterAt(text, codePointBefore(text, at));
}

/** APPROX at the end of `before`, when no letter or mark precedes the word. */
function approxBefore(before: string): RegExpExecArray | null {
  const m = APPROX.exec(before);
  return m && (m.index === 0 || !isLetterOrMarkAt(before, codePointBefore(before, m.index))) ? m : null;
}

/**
 * Finds "kỷ niệm 35 năm Ngày thành lập …", "93 năm Ngày thành lập Đoàn …", "110 năm Ngày sinh … (01/01/1914-
 * 01/01/2014)", "Sau 10 năm (2013 - 2023) thực hiện …", "sau hơn 10 năm thực hiện Nghị quyết số 33-NQ/TW ngày
 * 09-6-2014". Mentions such as "trong 48 năm qua" or "5 năm 2021 – 2025" are not read.
 */
export function readAnniversaryCounts(text: string, context?: DateContext, datesRead?: DateMatch[]): AnniversaryMention[] {
  // Every mention has a count: digits and "năm".
  if (!text.includes('năm') || !DIGIT.test(text)) return [];
  const out: AnniversaryMention[] = [];
  const dates = datesRead ?? readDates(text, context);
  let spans: Map<number, DateRange | PeriodRange> | undefined;
  const spanAt = (pos: number): DateRange | PeriodRange | undefined => {
    if (!spans) {
      spans = new Map();
      for (const d of dates) {
        if (d.kind === 'range') spans.set(d.start, d);
        else if (d.kind === 'period') spans.set(d.fromPart.start, d);
      }
    }
    // pos: index just after "("
    let p = pos;
    while (text[p] === ' ' && p < pos + 3) p++;
    return spans.get(p);
  };
  /** Index of the ")" closing a span that ends at `end` (up to two spaces between), or -1. */
  const closeAfter = (end: number): number => {
    for (let i = end; i < end + 3 && i < text.length; i++) if (text[i] === ')') return i;
    return -1;
  };
  /** Index of the first match starting at or after `pos` (matches are sorted by start). */
  const firstFrom = (pos: number): number => partitionPoint(dates.length, (i) => dates[i].start < pos);
  COUNT.lastIndex = 0;
  let m: RegExpExecArray | null;
  let lastEnd = -1;
  while ((m = nextCount(text))) {
    const countStart = m.index;
    const countEnd = m.index + m[1].length;
    let p = m.index + m[0].length;
    // Optional span right after "năm": "Sau 10 năm (2013 - 2023) thực hiện".
    let span: DateRange | PeriodRange | undefined;
    let q = p;
    while (text[q] === ' ') q++;
    if (text[q] === '(') {
      const s = spanAt(q + 1);
      if (s) {
        const close = closeAfter(s.end);
        if (close >= 0) {
          span = s;
          p = close + 1;
        }
      }
    }
    while (text[p] === ' ') p++;
    const before = text.slice(Math.max(0, countStart - 40), countStart);
    const approxM = approxBefore(before);
    let mentionStart = countStart;
    let approx: TextSpan | undefined;
    if (approxM) {
      const aEnd = countStart - approxM[2].length;
      const aStart = aEnd - approxM[1].length;
      approx = { text: text.slice(aStart, aEnd), start: aStart, end: aEnd };
      mentionStart = aStart;
    }
    const kyNiem = KY_NIEM.test(before);
    const listed = lastEnd >= 0 && lastEnd <= mentionStart && LIST_JOIN.test(text.slice(lastEnd, mentionStart));
    const rest = text.slice(p, p + MAX_EVENT);
    const implementation = IMPLEMENTATION.test(rest);
    const entry = implementation ? undefined : findAnniversary(rest);
    const ngay = NGAY.test(rest) || NGAY_EVENT.test(rest);
    let cue: AnniversaryMention['cue'] | undefined;
    if (implementation) cue = 'thuc-hien';
    else if (kyNiem) cue = 'ky-niem';
    else if (entry) cue = 'named';
    else if (ngay) cue = 'ngay';
    else if (span) cue = 'span';
    else if (listed && isUpperAt(rest, 0)) cue = 'list';
    if (!cue) continue;
    if (!rest || /^[\d(]/.test(rest) || NOT_AN_EVENT.test(rest)) {
      if (!span) continue;
    }
    // The event runs to the first stop.
    const eventEnd = p + eventLength(rest, implementation);
    let event: TextSpan = { text: text.slice(p, eventEnd).trimEnd(), start: p, end: p };
    event.end = p + event.text.length;
    let eventDate: SingleDate | undefined;
    if (implementation) {
      for (let k = firstFrom(event.start); k < dates.length && dates[k].start < event.end; k++) {
        const d = dates[k];
        const sd = d.kind === 'date' ? d : undefined;
        if (sd && sd.end <= event.end && sd.day !== undefined && sd.year !== undefined && !sd.yearInferred) {
          eventDate = sd;
          event = { text: text.slice(p, sd.end), start: p, end: sd.end };
          break;
        }
      }
    }
    let end = event.end;
    if (!span) {
      let r = end;
      while (text[r] === ' ') r++;
      if (text[r] === '(') {
        const s = spanAt(r + 1);
        if (s) {
          span = s;
          const close = closeAfter(s.end);
          end = close >= 0 ? close + 1 : s.end;
        }
      }
      // "80 năm Quốc khánh nước Việt Nam Dân chủ Cộng hòa, nay là … (02/9/1945 - 02/9/2025)": the name stops at the
      // comma, the count's own range comes later in its clause.
      if (!span && !implementation) {
        const q = ownSpanAhead(text, end, Number(m[1]), spanAt);
        if (q) {
          span = q;
          const close = closeAfter(q.end);
          end = close >= 0 ? close + 1 : q.end;
        }
      }
    } else {
      end = Math.max(end, span.end);
    }
    const mention: AnniversaryMention = {
      start: mentionStart,
      end,
      count: { value: Number(m[1]), text: m[1], start: countStart, end: countEnd },
      kind: implementation ? 'implementation' : 'anniversary',
      cue,
      event,
    };
    if (approx) mention.approx = approx;
    if (entry) mention.entry = entry;
    if (span) mention.span = span;
    if (eventDate) mention.eventDate = eventDate;
    out.push(mention);
    lastEnd = end;
  }
  return out;
}

/** Farther from its count than this many years, a range in the clause is another one's ("nhiệm kỳ 2020 - 2025"). */
const OWN_SPAN_YEARS = 2;
/** A clause ends at ";" or a sentence's "."; another count ("… năm") starts another mention. */
const CLAUSE_END = /;|\.(?:\s|$)|\d\s+năm(?![\p{L}\p{M}])/gu;

/**
 * The bracketed range of a count's own clause, when it is not right after the event's name: the first "(" range
 * before the clause ends or another count starts, if its years are within OWN_SPAN_YEARS of the count (a slip in
 * the count or the end year, not another period).
 */
function ownSpanAhead(text: string, from: number, count: number, spanAt: (pos: number) => DateRange | PeriodRange | undefined): DateRange | PeriodRange | undefined {
  CLAUSE_END.lastIndex = from;
  const stop = CLAUSE_END.exec(text);
  const limit = stop ? stop.index : text.length;
  for (let q = text.indexOf('(', from); q >= 0 && q < limit; q = text.indexOf('(', q + 1)) {
    const s = spanAt(q + 1);
    if (!s) continue;
    const years = s.kind === 'period' ? s.toYear - s.fromYear : (s.to.year ?? NaN) - (s.from.year ?? NaN);
    return Math.abs(years - count) <= OWN_SPAN_YEARS ? s : undefined;
  }
  return undefined;
}

const AFTER_COMMA_CITATION = /,\s*(?:ngày|số)\s/uy;


/** The first index from i on that is not a space (`\s`). */
function spacesFrom(s: string, i: number): number {
  while (isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** `\s*\p{Lu}` at i: a capital after the comma. */
function upperAfter(s: string, i: number): boolean {
  return isUpperAt(s, spacesFrom(s, i));
}

/** `\s*[\p{L}\p{M}]+\s+\d` at i: a numbered name after the comma ("Khóa 12", "điểm 3"). */
function numberedAfter(s: string, i: number): boolean {
  const w = spacesFrom(s, i);
  const e = wordEnd(s, w);
  if (e === w) return false;
  const d = spacesFrom(s, e);
  return d > e && isDigit(s.charCodeAt(d));
}

/** Length of the event name at the start of `rest`. */
function eventLength(rest: string, implementation: boolean): number {
  let i = 0;
  for (; i < rest.length; i++) {
    const c = rest[i];
    if (c === '(' || c === ';' || c === '…' || c === '“' || c === '"' || c === ')' || c === ':') break;
    if (c === '.' && (i + 1 >= rest.length || rest[i + 1] === ' ')) break;
    if (c === ',') {
      if (implementation) {
        if (stickyAt(AFTER_COMMA_CITATION, rest, i) === null) break;
      } else if (!upperAfter(rest, i + 1) || numberedAfter(rest, i + 1)) {
        break;
      }
    }
    if (c === ' ') {
      if (rest.startsWith(' và ', i) && /\d/.test(rest[i + 4] ?? '')) break;
      const w = rest.slice(i, i + 10).toLowerCase();
      if (w.startsWith(' kỷ niệm ') || w.startsWith(' nhân dịp ')) break;
    }
  }
  return i;
}
