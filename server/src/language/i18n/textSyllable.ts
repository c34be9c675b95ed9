import { messageTable } from './messageTable';

/** Messages of the syllable checks (`text.syllable`, `text.typing-residue`). */
export const textSyllableMessages = messageTable({
  vi: {
    'text.syllable.marks': '“{found}” có hai dấu thanh: mỗi âm tiết chỉ mang một dấu, nhiều khả năng là “{expected}”.',
    'text.syllable.marks-unsure': '“{found}” có hai dấu thanh khác nhau: mỗi âm tiết chỉ mang một dấu, kiểm tra lại chữ này.',
    'text.syllable.stop-final': '“{found}” sai chính tả: âm tiết tận cùng bằng {final} chỉ mang dấu sắc hoặc dấu nặng.',
    'text.syllable.placement': '“{found}” đặt dấu thanh sai nguyên âm: viết “{expected}”.',
    'text.typing-residue': '“{found}” còn sót phím gõ Telex/VNI: nhiều khả năng là “{expected}”.',
    'text.unknown-syllable': '“{found}” không phải là một âm tiết tiếng Việt: kiểm tra lại chữ cái và dấu thanh; nếu là tên riêng hay từ nước ngoài, thêm vào danh sách từ.',
    'text.unknown-syllable.near': '“{found}” không phải là một âm tiết tiếng Việt: nhiều khả năng là “{expected}”.',
    'text.misspelling': '“{found}” viết sai chính tả: viết “{expected}”.',
    'text.body-name': 'Tên cơ quan “{found}” viết sai: viết “{expected}”.',
    'fix.add-word': 'Thêm “{word}” vào danh sách từ (.bantin/words.txt)',
    'text.spacing': 'Khoảng trắng lạ trong dòng (“{found}”: {kinds}; {count} chỗ): nên là một dấu cách thường.',
    'text.spacing.double': 'hai dấu cách',
    'fix.spacing': 'Thay {count} khoảng trắng lạ của dòng bằng một dấu cách',
    'text.misspelling.cut': '“{found}” có vẻ bị cắt cụt: nhiều khả năng là “{expected}”.',
  },
  en: {
    'text.syllable.marks': '“{found}” has two tone marks: a syllable takes one, probably “{expected}”.',
    'text.syllable.marks-unsure': '“{found}” has two different tone marks: a syllable takes one, check this word.',
    'text.syllable.stop-final': '“{found}” is misspelt: a syllable ending in {final} takes only the sắc or nặng tone.',
    'text.syllable.placement': '“{found}” has its tone mark on the wrong vowel: write “{expected}”.',
    'text.typing-residue': '“{found}” has Telex/VNI keystrokes left in it: probably “{expected}”.',
    'text.unknown-syllable': '“{found}” is not a Vietnamese syllable: check its letters and tone mark; if it is a name or a foreign word, add it to the word list.',
    'text.unknown-syllable.near': '“{found}” is not a Vietnamese syllable: probably “{expected}”.',
    'text.misspelling': '“{found}” is misspelt: write “{expected}”.',
    'text.body-name': 'The name “{found}” is misspelt: write “{expected}”.',
    'fix.add-word': 'Add “{word}” to the word list (.bantin/words.txt)',
    'text.spacing': 'Odd spacing in the line (“{found}”: {kinds}; {count} places): should be one ordinary space.',
    'text.spacing.double': 'two spaces',
    'fix.spacing': 'Replace the {count} odd spaces of the line with one space each',
    'text.misspelling.cut': '“{found}” looks cut short: probably “{expected}”.',
  },
});
