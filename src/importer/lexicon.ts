/** Word lists the extractors rely on: Vietnamese family names and the words titles are made of. */

/** Family names that open a Vietnamese personal name (with the rarer ones officials carry). */
export const VIETNAMESE_SURNAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương',
  'Lý', 'Hà', 'Tô', 'Trương', 'Đinh', 'Lương', 'Mai', 'Cao', 'Lâm', 'Thái', 'Đoàn', 'Trịnh', 'Đào', 'Tạ', 'Lại',
  'Hứa', 'Quách', 'Kiều', 'Châu', 'Giang', 'Khổng', 'La', 'Lưu', 'Mạc', 'Tăng', 'Triệu', 'Vương', 'Ông', 'Từ',
  'Thân', 'Chu', 'Chẩu', 'Lò', 'Diệp', 'Doãn', 'Hầu', 'Khúc', 'Kim', 'Lục', 'Mẫn', 'Nghiêm', 'Ninh',
  'Phí', 'Phùng', 'Tống', 'Trình', 'Tôn', 'Vi', 'Viên', 'Yên', 'Âu', 'Bế', 'Cù', 'Đàm', 'Hàn', 'Lã',
  'Lữ', 'Mã', 'Nông', 'Thạch', 'Thiều', 'Đồng', 'Cầm', 'Giáp', 'Bạch', 'Danh', 'Văn',
];

/**
 * Words that open a title, in no particular order: the matchers try the longer forms first, so
 * "Phó Thủ tướng" wins over "Thủ tướng". A title is one of these followed by words that name the
 * office (see TITLE_WORDS).
 */
export const TITLE_HEADS = [
  'Phó Chủ tịch Thường trực', 'Thứ trưởng Thường trực', 'Phó Trưởng Ban Thường trực', 'Phó Thủ tướng Thường trực',
  'Tổng Bí thư', 'Phó Chủ tịch nước', 'Chủ tịch nước', 'Phó Chủ tịch', 'Chủ tịch', 'Phó Thủ tướng', 'Thủ tướng',
  'Bộ trưởng', 'Thứ trưởng', 'Đại sứ đặc mệnh toàn quyền', 'Đại sứ', 'Tổng Lãnh sự', 'Lãnh sự', 'Đại biện',
  'Phó Trưởng Ban', 'Trưởng Ban', 'Trưởng Phái đoàn', 'Phó Trưởng Phái đoàn', 'Trưởng Cơ quan đại diện',
  'Trưởng đoàn', 'Phó Trưởng đoàn', 'Ủy viên', 'Uỷ viên', 'Phó Bí thư', 'Bí thư', 'Phó Tổng Giám đốc',
  'Tổng Giám đốc', 'Phó Giám đốc', 'Giám đốc', 'Phó Chủ nhiệm', 'Chủ nhiệm', 'Phó Vụ trưởng', 'Vụ trưởng',
  'Phó Cục trưởng', 'Cục trưởng', 'Tổng Thư ký', 'Phó Thống đốc', 'Thống đốc', 'Trợ lý', 'Người phát ngôn',
  'Phó Tổng thống', 'Tổng thống', 'Quốc vương', 'Thị trưởng', 'Tham tán Công sứ', 'Tham tán', 'Công sứ',
  'Chánh Văn phòng', 'Phó Chánh Văn phòng', 'Viện trưởng', 'Phó Viện trưởng', 'Trưởng Đại diện', 'Trưởng Cơ quan',
  'Trưởng Văn phòng', 'Phó Trưởng Văn phòng', 'Trưởng SOM', 'Quan chức cao cấp', 'Ngoại trưởng', 'Thủ hiến', 'Thống đốc bang', 'Đặc phái viên', 'Tổng Kiểm toán Nhà nước', 'Chánh án', 'Phó Chánh án',
  'Phó Chánh thanh tra', 'Chánh thanh tra', 'Tỉnh trưởng', 'Phó Tỉnh trưởng', 'Quận trưởng', 'Đại diện toàn quyền',
  'Phó Tổng Thư ký', 'Tổng cục trưởng', 'Phó Tổng cục trưởng', 'Tổng Biên tập', 'Phó Tổng Biên tập', 'Hiệu trưởng',
  'Phó Hiệu trưởng', 'Trưởng phòng', 'Phó Trưởng phòng', 'Phó Thị trưởng', 'Phó Đại sứ', 'Phó Tổng Lãnh sự', 'Tùy viên',
  'Thượng nghị sĩ', 'Hạ nghị sĩ', 'Nghị sĩ', 'Đại biểu Quốc hội', 'Giám đốc điều hành', 'Phó Trưởng Đại diện', 'Điều phối viên',
  'Nữ hoàng', 'Hoàng tử', 'Thái tử', 'Tổng thư ký',
];

