import { messageTable } from './messageTable';

export const commonMessages = messageTable({
  vi: {
    'fix.replace': 'Sửa thành “{text}”',
    'fix.number': 'Đánh số “{text}”',
    'fix.all-of-kind': 'Sửa tất cả lỗi {code} trong tệp',
    'fix.all': 'Sửa tất cả lỗi có thể tự sửa trong tệp',
    'fix.disable-line': 'Tắt kiểm tra {code} cho dòng này',
    'fix.disable-file': 'Tắt kiểm tra {code} cho cả tệp',
    'input.too-large': 'Tệp quá lớn ({size} MB, giới hạn {limit} MB): Bản tin không kiểm tra tệp này.',
    'input.binary': 'Tệp không phải văn bản (có byte NUL): Bản tin không kiểm tra tệp này.',
  },
  en: {
    'fix.replace': 'Change to “{text}”',
    'fix.number': 'Number it “{text}”',
    'fix.all-of-kind': 'Fix all {code} problems in the file',
    'fix.all': 'Fix all auto-fixable problems in the file',
    'fix.disable-line': 'Disable {code} for this line',
    'fix.disable-file': 'Disable {code} for the whole file',
    'input.too-large': 'File too large ({size} MB, limit {limit} MB): Bản tin does not check it.',
    'input.binary': 'Not a text file (contains NUL bytes): Bản tin does not check it.',
  },
});
