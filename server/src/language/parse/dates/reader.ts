/**
 * The date reader: starts a read at each number and date keyword ("ngày", "từ", "tháng", "năm", "quý", "giai
 * đoạn", "nhiệm kỳ", a time of day), and accepts what it reads only with the cue that makes it a date.
 */
import type { DateMatch, PeriodCue, Quarter, RangeCue } from './types';
import { IDIOMS, LIST_MARKS, LIST_WORDS, ROMAN_QUARTERS, TIME_CUES, WEAK_CUES } from './cues';
import { Piece, plausible, RawPart } from './pieces';
import { DateBuilder } from './values';

/** How strongly the words before a piece say it is a date (see Reader.accept). */
type Cue = 'strong' | 'weak' | 'none';

export class Reader extends DateBuilder {
  private readonly found: DateMatch[] = [];
  private lastEndToken = -1;
  private lastYearless = false;

  /** Records a match that ends before token `endToken`; returns that token, where reading goes on. */
  private emit(match: DateMatch, endToken: number, yearless: boolean): number {
    this.found.push(match);
    this.lastEndToken = endToken;
    this.lastYearless = yearless;
    return endToken;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Acceptance

  /**
   * Emits a piece read with the given cue. strong: "ngày", "từ", time of day, weekday, parentheses; weak: đến,
   * trước, an event name, a list after a date (also needs a clean end). Returns the next token or -1.
   */
  private accept(piece: Piece, cue: Cue, rangeCue: RangeCue, start?: number, monthCue = false): number {
    const shape = piece.shape;
    const yearlessAllowed = cue === 'strong' || (cue === 'weak' && this.endsCleanly(piece.endToken));
    if (shape.type === 'date') {
      const a = shape.a;
      if (a.form === 'month-year') {
        if (!monthCue && !this.enclosed(a.firstToken, a.endToken)) return -1;
        return this.emit(this.singleDate(a), piece.endToken, false);
      }
      if (a.year) return this.emit(this.singleDate(a), piece.endToken, false);
      if (!a.month || !yearlessAllowed || !plausible(a)) return -1;
      if (IDIOMS.has(`${Number(a.day?.text)}/${Number(a.month.text)}`) && !piece.afterNgay) return -1;
      return this.emit(this.singleDate(a), piece.endToken, true);
    }
    if (shape.type === 'range') {
      const { a, b } = shape;
      const full = (b.year !== undefined || a.year !== undefined) && a.day !== undefined;
      const monthRange = a.form === 'month-year';
      if (monthRange && !monthCue && !this.enclosed(a.firstToken, b.endToken)) return -1;
      if (!full && !monthRange && (!yearlessAllowed || !plausible(a) || !plausible(b))) return -1;
      let cueOfRange: RangeCue = rangeCue;
      if (cueOfRange === 'dash' && this.enclosed(a.firstToken, b.endToken)) cueOfRange = 'paren';
      return this.emit(this.dateRange(a, b, cueOfRange, start ?? this.tokens[a.firstToken].start), piece.endToken, !full);
    }
    return -1;
  }

  /** "(" right before firstToken and ")" right after endToken (allowing "âm lịch"). */
  private enclosed(firstToken: number, endToken: number): boolean {
    if (!this.isMark(firstToken - 1, '(')) return false;
    if (this.isMark(endToken, ')')) return true;
    return this.isWord(endToken, 'âm') && this.isWord(endToken + 1, 'lịch') && this.isMark(endToken + 2, ')');
  }

  // ------------------------------------------------------------------------------------------------------------
  // Handlers; each returns the next token index, or -1 when nothing was read.

  /** "từ [ngày] X [đến [hết] [ngày] Y]", "ngày X [đến Y]", "Chiều 25/11". */
  private fromPiece(i: number, pieceAt: number, withTu: boolean): number {
    const piece = this.readPiece(pieceAt);
    if (!piece) return -1;
    const shape = piece.shape;
    const range = this.rangeAfter(piece, withTu ? this.tokens[i].start : undefined);
    if (range >= 0) return range;
    if (shape.type === 'date' && !shape.a.month && !shape.a.year) return -1; // a bare day
    if (shape.type === 'years' || shape.type === 'single') return -1;
    const start = withTu && shape.type === 'range' ? this.tokens[i].start : undefined;
    return this.accept(piece, 'strong', withTu ? 'tu-den' : 'dash', start);
  }

  /** "X đến [hết] [ngày] Y" after a cued piece: a range whose cue is 'tu-den'. Returns -1 when absent. */
  private rangeAfter(piece: Piece, start?: number): number {
    const shape = piece.shape;
    const k = this.afterConnector(piece.endToken);
    if (k < 0 || shape.type !== 'date' || shape.a.form === 'month-year') return -1;
    const right = this.readPiece(k);
    if (!right || right.shape.type !== 'date' || right.shape.a.form === 'month-year') return -1;
    const a = shape.a;
    const b = right.shape.a;
    if (!this.combinable(a, b)) return -1;
    const full = a.day !== undefined && (a.year !== undefined || b.year !== undefined);
    if (!full && !(plausible(a) && plausible(b))) return -1;
    return this.emit(this.dateRange(a, b, 'tu-den', start ?? this.tokens[a.firstToken].start), right.endToken, !full);
  }

  /** "quý I/2025", "quý II năm 2024", "quý III". */
  private quarter(i: number): number {
    const tokens = this.tokens;
    const roman = tokens[i + 1];
    if (!roman || roman.kind !== 'word' || !(roman.text in ROMAN_QUARTERS) || roman.gap === 0) return -1;
    const q: Quarter = { kind: 'quarter', start: tokens[i].start, end: roman.end, text: '', quarter: ROMAN_QUARTERS[roman.text], roman: roman.text };
    let end = i + 2;
    let yearAt = -1;
    // "I/2025" is a glued word/number chain, which markNumbersThatAreNoDates marks: read it here on its own.
    if (this.isMark(i + 2, '/') && tokens[i + 3]?.kind === 'number' && tokens[i + 2].gap <= 1 && tokens[i + 3].gap <= 1) yearAt = i + 3;
    else if (this.isWord(i + 2, 'năm') && this.isDateNumber(i + 3)) yearAt = i + 3;
    if (yearAt >= 0 && tokens[yearAt].text.length >= 4 && tokens[yearAt].text.length <= 5 && !this.isChained(yearAt)) {
      q.year = Number(tokens[yearAt].text);
      q.yearPart = this.writtenPart(yearAt);
      q.end = tokens[yearAt].end;
      end = yearAt + 1;
    } else if (this.context.year !== undefined) {
      q.year = this.context.year;
      q.yearInferred = true;
    }
    q.text = this.text.slice(q.start, q.end);
    return this.emit(q, end, false);
  }

  /** "tháng 12/2024", "tháng 3-2024", "tháng 12 năm 2024". */
  private month(i: number): number {
    const tokens = this.tokens;
    const j = i + 1;
    if (!this.isDateNumber(j) || tokens[j].text.length > 2) return -1;
    if (!this.isChained(j) && this.isWord(j + 1, 'năm') && this.isDateNumber(j + 2) && tokens[j + 2].text.length >= 4 && tokens[j + 2].text.length <= 5 && !this.isChained(j + 2)) {
      const a: RawPart = { month: this.writtenPart(j), year: this.writtenPart(j + 2), form: 'month-year', start: tokens[i].start, end: tokens[j + 2].end, firstToken: i, endToken: j + 3 };
      return this.emit(this.singleDate(a), j + 3, false);
    }
    const chain = this.numberChain(j);
    const shape = this.shapeOf(chain);
    if (!shape) return -1;
    if (shape.type === 'date' && shape.a.form === 'month-year') {
      shape.a.start = tokens[i].start;
      shape.a.firstToken = i;
      return this.emit(this.singleDate(shape.a), chain.end, false);
    }
    if (shape.type === 'range' && shape.a.form === 'month-year') {
      return this.accept({ shape, firstToken: j, endToken: chain.end, afterNgay: false }, 'none', 'dash', tokens[i].start, true);
    }
    return -1;
  }

  /** Period keyword at i ("đoạn" of giai đoạn, "kỳ" of nhiệm kỳ / thời kỳ) or "năm" itself. */
  private periodAfter(keywordStart: number, i: number, cue: PeriodCue): number {
    const tokens = this.tokens;
    let j = i;
    let periodCue: PeriodCue = cue;
    if (this.isMark(j, ':')) j++;
    if (this.isWord(j, 'từ')) {
      j++;
      if (periodCue === 'nam') periodCue = 'tu-den';
    }
    if (this.isWord(j, 'năm')) j++;
    if (!this.isDateNumber(j)) return -1;
    const chain = this.numberChain(j);
    const shape = this.shapeOf(chain);
    if (shape && shape.type === 'years') return this.emit(this.period(shape.y1, shape.y2, periodCue, keywordStart, keywordStart), chain.end, false);
    if (shape && shape.type === 'single' && tokens[j].text.length >= 4 && tokens[j].text.length <= 5) {
      // "từ năm 2021 đến năm 2023"
      const k = this.afterConnector(j + 1);
      if (k >= 0) {
        let m = k;
        if (this.isWord(m, 'năm')) m++;
        if (this.isDateNumber(m) && tokens[m].text.length >= 4 && tokens[m].text.length <= 5 && !this.isChained(m)) {
          return this.emit(this.period(this.writtenPart(j), this.writtenPart(m), periodCue === 'nam' ? 'tu-den' : periodCue, keywordStart, keywordStart), m + 1, false);
        }
      }
    }
    return -1;
  }

  /** "năm 2024", "năm 2022 – 2023", "từ năm 2021 đến năm 2023". */
  private year(i: number): number {
    const tokens = this.tokens;
    const j = i + 1;
    if (!this.isDateNumber(j)) return -1;
    const chain = this.numberChain(j);
    const shape = this.shapeOf(chain);
    if (!shape) return -1;
    const afterTu = this.isWord(i - 1, 'từ');
    const keywordStart = afterTu ? tokens[i - 1].start : tokens[i].start;
    if (shape.type === 'years') return this.emit(this.period(shape.y1, shape.y2, afterTu ? 'tu-den' : 'nam', keywordStart), chain.end, false);
    if (shape.type !== 'single') return -1;
    const digits = tokens[j].text.length;
    if (digits < 4 || digits > 5) return -1;
    if (afterTu) {
      const period = this.periodAfter(keywordStart, i, 'nam');
      if (period >= 0) return period;
    }
    const y: RawPart = { year: this.writtenPart(j), form: 'year-only', start: tokens[i].start, end: tokens[j].end, firstToken: i, endToken: j + 1 };
    return this.emit(this.singleDate(y), j + 1, false);
  }

  /** A number not led by a keyword. */
  private bare(i: number): number {
    const chain = this.numberChain(i);
    const skip = Math.max(chain.end, i + 1);
    if (chain.rejected || this.isWord(i - 1, 'thứ')) return skip;
    const shape = this.shapeOf(chain);
    if (!shape || shape.type === 'single') return skip;
    const piece: Piece = { shape, firstToken: i, endToken: chain.end, afterNgay: false };
    if (shape.type === 'years') {
      if (this.enclosed(i, chain.end)) return this.emit(this.period(shape.y1, shape.y2, 'paren', shape.y1.start), chain.end, false);
      return skip;
    }
    let cue: Cue = 'none';
    if (this.isMark(i - 1, '(') || this.weekdayBefore(i) || this.isWordIn(i - 1, TIME_CUES)) cue = 'strong';
    else if (this.isWordIn(i - 1, WEAK_CUES) || this.eventNameBefore(i)) cue = 'weak';
    else if (this.lastYearless && this.lastEndToken === i - 1 && (this.isWordIn(i - 1, LIST_WORDS) || this.isMarkIn(i - 1, LIST_MARKS))) cue = 'weak';
    if (cue === 'strong' || (shape.type === 'date' && shape.a.year)) {
      const range = this.rangeAfter(piece);
      if (range >= 0) return range;
    }
    const next = this.accept(piece, cue, 'dash');
    return next >= 0 ? next : skip;
  }

  run(): DateMatch[] {
    const tokens = this.tokens;
    // i: the first token not read yet. A read starts only at an anchor: the tokens between them are passed over.
    let i = 0;
    for (const anchor of this.anchors) {
      if (anchor < i) continue;
      i = anchor;
      const token = tokens[i];
      if (token.kind === 'number') {
        i = this.bare(i);
        continue;
      }
      if (token.kind === 'word') {
        let next = -1;
        switch (token.lower) {
          case 'quý':
            next = this.quarter(i);
            break;
          case 'từ':
            if (this.isWord(i + 1, 'ngày') || this.isDateNumber(i + 1)) next = this.fromPiece(i, i + 1, true);
            break;
          case 'ngày':
            next = this.fromPiece(i, i, false);
            break;
          case 'tháng':
            next = this.month(i);
            break;
          case 'năm':
            next = this.year(i);
            break;
          case 'đoạn':
            if (this.isWord(i - 1, 'giai')) next = this.periodAfter(tokens[i - 1].start, i + 1, 'giai-doan');
            break;
          case 'kỳ':
          case 'kì':
            if (this.isWord(i - 1, 'nhiệm')) next = this.periodAfter(tokens[i - 1].start, i + 1, 'nhiem-ky');
            else if (this.isWord(i - 1, 'thời')) next = this.periodAfter(tokens[i - 1].start, i + 1, 'thoi-ky');
            break;
          default:
            if (TIME_CUES.has(token.lower) && this.isDateNumber(i + 1)) next = this.fromPiece(i, i + 1, false);
        }
        if (next > i) {
          i = next;
          continue;
        }
      }
      i++;
    }
    return this.found;
  }
}