/** Lowercase words that may stand inside a title ("Trưởng Ban chỉ đạo Ngoại giao kinh tế"). */
export const TITLE_WORDS = new Set([
  'tại', 'ở', 'của', 'tỉnh', 'thành', 'phố', 'huyện', 'quận', 'kinh', 'tế', 'chỉ', 'đạo', 'chính', 'phủ', 'nước',
  'thường', 'trực', 'ngoại', 'giao', 'đảng', 'trung', 'ương', 'ban', 'chấp', 'hành', 'đoàn', 'đại', 'biểu', 'quốc',
  'hội', 'bộ', 'phái', 'sự', 'quán', 'lãnh', 'công', 'thương', 'hợp', 'tác', 'đầu', 'tư', 'kế', 'hoạch', 'và', 'vụ',
  'nhà', 'các', 'tổ', 'chức', 'hữu', 'nghị', 'cơ', 'quan', 'diện', 'ủy', 'uỷ', 'viên', 'nhân', 'dân', 'mặt', 'trận',
  'ngoài', 'việt', 'nam', 'đặc', 'mệnh', 'toàn', 'quyền', 'phó', 'trưởng', 'thư', 'ký', 'văn', 'phòng', 'khu', 'vực',
  'thị', 'xã', 'ngành', 'sở', 'cục', 'tổng', 'liên', 'hiệp', 'phát', 'triển', 'thông', 'tin', 'truyền', 'đối', 'kiêm',
  'về', 'người', 'bắc', 'đông', 'tây', 'thứ', 'nhất', 'hai', 'khóa', 'khoá', 'doanh', 'nghiệp', 'xúc', 'tiến', 'mại',
  'ngân', 'hàng', 'tài', 'nguyên', 'môi', 'trường', 'khoa', 'học', 'lao', 'động', 'y', 'giáo', 'dục', 'tạo', 'nông',
  'thôn', 'xây', 'dựng', 'vận', 'tải', 'du', 'lịch', 'thể', 'thao', 'hóa', 'hoá', 'an', 'ninh', 'pháp', 'nội', 'số',
  'viện', 'sách', 'đa', 'biên', 'song', 'phương', 'châu', 'chiến', 'lược', 'nghiên', 'cứu', 'quản', 'lý', 'tiểu',
  'vương', 'thống', 'cao', 'cấp', 'chuyên', 'trách', 'biệt', 'tấn', 'báo', 'chí', 'lễ', 'tân',
  // "Đảng Cộng sản", "doanh nghiệp nhỏ và vừa", "của Thống đốc tỉnh … trong Chính phủ Liên bang Nga"
  'sản', 'nhỏ', 'vừa', 'trong', 'đốc', 'bang',
  // the fields offices are named after
  'hải', 'thuế', 'điện', 'lực', 'năng', 'lượng', 'dầu', 'khí', 'nghệ', 'xuất', 'nhập', 'khẩu', 'thủy', 'thuỷ', 'lâm',
  'hạ', 'tầng', 'cảng', 'viễn', 'bưu', 'thuật', 'gia', 'đình', 'trẻ', 'em', 'phụ', 'nữ', 'thanh', 'niên', 'cựu',
  'binh', 'chứng', 'khoán', 'tín', 'dụng', 'ty', 'cổ', 'phần', 'hạn', 'trị', 'chế', 'thổ', 'hình', 'đô', 'quy', 'lợi',
  'tiêu', 'chuẩn', 'chất', 'trí', 'tuệ', 'tượng', 'biển', 'đảo', 'địa', 'khoáng', 'đất', 'đai', 'tộc', 'tôn', 'miền',
  'núi', 'kiều', 'bào', 'thủ', 'vấn', 'sinh', 'luật', 'kỹ', 'kĩ', 'đào', 'toán', 'kho', 'bạc', 'quân', 'đội', 'cảnh',
  'sức', 'khỏe', 'khoẻ', 'tuổi', 'vùng', 'tâm', 'đồng',
]);

/** Words before a title that are not part of it but do not end the title chain either. */
export const HONORIFICS = ['đồng chí', 'ông', 'bà', 'ngài', 'anh', 'chị', 'mr', 'mr.', 'ms', 'ms.', 'mrs', 'mrs.', 'dr', 'dr.'];
