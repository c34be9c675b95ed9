import { letterOrMarkLength, wordEnd } from '../../text/chars';
import { Check } from '../types';

/**
 * Syllables Vietnamese doubles on purpose ("luôn luôn", "nhà nhà, người người"): never a typo.
 * Lower case, NFC.
 */
const REDUPLICATIONS = new Set(
  (
    'ai ầm ào bừng cao chiều chỗ dần dạt đâu đêm đời đùng ngày nhà người lần lâu luôn mãi muôn năm nơi rầm riêng ' +
    'sáng tháng thường từ từng xa xưa vừa vội hàng lớp tầng đợt đoàn ùn ồ rì ríu khắp ngành cấp ' +
    'đỏ xanh trắng vàng tím hồng đen mỗi rất lắm thật'
  ).split(' '),
);

/**
 * Two-syllable words a doubled syllable may end and begin ("trở thành | thành phố", "hàng đầu | đầu tư"): when the
 * syllable before the pair and the first one form a word, and the second one and the syllable after form another,
 * the doubling is two words meeting, not a slip. Lower case, NFC. A list, not the document's own text: a slip
 * ("thực hiện hiện Nghị quyết") also meets words found elsewhere in the document ("thực hiện Nghị quyết").
 */
const WORDS = new Set(
  [
    'trở thành', 'thành phố', 'thành viên', 'thành công', 'thành tích', 'thành tựu', 'thành lập', 'hoàn thành', 'tán thành',
    'hình thành', 'cấu thành', 'góp phần', 'phần lớn', 'hàng đầu', 'đầu tư', 'đi đầu', 'đầu tiên', 'bắt đầu', 'ban đầu',
    'tuyên truyền', 'truyền thống', 'truyền thông', 'lưu truyền', 'tích cực', 'tích lũy', 'tích luỹ', 'thực hiện',
    'hiện nay', 'hiện đại', 'hiện tại', 'thể hiện', 'xuất hiện', 'phát hiện', 'hiện thực', 'thực tế', 'thực tiễn',
    'thực chất', 'chân thực', 'trung thực', 'chính trị', 'trị an', 'chính quyền', 'quyền lợi', 'nhân dân', 'dân chủ',
    'chủ trương', 'chủ động', 'chủ tịch', 'làm chủ', 'quân đội', 'đội ngũ', 'nhà nước', 'nước ngoài', 'đất nước',
    'kinh tế', 'tế bào', 'quốc tế', 'xã hội', 'hội nghị', 'đại hội', 'hội viên', 'nghị quyết', 'quyết định',
    'định hướng', 'hướng dẫn', 'phương hướng', 'quyết tâm', 'tâm lý', 'trung tâm', 'quan tâm', 'học tập', 'tập trung',
    'trung ương', 'tập thể', 'thể chế', 'cụ thể', 'tổng thể', 'phát triển', 'triển khai', 'khai thác', 'công khai',
    'xây dựng', 'dựng nước', 'công tác', 'tác động', 'động lực', 'hoạt động', 'lao động', 'vận động', 'lãnh đạo',
    'đạo đức', 'chỉ đạo', 'cán bộ', 'bộ máy', 'toàn bộ', 'nội bộ', 'cơ sở', 'sở hữu', 'đảng viên', 'viên chức',
    'kiểm tra', 'tra cứu', 'giám sát', 'quản lý', 'lý luận', 'luận điểm', 'đoàn kết', 'kết quả', 'quả thực',
    'kết luận', 'tổng kết', 'sơ kết', 'bảo đảm', 'bảo vệ', 'an ninh', 'quốc phòng', 'phòng chống', 'đấu tranh',
    'cạnh tranh', 'tranh thủ', 'thủ đô', 'đô thị', 'thị trường', 'trường học', 'môi trường', 'văn hóa', 'văn hoá',
    'hóa học', 'hoá học', 'giáo dục', 'đào tạo', 'tạo điều', 'khoa học', 'học sinh', 'sinh viên', 'sinh hoạt',
    'sản xuất', 'xuất khẩu', 'nhập khẩu', 'khẩu hiệu', 'hiệu quả', 'quả cảm', 'dân tộc', 'tộc người',
    'người dân', 'tình hình', 'hình thức', 'thức tỉnh', 'ý thức', 'nhận thức', 'chính thức', 'kiến thức', 'phương thức',
    'tổ chức', 'chức năng', 'năng lực', 'lực lượng', 'chất lượng', 'số lượng', 'lượng hóa', 'đơn vị',
    'vị trí', 'trí tuệ', 'nhiệm vụ', 'vụ việc', 'phục vụ', 'dịch vụ', 'công việc', 'việc làm', 'làm việc',
    'mục tiêu', 'tiêu chí', 'chỉ tiêu', 'tiêu biểu', 'biểu dương', 'đại biểu', 'tiêu dùng', 'sử dụng', 'dụng cụ',
    'thông tin', 'tin tưởng', 'tưởng niệm', 'tư tưởng', 'tư pháp', 'pháp luật', 'luật pháp', 'hiến pháp', 'biện pháp',
    'giải pháp', 'pháp lý', 'lịch sử', 'sử học', 'cách mạng', 'mạng lưới', 'cải cách', 'tư cách', 'phong cách',
    'cách thức', 'phong trào', 'trào lưu', 'cộng đồng', 'đồng chí', 'chí khí', 'đồng bào', 'hội đồng', 'đồng thời',
    'thời gian', 'gian khổ', 'thời kỳ', 'kỳ họp', 'họp báo', 'báo cáo', 'cáo trạng', 'tăng cường', 'cường quốc',
    'gia đình', 'đình công', 'quốc gia', 'gia tăng', 'tham gia', 'chuyên gia', 'ban hành', 'hành động', 'hành chính',
    'thi hành', 'điều hành', 'chính sách', 'sách lược', 'nông nghiệp', 'nghiệp vụ', 'doanh nghiệp', 'công nghiệp',
    'công nghệ', 'nghệ thuật', 'thuật ngữ', 'kỹ thuật', 'kĩ thuật', 'tiếp tục', 'tục lệ', 'phong tục', 'liên tục',
    'thủ tục', 'tiếp nhận', 'nhận định', 'định kỳ', 'quy định', 'ổn định', 'xác định', 'định mức', 'kế hoạch',
    'hoạch định', 'thiết kế', 'kế thừa', 'thừa nhận', 'nhân sự', 'sự kiện', 'kiện toàn', 'toàn diện', 'diện tích',
    'toàn dân', 'dân số', 'số hóa', 'số hoá', 'hóa đơn', 'đơn giản', 'giản dị', 'ngày càng', 'càng ngày', 'ngày lễ',
    'lễ hội', 'hội họp', 'mới đây', 'đổi mới', 'mới mẻ', 'vững chắc', 'chắc chắn', 'vững mạnh', 'mạnh mẽ',
    'trong sạch', 'sạch sẽ', 'khó khăn', 'khăn quàng', 'nhân ái', 'nhân văn', 'văn bản', 'bản lĩnh', 'lĩnh vực',
    'khu vực', 'vực dậy', 'cơ bản', 'bản chất', 'vật chất', 'vật liệu', 'liệu pháp', 'tài liệu',
    'số liệu', 'dữ liệu',
  ],
);

