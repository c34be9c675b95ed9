// Inputs of the known-documents figures (issue 12): a synthetic catalog of 10 000 entries and a workspace of 2 000
// bulletins, both written to a temporary directory (never to the repository).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './lsp.mjs';

/** A deterministic pseudo-random generator (mulberry32), so that every run measures the same catalog. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = [
  ['Nghị quyết', 'NQ'], ['Chỉ thị', 'CT'], ['Kết luận', 'KL'], ['Quy định', 'QĐ'], ['Quyết định', 'QĐ'], ['Hướng dẫn', 'HD'],
  ['Kế hoạch', 'KH'], ['Thông báo', 'TB'], ['Chương trình hành động', 'CTr'],
];
const ISSUERS = [['TW', 'Bộ Chính trị'], ['TW', 'Ban Bí thư'], ['TU', 'Ban Thường vụ Tỉnh ủy'], ['HU', 'Huyện ủy'], ['ĐU', 'Đảng ủy Khối'], ['BTGTU', 'Ban Tuyên giáo Tỉnh ủy']];

/** 10 000 catalog entries whose titles are made of the words of the built-in titles. */
export function syntheticCatalog(count = 10_000) {
  const builtin = JSON.parse(fs.readFileSync(path.join(ROOT, 'server', 'src', 'language', 'catalog', 'known-documents.json'), 'utf8'));
  const words = [...new Set(builtin.documents.flatMap((d) => d.title.split(/\s+/)).filter((w) => /^\p{L}+$/u.test(w)))];
  const next = random(12);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const documents = [];
  for (let i = 0; i < count; i++) {
    const [type, abbr] = pick(TYPES);
    const [issuerCode, issuer] = pick(ISSUERS);
    const year = 2000 + Math.floor(next() * 26);
    const date = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    const title = ['về', ...Array.from({ length: 6 + Math.floor(next() * 10) }, () => pick(words))].join(' ');
    documents.push({
      number: `${1 + Math.floor(next() * 999)}-${abbr}/${issuerCode}`, type, typeAbbr: abbr, issuerCode, issuer, date, title,
      source: 'synthetic (bench)', verification: next() < 0.5 ? 'verified-external' : 'unverified', category: 'party',
    });
  }
  return { version: 1, documents };
}

/** The lines whose ends completion is asked at: after a type word, a partial symbol, subject words. */
export const COMPLETION_LINES = [
  'Thực hiện Nghị quyết số ',
  'Quán triệt Chỉ thị ',
  'Theo Kết luận số 12',
  'Triển khai 57-',
  'Căn cứ 121',
  'Học tập Nghị quyết kinh te tu nhan',
  'Thực hiện Quyết định phat trien',
  'Kế hoạch số 1',
  'Theo Hướng dẫn cong tac',
  'Thực hiện Quy định số 2',
];
