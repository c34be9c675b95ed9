/**
 * The calendar: leap years, month lengths, weekdays and day counts (pure arithmetic, proleptic Gregorian). Shared by
 * the date reader, the date checks and the hover, so it depends on nothing.
 */

export interface CalendarDate {
  day: number;
  month: number;
  year: number;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(m: number, y?: number): number {
  if (m === 2) return y === undefined || isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function isValidDate(d: number, m: number, y: number): boolean {
  return Number.isInteger(d) && Number.isInteger(m) && Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(m, y);
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function dayNumber({ day, month, year }: CalendarDate): number {
  const yy = month <= 2 ? year - 1 : year;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Day of the week, 0 = Chủ nhật, 1 = thứ Hai … 6 = thứ Bảy. */
export function weekdayOf(d: number, m: number, y: number): number {
  const n = dayNumber({ day: d, month: m, year: y });
  return (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Number of days from a to b (positive when b is later). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** Weekday names by weekdayOf's number. */
export const WEEKDAY_NAMES_VI = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
