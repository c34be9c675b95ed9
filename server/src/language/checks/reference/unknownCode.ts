import { isPartyTypeCode, isStateTypeCode } from '../../domain/documentTypes';
import { Check } from '../types';
import { checkedCitations, spanIn } from './shared';

/** Codes seen in real use that the tables do not list but that are not worth a warning. */
const TOLERATED: Record<'party' | 'state', ReadonlySet<string>> = {
  party: new Set(['CTrHĐ']),
  // Older State công văn often carry "CV" although NĐ 30/2020 gives công văn no type code.
  state: new Set(['CV']),
};

/**
 * A type code its system does not have: "05-QyĐ/TU" (QyĐ is the State code), "12/CTrHĐ-UBND". Issuer codes are not
 * judged: local committees and their boards use many codes the tables cannot list (ĐUKDN, ĐUCA…).
 */
export const referenceUnknownCode: Check = {
  code: 'reference.unknown-code',
  category: 'reference',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    vi: 'Chữ viết tắt loại văn bản trong ký hiệu phải là một mã có trong hệ thống văn bản tương ứng (HD 36-HD/VPTW cho văn bản Đảng, NĐ 30/2020/NĐ-CP cho văn bản nhà nước).',
    en: 'The type code in a symbol is one its system defines (HD 36-HD/VPTW for Party documents, NĐ 30/2020/NĐ-CP for State ones).',
  },
  run({ model, t, report }) {
    for (const found of checkedCitations(model)) {
      const c = found.item;
      const code = c.typeCode?.normalized;
      const system = c.intendedSystem;
      if (!c.typeCode || !code || system === 'unknown' || TOLERATED[system].has(code)) continue;
      const known = system === 'party' ? isPartyTypeCode(code) : isStateTypeCode(code);
      if (known) continue;
      const other = system === 'party' ? isStateTypeCode(code) : isPartyTypeCode(code);
      const key = other ? (`reference.unknown-code.${system}-other` as const) : (`reference.unknown-code.${system}` as const);
      report({ span: spanIn(found, c.typeCode.start, c.typeCode.end), message: t(key, { code, symbol: c.symbol?.raw ?? code }) });
    }
  },
};
