/**
 * Fixed anniversaries (from the team's domain notes, kept outside this repository: only the entries marked verified-external,
 * verified-thirdparty or sample/seed-consistent) and the lookup of the one a phrase names. The reader of "N năm …"
 * mentions is parse/anniversaries.ts.
 */
import { isDigit, isLetterOrMarkAt, wordEnd } from '../text/chars';

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
