/**
 * Fixed anniversaries (from the team's domain notes, kept outside this repository: only the entries marked verified-external,
 * verified-thirdparty or sample/seed-consistent) and a reader of "N năm …" mentions. Reads only; never flags.
 */
import { readDates, DateContext, DateMatch, DateRange, PeriodRange, SingleDate } from '../parse/dates';
import { codePointBefore, isDigit, isLetterAt, isLetterOrMarkAt, isSpace, isUpperAt, wordEnd } from '../text/chars';
import { partitionPoint } from '../text/sorted';
import { nextMatch, stickyAt } from '../text/matches';

export type AnniversaryVerification = 'verified-external' | 'verified-thirdparty' | 'sample-consistent';

export interface Anniversary {
  id: string;
  /** Canonical name, as in anniversaries.json. */
  name: string;
  /** Ways bulletins write it after "N năm" (matched case- and tone-placement-insensitively, at the start). */
  aliases: readonly string[];
  day: number;
  month: number;
  year: number;
  verification: AnniversaryVerification;
}

const A = (
  id: string,
  name: string,
  date: string,
  verification: AnniversaryVerification,
  aliases: string[],
): Anniversary => {
  const [year, month, day] = date.split('-').map(Number);
  return { id, name, aliases: [name, ...aliases], day, month, year, verification };
};

