/** The sample bulletin of the brief: "45." after "2.", a second "A.", and "2..". */
export const BULLETIN = [
  'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024',
  '',
  'A. THÔNG TIN THỜI SỰ',
  'I. TRONG NƯỚC',
  '1. Mục một',
  'Nội dung.',
  '2. Mục hai',
  'Nội dung.',
  '45. Mục bốn',
  'Nội dung.',
  'A. ĐỊNH HƯỚNG TUYÊN TRUYỀN',
  '1. Tuyên truyền',
  'Nội dung.',
  '2.. Tuyên truyền tiếp',
  'Nội dung.',
  '',
].join('\n');

/** The same bulletin with every finding fixed. */
export const CLEAN_BULLETIN = BULLETIN.replace('45. Mục bốn', '3. Mục bốn').replace('A. ĐỊNH HƯỚNG', 'B. ĐỊNH HƯỚNG').replace('2.. Tuyên', '2. Tuyên');

export const GAP_45 = { line: 8, range: '8:0-8:3', vi: 'Mục “45.” nhảy cóc: theo thứ tự phải là “3.”.', en: 'Item “45.” skips a number: the sequence expects “3.”.' };
export const REPEAT_A = { line: 10, range: '10:0-10:2', vi: 'Phần “A.” bị lặp lại: theo thứ tự phải là “B.”.', en: 'Part “A.” is repeated: the sequence expects “B.”.' };
export const DOUBLE_DOT = { line: 13, range: '13:0-13:3', vi: 'Số thứ tự “2..” thừa dấu chấm: phải viết “2.”.', en: 'Number “2..” has an extra dot: write “2.”.' };
