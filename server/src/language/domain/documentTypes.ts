/**
 * Type codes, issuer codes and issuing bodies of Party and State documents, with the small lookups the citation
 * parser and the citation checks need. Sources: HD 36-HD/VPTW (2018), NĐ 30/2020/NĐ-CP, Luật BHVBQPPL and the
 * sample bulletins (summarised in the team's domain notes, which are kept outside this repository: §1.3, §1.4, §2).
 */
import { memoByText } from '../text/memo';

export type DocumentSystem = 'party' | 'state';

/** Party type codes (the part between the hyphen and the slash) and the type words that go with each. */
export const PARTY_TYPE_CODES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['NQ', ['Nghị quyết']],
  ['QĐ', ['Quyết định', 'Quy định']], // Quy định is still commonly written QĐ (37-QĐ/TW, 138-QĐ/TW)
  ['QĐi', ['Quy định']],
  ['CT', ['Chỉ thị']],
  ['KL', ['Kết luận']],
  ['QC', ['Quy chế']],
  ['HD', ['Hướng dẫn']],
  ['TT', ['Thông tri']], // Thông tri in Party documents, Thông tư in State ones
  ['TB', ['Thông báo']],
  ['BC', ['Báo cáo']],
  ['TTr', ['Tờ trình']],
  ['KH', ['Kế hoạch']],
  ['CTr', ['Chương trình', 'Chương trình hành động']],
  ['CTrHĐ', ['Chương trình hành động', 'Chương trình']], // local HCMC variant, not in HD 36
  ['ĐA', ['Đề án']],
  ['PA', ['Phương án']],
  ['QTr', ['Quy trình']],
  ['CV', ['Công văn']],
  ['BB', ['Biên bản']],
  ['BS', ['Bản sao']],
]);

/** State type codes (NĐ 30/2020 Phụ lục III plus the normative NĐ, TT, TTLT) and their type words. */
export const STATE_TYPE_CODES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['NĐ', ['Nghị định']],
  ['QĐ', ['Quyết định']],
  ['TT', ['Thông tư']],
  ['TTLT', ['Thông tư liên tịch']],
  ['NQ', ['Nghị quyết']],
  ['NQLT', ['Nghị quyết liên tịch']],
  ['CT', ['Chỉ thị']],
  ['QC', ['Quy chế']],
  ['QyĐ', ['Quy định']],
  ['TC', ['Thông cáo']],
  ['TB', ['Thông báo']],
  ['HD', ['Hướng dẫn']],
  ['CTr', ['Chương trình']],
  ['KH', ['Kế hoạch']],
  ['PA', ['Phương án']],
  ['ĐA', ['Đề án']],
  ['DA', ['Dự án']],
  ['BC', ['Báo cáo']],
  ['BB', ['Biên bản']],
  ['TTr', ['Tờ trình']],
  ['HĐ', ['Hợp đồng']],
  ['CĐ', ['Công điện']],
  ['BGN', ['Bản ghi nhớ']],
  ['BTT', ['Bản thỏa thuận', 'Bản thoả thuận']],
  ['GUQ', ['Giấy ủy quyền', 'Giấy uỷ quyền']],
  ['GM', ['Giấy mời']],
  ['GGT', ['Giấy giới thiệu']],
  ['GNP', ['Giấy nghỉ phép']],
  ['PG', ['Phiếu gửi']],
  ['PC', ['Phiếu chuyển']],
  ['PB', ['Phiếu báo']],
]);

/** State type words whose numbers carry no type code: Luật 64/2025/QH15, Nghị quyết 103/2023/QH15, công văn 4021/VPCP-CN. */
export const STATE_UNCODED_TYPE_WORDS: readonly string[] = ['Luật', 'Pháp lệnh', 'Nghị quyết', 'Công văn'];

/** Every type word either system uses, longest first so that an alternation prefers "Chương trình hành động". */
export const TYPE_WORDS: readonly string[] = (() => {
  const words = new Set<string>();
  for (const table of [PARTY_TYPE_CODES, STATE_TYPE_CODES]) for (const list of table.values()) list.forEach((w) => words.add(w));
  STATE_UNCODED_TYPE_WORDS.forEach((w) => words.add(w));
  return [...words].sort((a, b) => b.length - a.length);
})();

/** Type codes editors also write in place of the type word ("NQ 24-NQ/TW", "NQ số 18-NQ/TW"). */
export const ABBREVIATED_TYPE_WORDS: readonly string[] = ['NQ', 'CT', 'KL', 'QĐ', 'QĐi', 'KH', 'CTr', 'HD', 'TB', 'CV', 'NĐ', 'TT', 'ĐA', 'QC'];