export const ANNIVERSARIES: readonly Anniversary[] = [
  A('dang', 'Ngày thành lập Đảng Cộng sản Việt Nam', '1930-02-03', 'verified-external', [
    'thành lập Đảng Cộng sản Việt Nam',
    'Ngày thành lập Đảng',
    'thành lập Đảng',
    'Ngày thành lập ĐCSVN',
  ]),
  A('hcm-sinh', 'Ngày sinh Chủ tịch Hồ Chí Minh', '1890-05-19', 'verified-external', [
    'Ngày sinh Bác Hồ',
    'Ngày sinh của Chủ tịch Hồ Chí Minh',
    'Ngày sinh Chủ tịch Hồ Chí Minh vĩ đại',
    'Ngày sinh Bác',
    'Ngày sinh nhật Bác',
    'sinh nhật Bác',
    'Ngày sinh Hồ Chủ tịch',
  ]),
  A('quoc-khanh', 'Quốc khánh - Ngày thành lập nước Việt Nam Dân chủ Cộng hòa, nay là nước CHXHCN Việt Nam', '1945-09-02', 'verified-external', [
    'Quốc khánh',
    'Ngày Quốc khánh',
    'Ngày Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam',
    'thành lập nước Việt Nam Dân chủ Cộng hòa',
    'Ngày thành lập nước Việt Nam Dân chủ Cộng hòa',
  ]),
  A('cmt8', 'Cách mạng Tháng Tám thành công', '1945-08-19', 'verified-external', ['Cách mạng Tháng Tám', 'Ngày Cách mạng Tháng Tám thành công', 'Ngày Cách mạng Tháng Tám']),
  A('cand', 'Ngày truyền thống Công an nhân dân Việt Nam', '1945-08-19', 'verified-external', [
    'Ngày truyền thống Công an nhân dân',
    'Ngày truyền thống lực lượng Công an nhân dân',
    'Ngày thành lập Công an nhân dân',
    'Ngày thành lập lực lượng Công an nhân dân',
    'thành lập Công an nhân dân',
    'Ngày truyền thống CAND',
  ]),
  A('antq', 'Ngày hội Toàn dân bảo vệ an ninh Tổ quốc', '2005-08-19', 'verified-external', []),
  A('30-4', 'Ngày giải phóng miền Nam, thống nhất đất nước', '1975-04-30', 'verified-external', [
    'Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước',
    'giải phóng hoàn toàn miền Nam, thống nhất đất nước',
    'giải phóng miền Nam, thống nhất đất nước',
    'Ngày giải phóng miền Nam',
    'giải phóng hoàn toàn miền Nam',
    'Ngày Chiến thắng 30/4',
  ]),
  A('dien-bien-phu', 'Chiến thắng Điện Biên Phủ', '1954-05-07', 'verified-external', ['Ngày Chiến thắng Điện Biên Phủ', 'Chiến thắng lịch sử Điện Biên Phủ']),
  A('qdnd', 'Ngày thành lập Quân đội nhân dân Việt Nam', '1944-12-22', 'sample-consistent', [
    'thành lập Quân đội nhân dân Việt Nam',
    'Ngày thành lập Quân đội nhân dân',
    'thành lập Quân đội nhân dân',
    'Ngày thành lập QĐND Việt Nam',
    'Ngày thành lập QĐND',
  ]),
  A('qptd', 'Ngày hội Quốc phòng toàn dân', '1989-12-22', 'sample-consistent', []),
  A('hccb', 'Ngày thành lập Hội Cựu chiến binh Việt Nam', '1989-12-06', 'sample-consistent', [
    'thành lập Hội Cựu chiến binh Việt Nam',
    'Ngày thành lập Hội Cựu chiến binh',
    'Ngày truyền thống Hội Cựu chiến binh Việt Nam',
    'thành lập Hội Cựu chiến binh',
  ]),
  A('doan', 'Ngày thành lập Đoàn TNCS Hồ Chí Minh', '1931-03-26', 'sample-consistent', [
    'Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    'thành lập Đoàn TNCS Hồ Chí Minh',
    'thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh',
    'Ngày thành lập Đoàn',
    'thành lập Đoàn',
  ]),
  A('cong-doan', 'Ngày thành lập Công đoàn Việt Nam', '1929-07-28', 'verified-thirdparty', ['thành lập Công đoàn Việt Nam', 'Ngày truyền thống Công đoàn Việt Nam']),
  A('lhpn', 'Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam', '1930-10-20', 'verified-external', [
    'thành lập Hội Liên hiệp Phụ nữ Việt Nam',
    'Ngày thành lập Hội LHPN Việt Nam',
    'Ngày Phụ nữ Việt Nam',
  ]),
  A('mttq', 'Ngày truyền thống Mặt trận Tổ quốc Việt Nam', '1930-11-18', 'verified-external', [
    'Ngày thành lập Mặt trận Tổ quốc Việt Nam',
    'thành lập Mặt trận Tổ quốc Việt Nam',
    'Ngày truyền thống MTTQ Việt Nam',
    'Ngày hội Đại đoàn kết toàn dân tộc',
  ]),
  A('nha-giao', 'Ngày Nhà giáo Việt Nam', '1982-11-20', 'verified-external', []),
  A('ra-di-tim-duong', 'Ngày Bác Hồ ra đi tìm đường cứu nước', '1911-06-05', 'sample-consistent', [
    'Ngày Chủ tịch Hồ Chí Minh ra đi tìm đường cứu nước',
    'Bác Hồ ra đi tìm đường cứu nước',
    'Chủ tịch Hồ Chí Minh ra đi tìm đường cứu nước',
    'Ngày Người ra đi tìm đường cứu nước',
    'Ngày Bác ra đi tìm đường cứu nước',
  ]),
  A('thay-thuoc', 'Ngày Thầy thuốc Việt Nam', '1955-02-27', 'verified-thirdparty', []),
  A('hssv', 'Ngày truyền thống Học sinh, Sinh viên và Hội Sinh viên Việt Nam', '1950-01-09', 'verified-thirdparty', [
    'Ngày truyền thống Học sinh, Sinh viên Việt Nam',
    'Ngày truyền thống Học sinh, Sinh viên',
    'Ngày truyền thống học sinh - sinh viên',
    'Ngày Học sinh - Sinh viên Việt Nam',
    'thành lập Hội Sinh viên Việt Nam',
  ]),
  A('tbls', 'Ngày Thương binh - Liệt sĩ', '1947-07-27', 'verified-external', ['Ngày Thương binh, Liệt sĩ', 'Ngày Thương binh Liệt sĩ', 'Ngày Thương binh liệt sĩ']),
  A('vp-cap-uy', 'Ngày truyền thống Văn phòng cấp ủy', '1930-10-18', 'verified-external', ['truyền thống Văn phòng cấp ủy', 'Ngày truyền thống ngành Văn phòng cấp ủy']),
  A('to-chuc', 'Ngày truyền thống ngành Tổ chức xây dựng Đảng', '1930-10-14', 'verified-external', [
    'truyền thống ngành Tổ chức xây dựng Đảng',
    'Ngày truyền thống ngành Tổ chức Đảng',
  ]),
  A('dan-van', 'Ngày truyền thống công tác Dân vận của Đảng', '1930-10-15', 'verified-external', [
    'Ngày truyền thống công tác dân vận',
    'truyền thống công tác Dân vận của Đảng',
    'Ngày truyền thống ngành Dân vận',
    'Ngày Dân vận',
  ]),
  A('dbk-tw', 'Ngày truyền thống Đảng bộ Khối các cơ quan Trung ương', '1948-11-07', 'verified-external', [
    'Ngày thành lập Đảng bộ Khối các cơ quan Trung ương',
    'thành lập Đảng bộ Khối các cơ quan Trung ương',
  ]),
  A('bien-gioi-tay-nam', 'Chiến thắng chiến tranh bảo vệ biên giới Tây Nam, cùng quân dân Campuchia chiến thắng chế độ diệt chủng', '1979-01-07', 'sample-consistent', [
    'Ngày chiến thắng chiến tranh bảo vệ biên giới Tây Nam',
    'Chiến thắng chiến tranh bảo vệ biên giới Tây Nam',
    'Ngày chiến thắng chiến tranh biên giới bảo vệ biên giới Tây Nam',
    'chiến thắng chiến tranh biên giới Tây Nam',
    'Ngày chiến thắng chế độ diệt chủng',
  ]),
  A('tp-hcm', 'Sài Gòn - Gia Định chính thức mang tên Thành phố Hồ Chí Minh', '1976-07-02', 'sample-consistent', [
    'Thành phố vinh dự chính thức mang tên Chủ tịch Hồ Chí Minh',
    'Thành phố vinh dự mang tên Chủ tịch Hồ Chí Minh',
    'Thành phố chính thức mang tên Chủ tịch Hồ Chí Minh',
    'Thành phố mang tên Chủ tịch Hồ Chí Minh',
    'Thành phố mang tên Bác',
    'Sài Gòn - Gia Định mang tên Thành phố Hồ Chí Minh',
  ]),
  A('nguyen-chi-thanh', 'Ngày sinh Đại tướng Nguyễn Chí Thanh', '1914-01-01', 'sample-consistent', ['Ngày sinh đồng chí Nguyễn Chí Thanh', 'Ngày sinh Đại tướng Nguyễn Chí Thanh (1914']),
  A('sach', 'Ngày Sách và Văn hóa đọc Việt Nam', '2014-04-21', 'verified-thirdparty', ['Ngày Sách Việt Nam']),
];

