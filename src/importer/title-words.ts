/** The words that may stand inside an official's title after its head: lowercase words and pairs of words, and acronyms. */
import { OFFICE_FIELD_WORDS } from './office-fields.ts';

/**
 * An acronym, of two to six capitals: an office's or a body's ("TVTU", "UBND", "VCCI"), or a party's a body is named
 * after ("ASEAN"). A longer run of capitals is not taken for one.
 */
export const ACRONYM = /^\p{Lu}{2,6}$/u;

/** Words joining a title's parts, and those giving its order and term ("thứ hai", "khóa"). */
const JOINING_WORDS = [
  'tại',
  'ở',
  'của',
  'và',
  'các',
  'kiêm',
  'về',
  'người',
  'thứ',
  'nhất',
  'hai',
  'khóa',
  'khoá',
  // "… trong Chính phủ Liên bang Nga", "phụ trách các vấn đề thương mại quốc tế"
  'trong',
  'đề',
  // the body an office belongs to: "Giám đốc … thuộc chính quyền Thủ đô New Delhi", "Phòng X thuộc Sở Y"
  'thuộc',
  // the partners a department deals with: "Vụ Chính sách Thương mại với châu Á và châu Đại Dương"
  'với',
];

/** Places and states an office belongs to. */
const PLACE_WORDS = [
  'tỉnh',
  'thành',
  'phố',
  'huyện',
  'quận',
  'nước',
  'ngoài',
  'việt',
  'nam',
  'khu',
  'vực',
  'thị',
  'xã',
  'bắc',
  'đông',
  'tây',
  'châu',
  'tiểu',
  'vương',
  // "Liên bang Nga", "Tập đoàn Toàn cầu …", "Ngân hàng Thế giới"
  'bang',
  'cầu',
  'giới',
  // "nước Cộng hòa Dân chủ Nhân dân Lào", "Cộng hòa xã hội chủ nghĩa"
  'hòa',
  'hoà',
  'chủ',
  'nghĩa',
];

/** Words naming the kind of body an office is, and its rank in it. */
const BODY_AND_RANK_WORDS = [
  'chỉ',
  'đạo',
  'chính',
  'phủ',
  'thường',
  'trực',
  'đảng',
  'trung',
  'ương',
  'ban',
  'chấp',
  'hành',
  'đoàn',
  'đại',
  'biểu',
  'quốc',
  'hội',
  'bộ',
  'phái',
  'sự',
  'quán',
  'lãnh',
  'vụ',
  'nhà',
  'tổ',
  'chức',
  'hữu',
  'nghị',
  'cơ',
  'quan',
  'diện',
  'ủy',
  'uỷ',
  'viên',
  'nhân',
  'dân',
  'mặt',
  'trận',
  'đặc',
  'mệnh',
  'toàn',
  'quyền',
  'phó',
  'trưởng',
  'thư',
  'ký',
  'văn',
  'phòng',
  'ngành',
  'sở',
  'cục',
  'tổng',
  'liên',
  'hiệp',
  // a fair's board: "Ban Thư ký Hội chợ Triển lãm …"
  'chợ',
  'lãm',
  'viện',
  'thống',
  'cao',
  'cấp',
  'chuyên',
  'trách',
  'biệt',
  'tấn',
  // "Đảng Cộng sản", "của Thống đốc tỉnh …", "của thượng viện", "Thượng nghị viện"
  'sản',
  'thượng',
  'đốc',
  // "Công ty cổ phần", "trách nhiệm hữu hạn"
  'ty',
  'cổ',
  'phần',
  'hạn',
  // "Đại sứ quán", "Giám đốc điều hành", "cố vấn"
  'sứ',
  'điều',
  'cố',
  // "Liên minh Nghị viện Thế giới", "Nhóm Nghị sĩ hữu nghị", "tập đoàn", "Bảo tàng"
  'minh',
  'sĩ',
  'sỹ',
  'tập',
  'tàng',
  // "Đảng Nhân dân cách mạng Lào", "Chuyên viên Dự án …", "Bệnh viện", "Bộ Chỉ huy"
  'cách',
  'mạng',
  'án',
  'bệnh',
  'huy',
];

/** Lowercase words that may stand inside a title ("Trưởng Ban chỉ đạo Ngoại giao kinh tế"). */
export const TITLE_WORDS = new Set([...JOINING_WORDS, ...PLACE_WORDS, ...BODY_AND_RANK_WORDS, ...OFFICE_FIELD_WORDS]);

/**
 * Lowercase pairs that stand inside a title though one of their words alone would end it ("dự hội nghị" is attending,
 * "tự hào" pride, "không" not, "chi" to spend): "Ủy viên dự khuyết Ban Chấp hành", "Khu tự trị dân tộc Choang".
 */
export const TITLE_PHRASES = new Set([
  'dự khuyết',
  'tự trị',
  // "Ban Quản lý dự án", "Cục Hàng không", "Lãnh sự danh dự", "Đại sứ thiện chí", "Bí thư chi bộ", "Giám đốc chi nhánh"
  'dự án',
  'hàng không',
  'danh dự',
  'thiện chí',
  'chi bộ',
  'chi nhánh',
  'chi cục',
  // "Đảng Dân chủ Tự do", "Hiệp hội Thương mại tự do"
  'tự do',
  // "Công ty thương mại phân phối …" (but "phân tích" is what an official does), "Chủ tịch đương nhiệm"
  'phân phối',
  'đương nhiệm',
  // "Ủy ban quy tắc và hành chính"
  'quy tắc',
  // "Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài"
  'phi chính',
  // "Đại biện lâm thời", "Thái tử kế vị" (the heir)
  'lâm thời',
  'kế vị',
  // outbound fields: "Hiệp hội các Công ty tổ chức Du lịch ra nước ngoài", "đầu tư ra nước ngoài"
  'ra nước',
  // ministries of new fields: "Bộ Phát triển số, Đổi mới sáng tạo và Công nghiệp vũ trụ", "doanh nghiệp vừa và nhỏ và mạo hiểm"
  'đổi mới',
  'sáng tạo',
  'vũ trụ',
  'mạo hiểm',
  // the goods an association or a company is named after: "Hiệp hội Cà phê Buôn Ma Thuột", "Hiệp hội Dệt may Việt Nam",
  // "tổ hợp may mặc Minhtex", "Hiệp hội Hồ tiêu", "Tập đoàn Cao su"
  'cà phê',
  'ca cao',
  'dệt may',
  'may mặc',
  'da giày',
  'hồ tiêu',
  'cao su',
  // and the means of transport a body runs: "Tổng công ty Đường sắt Việt Nam", "Cục Đường thủy nội địa"
  'đường sắt',
  'đường thủy',
  'đường thuỷ',
  'đường bộ',
]);