/** Committee suffixes: alone they are issuers, after an advisory prefix they name that committee's board. */
export const PARTY_COMMITTEE_SUFFIXES: readonly string[] = ['TW', 'TU', 'HU', 'QU', 'ThU', 'ĐUK', 'ĐU'];

/** Advisory-body prefixes that take a committee suffix: BTG + TU = Ban Tuyên giáo Tỉnh ủy. */
export const PARTY_ADVISORY_PREFIXES: readonly string[] = ['BTGDV', 'BTG', 'BTC', 'BDV', 'VP', 'UBKT', 'BCĐ', 'BKT', 'BNC', 'BĐN'];

/** Party issuers that are not prefix + suffix. */
export const PARTY_STANDALONE_ISSUERS: readonly string[] = ['TW', 'TU', 'HU', 'QU', 'ThU', 'ĐU', 'ĐUK', 'CB', 'ĐĐ', 'BCSĐ', 'BCĐ', 'ĐH', 'QUTW', 'ĐUQSTW'];

/** State issuer codes (after the type code's hyphen). QH and UBTVQH take the term number: QH15, UBTVQH14. */
export const STATE_ISSUERS: readonly string[] = [
  'CP', 'TTg', 'QH', 'UBTVQH', 'UBND', 'HĐND', 'CTN', 'VPCP', 'TANDTC', 'VKSNDTC', 'HĐTP', 'KTNN', 'NHNN',
  'BTC', 'BGDĐT', 'BYT', 'BQP', 'BCA', 'BNV', 'BTTTT', 'BKHĐT', 'BCT', 'BNN&PTNT', 'BNNPTNT', 'BTNMT', 'BXD', 'BGTVT',
  'BLĐTBXH', 'BVHTTDL', 'BKHCN', 'BTP', 'BNG', 'UBDT', 'BNNMT', 'BDTTG', 'BCĐ',
];

const PARTY_STANDALONE_SET = new Set(PARTY_STANDALONE_ISSUERS);
const STATE_ISSUER_SET = new Set(STATE_ISSUERS);

export function isPartyTypeCode(code: string): boolean {
  return PARTY_TYPE_CODES.has(code);
}

export function isStateTypeCode(code: string): boolean {
  return STATE_TYPE_CODES.has(code);
}

/** "TƯ" is a spelling of "TW" (dangcongsan.vn writes 49-KL/TƯ); spaces inside a code carry no meaning. */
export function normalizeIssuerCode(text: string): string {
  return text.replace(/\s+/g, '').replace(/TƯ/g, 'TW').replace(/Tư(?=$|-)/g, 'TW');
}

/** QH15 → QH, UBTVQH14 → UBTVQH: the term number is checked separately against the date. */
export function issuerCodeBase(code: string): string {
  const m = /^(UBTVQH|QH)\d{1,2}$/.exec(code);
  return m ? m[1] : code;
}

/** True for a Party issuer code: a standalone code or an advisory prefix plus a committee suffix (BTGTU, UBKTTW). */
export function isPartyIssuerCode(code: string): boolean {
  const c = normalizeIssuerCode(code);
  if (PARTY_STANDALONE_SET.has(c)) return true;
  for (const prefix of PARTY_ADVISORY_PREFIXES) {
    if (c.startsWith(prefix) && PARTY_COMMITTEE_SUFFIXES.includes(c.slice(prefix.length))) return true;
  }
  return false;
}

/** True for a State issuer code; a hyphenated group (BTC-TCT, VPCP-CN) is judged by its first part. */
export function isStateIssuerCode(code: string): boolean {
  const first = code.split('-')[0];
  return STATE_ISSUER_SET.has(issuerCodeBase(first));
}

/** Lower case, no diacritics, đ → d, single spaces: "Tỉnh uỷ" and "Tỉnh ủy" become the same key. */
export function foldForLookup(text: string): string {
  let folded = FOLDED.get(text);
  if (folded === undefined) {
    // Bodies, type words and table entries repeat endlessly across a bulletin: fold each distinct string once.
    if (FOLDED.size > 50_000) FOLDED.clear();
    FOLDED.set(text, (folded = foldWithoutMarks(text)));
  }
  return folded;
}

const FOLDED = new Map<string, string>();

function foldWithoutMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

type SystemKey = DocumentSystem | 'either';

// The lookups by code and by type word below are listed once from the fixed tables (after fold: they fold words).

/** The tables a lookup in one system, or in either, reads: Party first. */
const TABLES: Record<SystemKey, ReadonlyArray<ReadonlyMap<string, readonly string[]>>> = {
  party: [PARTY_TYPE_CODES],
  state: [STATE_TYPE_CODES],
  either: [PARTY_TYPE_CODES, STATE_TYPE_CODES],
};

