/**
 * Vietnamese words the text checks lean on. Lower case, NFC. Lists written for this project from common usage in
 * Party and State documents, not copied from a dictionary.
 */

/**
 * Two-syllable words ("trở thành", "thành phố", "doanh nghiệp"). `text.doubled-word` reads them to tell a slip from
 * two words meeting ("trở thành | thành phố"); `text.unknown-syllable` and `text.misspelling` to name the word meant
 * ("doang nghiệp" → "doanh nghiệp"). A list, not the document's own text: a slip ("thực hiện hiện Nghị quyết") also
 * meets words found elsewhere in the document.
 */
export const COMPOUNDS: ReadonlySet<string> = new Set(
  [
    'doanh nghiệp', 'doanh nhân', 'kinh doanh', 'doanh thu', 'doanh số', 'tư tưởng', 'tư duy', 'tư nhân', 'tư liệu',
    'chủ trương', 'khai trương', 'khẩn trương', 'phô trương', 'trực tuyến', 'trực tiếp', 'trực thuộc', 'thường trực',
    'tuyến đường', 'tuyến đầu', 'thủy chung', 'chung thủy', 'thủy lợi', 'thủy sản', 'nòng cốt', 'cốt lõi', 'cán bộ',
    'đảng viên', 'đảng bộ', 'chi bộ', 'chi ủy', 'cấp ủy', 'đảng ủy', 'tỉnh ủy', 'thành ủy', 'huyện ủy', 'quận ủy',
    'thị ủy', 'tỉnh uỷ', 'thành uỷ', 'huyện uỷ', 'đảng uỷ', 'cấp uỷ', 'chi uỷ', 'ủy ban', 'uỷ ban', 'ủy viên', 'uỷ viên',
    'thường vụ', 'bí thư', 'tuyên giáo', 'dân vận', 'kiểm tra', 'giám sát', 'kỷ luật', 'kỷ cương', 'kỷ niệm', 'kỹ năng',
    'triển khai', 'phát triển', 'triển vọng', 'tổ chức', 'chức vụ', 'chức danh', 'học tập', 'làm theo', 'đạo đức',
    'phong cách', 'gương mẫu', 'tấm gương', 'rèn luyện', 'tu dưỡng', 'phấn đấu', 'cam kết', 'kết quả', 'kết luận',
    'nghị định', 'thông tư', 'chỉ thị', 'hướng dẫn', 'công văn', 'quyết tâm', 'quyết liệt', 'giải quyết', 'biểu quyết',
    'chuyển đổi', 'số hóa', 'chính phủ', 'điện tử', 'ứng dụng', 'công nghệ', 'đổi mới', 'sáng tạo', 'đột phá',
    'tinh gọn', 'sắp xếp', 'sáp nhập', 'hợp nhất', 'bộ máy', 'biên chế', 'tinh giản', 'hiệu lực', 'hiệu năng',
    'an sinh', 'phúc lợi', 'giảm nghèo', 'nông thôn', 'đô thị', 'miền núi', 'biên giới', 'biển đảo', 'chủ quyền',
    'toàn vẹn', 'lãnh thổ', 'hòa bình', 'hoà bình', 'độc lập', 'tự do', 'hạnh phúc', 'thống nhất', 'đoàn kết',
    'đại đoàn', 'mặt trận', 'tổ quốc', 'công đoàn', 'thanh niên', 'phụ nữ', 'cựu chiến', 'chiến binh', 'nông dân',
    'tình nguyện', 'thi đua', 'khen thưởng', 'danh hiệu', 'huân chương', 'anh hùng', 'liệt sĩ', 'liệt sỹ', 'thương binh',
    'tri ân', 'đền ơn', 'đáp nghĩa', 'uống nước', 'nhớ nguồn', 'bầu cử', 'đại biểu', 'quốc hội', 'hội đồng', 'tiếp xúc',
    'cử tri', 'kiến nghị', 'phản ánh', 'dư luận', 'thông tin', 'báo chí', 'truyền hình', 'mạng xã', 'sai trái', 'thù địch',
    'phản động', 'luận điệu', 'xuyên tạc', 'cảnh giác', 'bảo vệ', 'nền tảng', 'tư tưởng', 'lý luận', 'chủ nghĩa',
    'xã hội', 'mác lênin', 'tham nhũng', 'tiêu cực', 'lãng phí', 'suy thoái', 'tự diễn', 'tự chuyển', 'chuyển hóa',
    'chuyển hoá', 'quản lý', 'quản lí', 'điều hành', 'lãnh đạo', 'chỉ đạo', 'chỉ huy', 'xây dựng', 'chỉnh đốn',
    'sinh hoạt', 'chuyên đề', 'nội dung', 'chương trình', 'kế hoạch', 'nhiệm kỳ', 'nhiệm kì', 'đầu nhiệm', 'giữa nhiệm',
    'thủ tướng', 'chủ tịch', 'tổng bí', 'phó chủ', 'trưởng ban', 'phó trưởng', 'giám đốc', 'bộ trưởng', 'thứ trưởng',
    'cách mạng', 'kháng chiến', 'chiến thắng', 'chiến dịch', 'giải phóng', 'miền nam', 'thắng lợi', 'vẻ vang',
    'xuất sắc', 'năng suất', 'sản xuất', 'xuất khẩu', 'xuất bản', 'đề xuất', 'sơ suất', 'chẩn đoán', 'trau dồi',
    'giữ gìn', 'trân trọng', 'trí tuệ', 'chiến lược', 'xác định', 'chính xác', 'xử lý', 'xử lí', 'xử phạt', 'củng cố',
    'cổ vũ', 'nỗ lực', 'giành chính', 'trình bày', 'trình độ', 'quy trình', 'công trình', 'tuy nhiên', 'cố gắng',
    'cố định', 'cố ý', 'kiểm sát', 'quan sát', 'khảo sát', 'sát hạch', 'nhập cảnh', 'nhập học', 'nhập ngũ', 'ý chí',
    'khả năng', 'tiềm năng', 'năng động', 'vấn đề', 'chủ đề', 'đề án', 'đề tài', 'thế kỷ', 'thế kỉ', 'bùng nổ',
    'bỏ phiếu', 'tỉnh thành', 'chủ trì', 'chủ tọa', 'chủ toạ', 'chủ đạo', 'chủ yếu', 'chủ nhiệm', 'chủ quản', 'lý luận', 'lý do', 'lý tưởng', 'luật pháp', 'suất đầu', 'đầu tư', 'kỹ thuật', 'kĩ thuật', 'cơ sở', 'cơ quan', 'đơn vị', 'địa phương', 'địa bàn', 'trung ương',

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

/**
 * Syllables of standard Vietnamese that the cspell dictionary list lacks, met in bulletins ("nòng cốt"). Lower case,
 * NFC, any placement of the mark.
 */
export const EXTRA_SYLLABLES: ReadonlySet<string> = new Set(['nòng']);
