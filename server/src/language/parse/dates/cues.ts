/** The words and marks that cue a date, join its parts, or show that a number is no date. */

export const DASHES = new Set(['-', '–', '—']);
export const WEEKDAY_NAMES: Record<string, number> = { hai: 1, ba: 2, tư: 3, năm: 4, sáu: 5, bảy: 6, bẩy: 6 };
export const TIME_CUES = new Set(['sáng', 'chiều', 'tối', 'trưa', 'đêm', 'hôm', 'khuya']);
/** The words Reader.run starts a read at. */
export const KEYWORDS = new Set(['quý', 'từ', 'ngày', 'tháng', 'năm', 'đoạn', 'kỳ', 'kì', ...TIME_CUES]);
/**
 * Exact pre-filters before KEYWORDS is asked (lower-casing every word costs more than the lookup): no keyword is
 * longer than this in NFC (lower-casing never shortens a word), and the first code unit of a word that lower-cases to
 * a keyword is one of these (the Kelvin sign lower-cases to "k").
 */
export const KEYWORD_MAX_LENGTH = Math.max(...[...KEYWORDS].map((w) => w.length));
export const KEYWORD_INITIALS = new Set([...KEYWORDS].flatMap((w) => [w.charCodeAt(0), w[0].toUpperCase().charCodeAt(0)]).concat(0x212a));

export const WEAK_CUES = new Set(['đến', 'tới', 'trước']);
/** "đến" / "tới" joining the two ends of a range. */
export const CONNECTORS = new Set(['đến', 'tới']);
/** Joiners of a list of dates: "20/11 và 22/12". */
export const LIST_WORDS = new Set(['và', 'hoặc']);
export const LIST_MARKS = [',', ';'];
/** Between a weekday and its date: "Thứ Hai, 15/01", "thứ Bảy (20/1)", "Thứ Sáu - 12/4". */
export const WEEKDAY_MARKS = [',', '(', '-', '–'];
/** Words after a yearless date that end it cleanly (see endsCleanly). */
export const CLEAN_END_WORDS = new Set(['và', 'đến', 'tới', 'hoặc', 'tại', 'âm', 'năm']);
export const ROMAN_QUARTERS: Record<string, 1 | 2 | 3 | 4> = { I: 1, II: 2, III: 3, IV: 4 };
/** Day/month pairs that are idioms, not dates, unless written after "ngày". */
export const IDIOMS = new Set(['24/7', '24/24', '7/7']);
/**
 * Words that open the body phrase of a "nhiệm kỳ" (alternatives grouped by their first word: a long case-insensitive
 * alternation is slow to compile).
 */
export const BODY_HEADS =
  /(?:^|\s)(đại hội|đảng (?:bộ|ủy|uỷ)|chi (?:bộ|ủy|uỷ)|quốc hội|hội đồng(?: nhân dân)?|hđnd|ban (?:chấp hành|thường vụ)|(?:tỉnh|thành|huyện|quận|cấp) (?:ủy|uỷ)|trung ương|(?:ủy|uỷ) ban|mặt trận)(?=\s|$)/iu;
