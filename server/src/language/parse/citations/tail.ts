/** What follows a citation: ", ngày …", "của …" (the issuing body), "khóa …" (its term) and "về …" (the subject). */
import { wordEnd } from '../../text/chars';
import { romanSum } from '../../text/roman';
import type { Span } from '../../text/source';
import { bodyIssuerCodes } from '../../domain/documentTypes';
import { lowerBound } from '../../text/sorted';
import { stickyAt } from '../../text/matches';
import type { CitationDate, CitationTerm, TextSpan } from './types';
import { categoryOf, characterAt, isLetter, isUpper, skipSpaces } from './characters';
import { TypeWords, typeWordAt } from './typeWords';

const DATE_NUMERIC = /ngày {1,3}(\d{1,2}) {0,2}[/.-] {0,2}(\d{1,2}) {0,2}[/.-] {0,2}(\d{4})(?!\d)/uy;
const DATE_WORDS = /ngày {1,3}(\d{1,2}) {1,3}tháng {1,3}(\d{1,2}) {1,3}năm {1,3}(\d{4})(?!\d)/uy;
const BODY_INTRO = /của {1,3}/uy;
/** "khóa XII", "(khóa XII)"; readTerm checks that the numeral ends its word. */
const TERM = / {0,2}(\( {0,2})?([Kk]h(?:óa|oá)) {1,2}([IVXLC]{1,7}|\d{1,2})( {0,2}\))?/uy;
/**
 * "về", perhaps after an opening quote; readSubject checks that it ends its word. (The pattern can match in one way
 * only, so checking after the match is the same as a lookahead at its end.)
 */