/** "tại tại", "bảo bảo đảm", "thực hiện hiện": a syllable typed twice. */
export const doubledWord: Check = {
  code: 'text.doubled-word',
  category: 'text',
  defaultSeverity: 'warning',
  fixable: true,
  description: {
    vi: 'Một từ bị gõ lặp hai lần liền nhau (“bảo bảo đảm”, “thực hiện hiện”), trừ các từ láy cố ý (“luôn luôn”, “nhà nhà”).',
    en: 'A word typed twice in a row (“bảo bảo đảm”, “thực hiện hiện”), except deliberate reduplications (“luôn luôn”, “nhà nhà”).',
  },
  run({ model, t, report }) {
    for (const paragraph of model.paragraphs) {
      const text = paragraph.view.text;
      // The words of the paragraph are walked as offsets; only neighbours of equal length are compared (rare).
      let prevStart = -1;
      let prevEnd = -1;
      let beforeStart = -1;
      let beforeEnd = -1;
      let i = 0;
      while (i < text.length) {
        if (letterOrMarkLength(text, i) === 0) {
          i++;
          continue;
        }
        const start = i;
        const end = wordEnd(text, i);
        i = end;
        const adjacent = prevEnd + 1 === start && text.charCodeAt(prevEnd) === 0x20;
        if (adjacent && end - start === prevEnd - prevStart && sameWord(text, prevStart, start, end - start)) {
          const lower = text.slice(start, end).toLowerCase();
          const before = beforeEnd >= 0 && beforeEnd + 1 === prevStart ? text.slice(beforeStart, beforeEnd).toLowerCase() : undefined;
          const next = wordAfter(text, end);
          if (isSlip(before, lower, next)) {
            const found = text.slice(prevStart, end);
            const kept = text.slice(prevStart, prevEnd); // the first copy keeps a sentence's capital
            const span = paragraph.view.span(prevStart, end);
            // One copy is surely extra when the one kept makes a word with a neighbour ("bảo đảm"); "trong hình hình
            // mới" more likely lost a letter ("tình hình"): no fix then, only the advice to look again.
            if (joinsWord(before, lower, next)) {
              report({
                span,
                message: t('text.doubled-word', { found, word: kept }),
                fix: { title: t('fix.replace', { text: kept }), edits: [{ ...span, newText: kept }], preferred: true },
              });
            } else {
              report({ span, message: t('text.doubled-word.unsure', { found, word: kept }) });
            }
            prevStart = prevEnd = beforeStart = beforeEnd = -1; // a third copy is not a second slip
            continue;
          }
        }
        beforeStart = prevStart;
        beforeEnd = prevEnd;
        prevStart = start;
        prevEnd = end;
      }
    }
  },
};

