import { bodyIssuerCodes, issuerCodeAllowed, PARTY_ADVISORY_PREFIXES } from '../../domain/documentTypes';
import { canonicalSymbol } from '../../analysis/identity';
import { Check } from '../types';
import { checkedCitations, spanIn } from './shared';

/** Codes that name a kind of committee, which local practice extends: ĐUK → ĐUKDN, ĐU → ĐUCA, ĐUQS, ĐUBP. */
const EXTENDED = new Set(['ĐU', 'ĐUK', 'ĐĐ', 'BCSĐ', 'BCĐ']);

function fits(part: string, allowed: readonly string[]): boolean {
  if (issuerCodeAllowed(part, allowed)) return true;
  // The right board without its committee: "Hướng dẫn số 85-HD/BTG … của Ban Tuyên giáo Đảng ủy Khối" (Lai Châu,
  // 2019). A khối's or a district's boards may write their symbols so; whether they do is not settled, so not judged.
  if (PARTY_ADVISORY_PREFIXES.includes(part) && allowed.some((code) => code.length > part.length && code.startsWith(part))) return true;
  // "Quyết định số 2282/QĐ-TTg của Chính phủ": the Government and its Prime Minister are told apart loosely.
  if ((part === 'TTg' && allowed.includes('CP')) || (part === 'CP' && allowed.includes('TTg'))) return true;
  return allowed.some((code) => EXTENDED.has(code) && part.startsWith(code));
}

/**
 * "Chỉ thị số 19-CT/TW … của Ban Thường vụ Thành ủy": the body after "của" cannot issue under that code. /TW is the
 * code of the Ban Chấp hành Trung ương, the Bộ Chính trị and the Ban Bí thư alike, so "Quy định 138-QĐ/TW của Ban
 * Chấp hành Trung ương" (a Ban Bí thư document under the Central Committee's letterhead) is not reported here.
 */
export const referenceIssuerMismatch: Check = {
  code: 'reference.issuer-mismatch',
  category: 'reference',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    vi: 'Cơ quan ban hành ghi sau chữ “của” phải khớp với ký hiệu cơ quan trong số văn bản: /TW chỉ của Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư; /TU của Tỉnh ủy, Thành ủy; /ĐUK của Đảng ủy Khối; /QH15 của Quốc hội…',
    en: 'The body named after “của” can issue under the symbol’s issuer code: /TW only the Central Committee, Politburo or Secretariat; /TU a provincial or city committee; /ĐUK a khối committee; /QH15 the National Assembly…',
  },
  run({ model, t, report }) {
    for (const found of checkedCitations(model)) {
      const c = found.item;
      if (!c.body || !c.issuerCode || !c.issuerParts || !c.symbol) continue;
      // A body copied from the last member of a list ("05-CT/TW và 05-CT/TU của Tỉnh ủy") may not be this one's.
      if (c.tailShared) continue;
      const allowed = bodyIssuerCodes(c.body.text);
      if (!allowed || c.issuerParts.some((part) => fits(part, allowed))) continue;
      const span = spanIn(found, c.issuerCode.start, c.issuerCode.end);
      const params = { symbol: canonicalSymbol(c) ?? c.symbol.raw, code: c.issuerCode.normalized, body: c.body.text, expected: allowed.map((x) => `/${x}`).join(t('reference.or')) };
      // Changing the code is offered only for a single-issuer symbol: the body, not the code, may be the mistake.
      const newCode = allowed[0];
      const fix = c.issuerParts.length === 1 && !/^(?:QH|UBTVQH)$/.test(newCode)
        ? { title: t('fix.replace', { text: newCode }), edits: [{ ...span, newText: newCode }] }
        : undefined;
      report({ span, message: t('reference.issuer-mismatch', params), ...(fix ? { fix } : {}) });
    }
  },
};