const SUBJECT_INTRO = /([“"«] {0,1})?[Vv]ề/uy;


function readDate(text: string, i: number): CitationDate | undefined {
  const m = stickyAt(DATE_NUMERIC, text, i) ?? stickyAt(DATE_WORDS, text, i);
  if (!m) return undefined;
  const start = i + m[0].indexOf(m[1], 4);
  const end = i + m[0].length;
  return { start, end, text: text.slice(start, end), day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
}

/** Lower-case words that occur inside names of issuing bodies ("Ban Chấp hành Trung ương", "Ủy ban nhân dân tỉnh"). */
const BODY_WORDS = new Set(
  (
    'ban chấp hành trung ương đảng bộ chính trị bí thư thường vụ tỉnh thành ủy uỷ huyện quận thị xã phường khối cơ ' +
    'quan doanh nghiệp nhân dân hội đồng quốc phủ tướng tuyên giáo vận tổ chức kiểm tra văn phòng chỉ đạo cán sự ' +
    'đoàn mặt trận liên ngân hàng nhà nước tòa toà án viện sát tối cao phố sở kinh tế nội đối ngoại thẩm phán chủ ' +
    'tịch toán các chi ' +
    // words of ministry names: Bộ Giáo dục và Đào tạo, Bộ Nông nghiệp và Phát triển nông thôn, Bộ Văn hóa, …
    'dục tạo hoạch nghiệp triển thôn nguyên trường dựng thông tải động binh hóa hoá thao lịch học nghệ pháp giao đầu tư ninh'
  ).split(' '),
);

/** Reads the body after "của": capitalised words and body words, "và" only between two names. */
function readBody(text: string, i: number, typeWords: TypeWords): TextSpan | undefined {
  const intro = stickyAt(BODY_INTRO, text, i);
  if (!intro) return undefined;
  const start = i + intro[0].length;
  let end = start;
  let p = start;
  for (let n = 0; n < 16; n++) {
    const wordAt = wordEnd(text, p);
    if (wordAt === p) break;
    const word = text.slice(p, wordAt);
    const lower = word.toLowerCase();
    const capital = isUpper(word[0]);
    if (lower === 'khóa' || lower === 'khoá' || lower === 'về' || lower === 'ngày') break;
    if (lower === 'và') {
      const next = skipSpaces(text, p + word.length, 2);
      if (!isUpper(text[next]) || typeWordAt(typeWords, next)) break;
    } else if (!capital && !BODY_WORDS.has(lower)) {
      break;
    } else if (capital && n > 0 && typeWordAt(typeWords, p) && !/^Bộ$/.test(text.slice(p - 3, p - 1))) {
      // "Bộ Kế hoạch và Đầu tư" is a ministry; elsewhere a type word starts the next citation.
      break;
    }
    if (lower !== 'và' && lower !== 'các') end = p + word.length;
    const next = skipSpaces(text, p + word.length, 2);
    if (next === p + word.length) break;
    p = next;
  }
  if (end === start) return undefined;
  const body = { start, end, text: text.slice(start, end) };
  // A lower-case start is a body only when it names one ("của tỉnh ủy"), not "của các cấp ủy".
  if (!isUpper(body.text[0]) && !bodyIssuerCodes(body.text)) return undefined;
  return body;
}

/** A term's numeral: Roman, or digits as some bulletins write it. */
function romanValue(roman: string): number {
  return /^\d+$/.test(roman) ? Number(roman) : romanSum(roman);
}

/** "khóa XII" or "(khóa XII)" at i: the term, and where reading goes on (after the parenthesis, if any). */
function readTerm(text: string, i: number): { term: CitationTerm; end: number } | undefined {
  const m = stickyAt(TERM, text, i);
  if (!m) return undefined;
  const start = i + m[0].indexOf(m[2]); // only spaces and "(" precede the word
  const romanEnd = i + m[0].length - (m[4]?.length ?? 0);
  // "khóa XIIa" is no term. A shorter numeral would not help: it is followed by a numeral's letter or digit.
  const after = categoryOf(characterAt(text, romanEnd));
  if (after === 'letter' || after === 'number') return undefined;
  // "(khóa XII" without its closing parenthesis is still a term, but then reading stops after the numeral.
  const end = m[1] && m[4] ? i + m[0].length : romanEnd;
  return { term: { start, end: romanEnd, roman: m[3], value: romanValue(m[3]) }, end };
}

/** ; ! ? ) or a full stop before a space, a quote, a parenthesis or the end. */
const STOP = /[;!?)]|\.(?![^ "”’»)])/g;

/** Lazily built sorted list of sentence stops, so that each subject finds its end by binary search. */
export class Stops {
  private positions: number[] | undefined;
  constructor(private readonly text: string) {}

  /** First stop at or after i: ; ! ? ) or a full stop before a space, a quote or the end. */
  next(i: number): number {
    const list = this.list();
    const k = lowerBound(list, i);
    return k < list.length ? list[k] : this.text.length;
  }

  private list(): number[] {
    if (this.positions) return this.positions;
    const out: number[] = [];
    STOP.lastIndex = 0;
    for (let m = STOP.exec(this.text); m; m = STOP.exec(this.text)) out.push(m.index);
    this.positions = out;
    return out;
  }
}

/** Longest a subject is read; a subject has no business being longer, and the cap keeps the scan linear. */
const SUBJECT_CAP = 1000;

const CLOSING_QUOTES = '”"»';

function readSubject(text: string, i: number, stops: Stops): Span | undefined {
  const m = stickyAt(SUBJECT_INTRO, text, i);
  if (!m || isLetter(characterAt(text, i + m[0].length))) return undefined; // "về" is the whole word
  const start = i;
  let quoteFrom = -1;
  if (m[1]) quoteFrom = i + m[1].length;
  else {
    const after = skipSpaces(text, i + m[0].length, 2);
    if ('“"«'.includes(text[after] ?? 'x') && after > i + m[0].length) quoteFrom = after + 1;
  }
  if (quoteFrom >= 0) {
    const limit = Math.min(text.length, quoteFrom + SUBJECT_CAP);
    for (let k = quoteFrom; k < limit; k++) if (CLOSING_QUOTES.includes(text[k])) return { start, end: k + 1 };
  }
  // Unquoted: to the sentence end, or to a closing quote that closes a quote opened before the subject.
  const stop = Math.min(stops.next(i + m[0].length), i + SUBJECT_CAP);
  let depth = 0;
  let end = stop;
  for (let k = i + m[0].length; k < stop; k++) {
    const c = text[k];
    if (c === '“') depth++;
    else if (c === '”' || c === '»') {
      if (depth === 0) {
        end = k;
        break;
      }
      depth--;
    }
  }
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === ',')) end--;
  return end > i + m[0].length ? { start, end } : undefined;
}

export interface Tail {
  date?: CitationDate;
  body?: TextSpan;
  term?: CitationTerm;
  subject?: Span;
  end: number;
}

/** Reads ", ngày …", "của … khóa …", "về …" after a citation, in any order, each at most once. */
export function readTail(text: string, from: number, stops: Stops, typeWords: TypeWords): Tail {
  const tail: Tail = { end: from };
  let p = from;
  for (let round = 0; round < 5; round++) {
    let q = p;
    for (let n = 0; n < 4 && (text[q] === ' ' || text[q] === ','); n++) q++;
    if (!tail.date) {
      const date = readDate(text, q);
      if (date) {
        tail.date = date;
        p = tail.end = date.end;
        continue;
      }
    }
    if (!tail.body) {
      const body = readBody(text, q, typeWords);
      if (body) {
        tail.body = body;
        p = tail.end = body.end;
        const term = readTerm(text, p);
        if (term) {
          tail.term = term.term;
          p = tail.end = term.end;
        }
        continue;
      }
    }
    if (!tail.subject) {
      const subject = readSubject(text, q, stops);
      if (subject) {
        tail.subject = subject;
        tail.end = subject.end;
      }
    }
    break;
  }
  return tail;
}