// ---------------------------------------------------------------------------------------------------------------
// Matching

const OLD_TONES: Record<string, string> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};

/**
 * An old-style toned pair ("oà", "uỷ") not after "q"; it is rewritten only at the end of a word (see foldForMatch).
 * A match is two letters, and none starts at its second letter: skipping a pair that a letter follows loses nothing.
 */
const OLD_TONE = /(?<!q)(o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])/g;

/** Lower case, NFC, single spaces, new-style tone placement ("uỷ" → "ủy", "hoá" → "hóa"), "–" as "-". */
export function foldForMatch(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[–—]/g, '-')
    .replace(/\s*-\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .replace(OLD_TONE, (m: string, _pair: string, at: number, all: string) => (isLetterOrMarkAt(all, at + 2) ? m : (OLD_TONES[m] ?? m)))
    .trim();
}

interface Compiled {
  entry: Anniversary;
  alias: string;
}

const COMPILED: Compiled[] = ANNIVERSARIES.flatMap((entry) => entry.aliases.map((a) => ({ entry, alias: foldForMatch(a) }))).sort(
  (a, b) => b.alias.length - a.alias.length,
);

/** Words that, right after an alias, show it is only the start of another name ("thành lập Đảng bộ …"). */
const CONTINUES = new Set(['bộ', 'ủy', 'trên', 'đoàn', 'viên']);

/**
 * The anniversary that `phrase` (the text after "N năm", e.g. "Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 -
 * 19/5/2024)") clearly names, else undefined. The phrase must start with one of the entry's aliases (a leading
 * "kỷ niệm" is skipped) and the alias must end at a word boundary.
 */
export function findAnniversary(phrase: string): Anniversary | undefined {
  let p = foldForMatch(phrase);
  if (p.startsWith('kỷ niệm ')) p = p.slice('kỷ niệm '.length);
  for (const { entry, alias } of COMPILED) {
    if (!p.startsWith(alias)) continue;
    // The alias ends a word: no letter, mark or digit after it, and the next word does not continue the name.
    const end = alias.length;
    if (isDigit(p.charCodeAt(end)) || isLetterOrMarkAt(p, end)) continue;
    if (p[end] === ' ' && CONTINUES.has(p.slice(end + 1, wordEnd(p, end + 1)))) continue;
    return entry;
  }
  return undefined;
}


// ---------------------------------------------------------------------------------------------------------------
// "N năm …" mentions

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