/** Type words by code in each system, without repeats, in table order. */
const WORDS_BY_CODE = bySystem((tables) => {
  const out = new Map<string, string[]>();
  for (const table of tables) {
    for (const [code, words] of table) {
      const list = out.get(code) ?? [];
      for (const w of words) if (!list.includes(w)) list.push(w);
      out.set(code, list);
    }
  }
  return out;
});

/** Type codes by folded type word in each system, in table order. */
const CODES_BY_WORD = bySystem((tables) => {
  const out = new Map<string, string[]>();
  for (const table of tables) {
    for (const [code, words] of table) {
      for (const w of words) {
        const key = foldForLookup(w);
        const list = out.get(key) ?? [];
        if (!list.includes(code)) list.push(code);
        out.set(key, list);
      }
    }
  }
  return out;
});

function bySystem<T>(build: (tables: ReadonlyArray<ReadonlyMap<string, readonly string[]>>) => T): Record<SystemKey, T> {
  return { party: build(TABLES.party), state: build(TABLES.state), either: build(TABLES.either) };
}

const NONE: readonly string[] = [];

/** Type words that go with a code in one system, or in either when the system is not given. */
export function typeWordsForCode(code: string, system?: DocumentSystem): readonly string[] {
  return WORDS_BY_CODE[system ?? 'either'].get(code) ?? NONE;
}

/** Type codes that may carry a type word ("Quy định" → QĐ, QĐi in Party use; QyĐ in State use). */
export function typeCodesForWord(word: string, system?: DocumentSystem): readonly string[] {
  return CODES_BY_WORD[system ?? 'either'].get(foldForLookup(word)) ?? NONE;
}

/** Committee phrases, folded, with the suffix codes they use. Longest first when searched. */
const COMMITTEES: ReadonlyArray<[string, readonly string[]]> = [
  ['ban chap hanh trung uong dang', ['TW']],
  ['ban chap hanh trung uong', ['TW']],
  ['bo chinh tri', ['TW']],
  ['ban bi thu trung uong dang', ['TW']],
  ['ban bi thu trung uong', ['TW']],
  ['ban bi thu', ['TW']],
  ['trung uong dang', ['TW']],
  ['trung uong', ['TW']],
  ['ban chap hanh dang bo tinh', ['TU']],
  ['ban chap hanh dang bo thanh pho', ['TU', 'ThU']],
  ['ban chap hanh dang bo huyen', ['HU']],
  ['ban chap hanh dang bo quan', ['QU']],
  ['ban chap hanh dang bo thi xa', ['ThU']],
  ['ban chap hanh dang bo khoi', ['ĐUK']],
  ['tinh uy', ['TU']],
  ['thanh uy', ['TU', 'ThU']], // a city under the Centre uses TU, a city under a province ThU
  ['huyen uy', ['HU']],
  ['quan uy', ['QU']],
  ['thi uy', ['ThU']],
  ['dang uy khoi', ['ĐUK']],
  ['dang uy', ['ĐU']],
];

/** Advisory boards, folded, with their code prefix. */
const ADVISORY_BOARDS: ReadonlyArray<[string, string]> = [
  ['ban tuyen giao va dan van', 'BTGDV'],
  ['ban tuyen giao', 'BTG'],
  ['ban to chuc', 'BTC'],
  ['ban dan van', 'BDV'],
  ['van phong', 'VP'],
  ['uy ban kiem tra', 'UBKT'],
  ['ban chi dao', 'BCĐ'],
  ['ban kinh te', 'BKT'],
  ['ban noi chinh', 'BNC'],
  ['ban doi ngoai', 'BĐN'],
];

/** Bodies that are neither a committee nor an advisory board of one, folded, with their codes. */
const OTHER_BODIES: ReadonlyArray<[string, readonly string[]]> = [
  ['quan uy trung uong', ['QUTW']],
  ['dang uy quan su trung uong', ['ĐUQSTW']],
  ['chi bo', ['CB']],
  ['chi uy', ['CB']],
  ['dang doan', ['ĐĐ']],
  ['ban can su dang', ['BCSĐ']],
  ['dai hoi', ['ĐH']],
  ['uy ban thuong vu quoc hoi', ['UBTVQH']],
  ['quoc hoi', ['QH']],
  ['thu tuong chinh phu', ['TTg']],
  ['thu tuong', ['TTg']],
  ['van phong chinh phu', ['VPCP']],
  ['chinh phu', ['CP']],
  ['chu tich nuoc', ['CTN']],
  ['uy ban nhan dan', ['UBND']],
  ['hoi dong nhan dan', ['HĐND']],
  ['hoi dong tham phan toa an nhan dan toi cao', ['HĐTP']],
  ['toa an nhan dan toi cao', ['TANDTC']],
  ['vien kiem sat nhan dan toi cao', ['VKSNDTC']],
  ['kiem toan nha nuoc', ['KTNN']],
  ['ngan hang nha nuoc', ['NHNN']],
  ['bo tai chinh', ['BTC']],
  ['bo giao duc va dao tao', ['BGDĐT']],
  ['bo y te', ['BYT']],
  ['bo quoc phong', ['BQP']],
  ['bo cong an', ['BCA']],
  ['bo noi vu', ['BNV']],
  ['bo thong tin va truyen thong', ['BTTTT']],
  ['bo ke hoach va dau tu', ['BKHĐT']],
  ['bo cong thuong', ['BCT']],
  ['bo nong nghiep va phat trien nong thon', ['BNN&PTNT', 'BNNPTNT']],
  ['bo nong nghiep va moi truong', ['BNNMT']],
  ['bo tai nguyen va moi truong', ['BTNMT']],
  ['bo xay dung', ['BXD']],
  ['bo giao thong van tai', ['BGTVT']],
  ['bo lao dong - thuong binh va xa hoi', ['BLĐTBXH']],
  ['bo lao dong thuong binh va xa hoi', ['BLĐTBXH']],
  ['bo van hoa, the thao va du lich', ['BVHTTDL']],
  ['bo van hoa the thao va du lich', ['BVHTTDL']],
  ['bo khoa hoc va cong nghe', ['BKHCN']],
  ['bo tu phap', ['BTP']],
  ['bo ngoai giao', ['BNG']],
];

