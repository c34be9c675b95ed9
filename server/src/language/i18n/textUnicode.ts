import { messageTable } from './messageTable';

/** Messages of the Unicode and tone-style checks (`text.unicode-normalization`, `text.detached-mark`…). */
export const textUnicodeMessages = messageTable({
  vi: {
    'text.unicode-normalization.nfd':
      'Tệp viết ở dạng Unicode tổ hợp (NFD), từ “{word}” ở dòng {line} ({count} dòng): trông như nhau nhưng tìm kiếm, so khớp và sao chép sang chương trình khác có thể sai. Nên chuyển cả tệp về dạng dựng sẵn (NFC).',
    'text.unicode-normalization.mixed':
      'Tệp lẫn hai dạng Unicode: {count} dòng viết ở dạng tổ hợp (NFD), đầu tiên là “{word}” ở dòng {line}, phần còn lại ở dạng dựng sẵn (NFC). Tìm “{word}” sẽ không thấy hết; nên chuyển cả tệp về NFC.',
    'fix.unicode-normalization': 'Chuyển cả tệp về dạng Unicode dựng sẵn (NFC)',
    'text.detached-mark': '“{found}”: dấu “{mark}” bị tách khỏi chữ. Cần gắn dấu vào chữ: “{expected}”.',
    'text.detached-mark.unsure':
      '“{found}”: dấu “{mark}” đứng riêng, không gắn vào chữ nào. Cần gắn dấu vào đúng chữ (gõ lại chữ có dấu).',
    'text.detached-mark.duplicate': '“{found}”: dấu “{mark}” bị gõ hai lần trên một chữ. Cần bỏ dấu thừa: “{expected}”.',
    'text.detached-mark.stacked': '“{found}”: một chữ mang hai dấu thanh. Mỗi âm tiết chỉ có một dấu thanh; cần gõ lại chữ này.',
    'text.replacement-char':
      '“{found}”: có {count} ký tự “�” (U+FFFD) thay cho chữ bị hỏng khi đọc sai bảng mã. Cần chép lại đoạn này từ bản gốc hoặc gõ lại.',
    'text.replacement-char.garbled':
      '“{found}”: {count} chỗ chữ bị thay bằng dấu “?” do sao chép hoặc lưu sai bảng mã. Cần chép lại dòng này từ bản gốc hoặc gõ lại.',
    'text.invisible-char':
      '“{found}”: {count} ký tự vô hình ({codes}) trong dòng. Chúng không hiện ra nhưng làm sai việc tìm kiếm, so khớp và đếm chữ; cần xóa.',
    'fix.invisible-char': 'Xóa ký tự vô hình',
    'fix.invisible-char.all': 'Xóa {count} ký tự vô hình của dòng',
    'text.tone-style':
      '“{found}”: dấu thanh đặt kiểu {style}, khác phần lớn tệp ({count} chỗ kiểu {other}). Nên viết thống nhất một kiểu: “{expected}”.',
    'text.tone-style.setting': '“{found}”: dấu thanh đặt kiểu {style}; cài đặt bantin.text.toneStyle chọn kiểu {other}: “{expected}”.',
    'text.tone-style.old': 'cũ (“hoà”, “uỷ”)',
    'text.tone-style.new': 'mới (“hòa”, “ủy”)',
  },
  en: {
    'text.unicode-normalization.nfd':
      'The file is in decomposed Unicode (NFD), from “{word}” on line {line} ({count} lines): it looks the same, but search, matching and copying into other programs may fail. Convert the whole file to the composed form (NFC).',
    'text.unicode-normalization.mixed':
      'The file mixes two Unicode forms: {count} lines are decomposed (NFD), the first being “{word}” on line {line}, the rest composed (NFC). A search for “{word}” will not find them all; convert the whole file to NFC.',
    'fix.unicode-normalization': 'Convert the whole file to composed Unicode (NFC)',
    'text.detached-mark': '“{found}”: the mark “{mark}” is cut off from its letter. Join it to the letter: “{expected}”.',
    'text.detached-mark.unsure': '“{found}”: the mark “{mark}” stands alone, on no letter. Put it on the right letter (type the letter again).',
    'text.detached-mark.duplicate': '“{found}”: the mark “{mark}” is typed twice on one letter. Remove the extra mark: “{expected}”.',
    'text.detached-mark.stacked': '“{found}”: one letter carries two tone marks. A syllable has one tone mark; type this letter again.',
    'text.replacement-char':
      '“{found}”: {count} “�” characters (U+FFFD) stand for letters lost by reading the wrong encoding. Copy this passage again from the original or retype it.',
    'text.replacement-char.garbled':
      '“{found}”: {count} places where letters became “?” through a wrong encoding. Copy this line again from the original or retype it.',
    'text.invisible-char':
      '“{found}”: {count} invisible characters ({codes}) in the line. They do not show but break search, matching and word counts; remove them.',
    'fix.invisible-char': 'Remove the invisible character',
    'fix.invisible-char.all': 'Remove the {count} invisible characters of the line',
    'text.tone-style':
      '“{found}”: tone mark in the {style} placement, unlike most of the file ({count} in the {other} placement). Keep one style: “{expected}”.',
    'text.tone-style.setting': '“{found}”: tone mark in the {style} placement; the setting bantin.text.toneStyle chooses the {other} one: “{expected}”.',
    'text.tone-style.old': 'old (“hoà”, “uỷ”)',
    'text.tone-style.new': 'new (“hòa”, “ủy”)',
  },
});