/** Whether "… before X X next …" is a slip rather than a reduplication or two words meeting. */
function isSlip(before: string | undefined, syllable: string, next: string | undefined): boolean {
  if (syllable.length < 2 || REDUPLICATIONS.has(syllable)) return false;
  if (syllable === 'số') return false; // "số Số 234-KH": reference.format reports the doubled "số" of a symbol
  const endsWord = before !== undefined && WORDS.has(`${before} ${syllable}`);
  const startsWord = next !== undefined && WORDS.has(`${syllable} ${next}`);
  return !(endsWord && startsWord);
}

/** Whether the syllable kept makes a known word with the one before or after it. */
function joinsWord(before: string | undefined, syllable: string, next: string | undefined): boolean {
  return (before !== undefined && WORDS.has(`${before} ${syllable}`)) || (next !== undefined && WORDS.has(`${syllable} ${next}`));
}

/** Whether the `length` code units at a and at b are the same word, ignoring case. */
function sameWord(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    const x = text.charCodeAt(a + k);
    const y = text.charCodeAt(b + k);
    if (x !== y && String.fromCharCode(x).toLowerCase() !== String.fromCharCode(y).toLowerCase()) return false;
  }
  return true;
}

/** The word right after a single space at i, lower case; undefined when something else follows. */
function wordAfter(text: string, i: number): string | undefined {
  if (text.charCodeAt(i) !== 0x20 || letterOrMarkLength(text, i + 1) === 0) return undefined;
  return text.slice(i + 1, wordEnd(text, i + 1)).toLowerCase();
}
