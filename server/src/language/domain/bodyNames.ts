/**
 * Names of Party, State and mass bodies and of their offices, as bulletins write them. A capitalised word sequence one
 * letter or one tone away from one of these ("Tỉnh tủy", "Ban Thường vu") is a misspelt name. "Thị ủy" is left out:
 * "thị uy" (a show of force) is a word of its own.
 */
export const BODY_NAMES: readonly string[] = [
  'Tỉnh ủy',
  'Thành ủy',
  'Huyện ủy',
  'Quận ủy',
  'Đảng ủy',
  'Chi ủy',
  'Đảng bộ',
  'Chi bộ',
  'Ban Thường vụ',
  'Ban Chấp hành Trung ương',
  'Ban Chấp hành',
  'Bộ Chính trị',
  'Ban Bí thư',
  'Tổng Bí thư',
  'Ủy ban Kiểm tra',
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Mặt trận Tổ quốc',
  'Ban Tuyên giáo',
  'Ban Tổ chức',
  'Ban Dân vận',
  'Ban Nội chính',
  'Ban Kinh tế',
  'Quốc hội',
  'Chính phủ',
  'Thủ tướng',
  'Đoàn Thanh niên',
  'Hội Cựu chiến binh',
  'Hội Nông dân',
  'Hội Liên hiệp Phụ nữ',
  'Liên đoàn Lao động',
];