const BY_LENGTH = <T>(list: ReadonlyArray<[string, T]>): ReadonlyArray<[string, T]> => [...list].sort((a, b) => b[0].length - a[0].length);
const COMMITTEES_SORTED = BY_LENGTH(COMMITTEES);
const ADVISORY_SORTED = BY_LENGTH(ADVISORY_BOARDS);
const OTHERS_SORTED = BY_LENGTH(OTHER_BODIES);

/** Length of `phrase` when `key` starts with it at a word boundary, else -1. */
function wordPrefix(key: string, phrase: string): number {
  if (!key.startsWith(phrase)) return -1;
  return key.length === phrase.length || key[phrase.length] === ' ' ? phrase.length : -1;
}

function matchCommittee(key: string): readonly string[] | undefined {
  for (const [phrase, codes] of COMMITTEES_SORTED) if (wordPrefix(key, phrase) >= 0) return codes;
  return undefined;
}

/**
 * Issuer codes a body named in prose may use, e.g. "Ban Thường vụ Tỉnh ủy" → ['TU'], "Bộ Chính trị khóa XII" →
 * ['TW'], "Ban Tuyên giáo Thành ủy" → ['BTGTU', 'BTGThU'], "Quốc hội" → ['QH'] (compare with issuerCodeBase).
 * Undefined when the body is not recognised: checks must then stay quiet. Words after the body name (a place name,
 * "Đảng", "khóa XII") are ignored.
 */
export function bodyIssuerCodes(bodyText: string): string[] | undefined {
  const codes = issuerCodesOfBody(bodyText);
  return codes && [...codes];
}

/** Bodies repeat through a bulletin; each distinct one is looked up once. */
const issuerCodesOfBody = memoByText((bodyText: string): string[] | undefined => {
  let key = foldForLookup(bodyText).replace(/[.,;:]+$/, '');
  if (key === '') return undefined;
  // The standing committee issues under its committee's code.
  if (key.startsWith('ban thuong vu ')) key = key.slice('ban thuong vu '.length);
  for (const [phrase, codes] of OTHERS_SORTED) {
    // "Đảng ủy Quân sự Trung ương" and "Quân ủy Trung ương" must win over the committee "Đảng ủy"/"Quận ủy".
    if (wordPrefix(key, phrase) >= 0 && (phrase.includes('trung uong') || !matchCommittee(key))) return [...codes];
  }
  for (const [phrase, prefix] of ADVISORY_SORTED) {
    const n = wordPrefix(key, phrase);
    if (n < 0) continue;
    const rest = key.slice(n).trim();
    const suffixes = rest === '' ? undefined : matchCommittee(rest);
    // "Ban Chỉ đạo" alone (264-KH/BCĐ) issues under BCĐ; other boards need their committee to be named.
    if (!suffixes) return prefix === 'BCĐ' ? ['BCĐ'] : undefined;
    return prefix === 'BCĐ' ? ['BCĐ', ...suffixes.map((s) => prefix + s)] : suffixes.map((s) => prefix + s);
  }
  const committee = matchCommittee(key);
  return committee ? [...committee] : undefined;
});

/** True when an issuer code as normalised (TW, QH15, BTGTU) is among the codes bodyIssuerCodes gave. */
export function issuerCodeAllowed(issuerCode: string, allowed: readonly string[]): boolean {
  const normalized = normalizeIssuerCode(issuerCode);
  return allowed.includes(issuerCodeBase(normalized)) || allowed.includes(normalized);
}
