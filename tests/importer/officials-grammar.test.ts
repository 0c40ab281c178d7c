/**
 * Officials in sentences of Vietnamese officialdom written for this test, not taken from any page: provincial and party
 * offices, deputies, ranks, unions and the Front, offices whose bodies' names hold a dash, units after a party committee,
 * names of ethnic minorities, foreign officials and business leaders. Each sentence lists the people it names with their
 * titles as written; order is not checked (the scoring of the corpora does not check it either).
 */
import { expect, test } from 'vitest';
import { findOfficials } from '../../src/importer/officials.ts';
import { registries } from './helpers.ts';

const SENTENCES: [sentence: string, officials: [name: string, title: string][]][] = [
  [
    'Đồng chí Nguyễn Văn Hùng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì buổi tiếp.',
    [['Nguyễn Văn Hùng', 'Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh']],
  ],
  [
    'Tham dự có các đồng chí: Trần Thị Mai, Phó Chủ tịch UBND tỉnh; Lê Văn Tâm, Giám đốc Sở Ngoại vụ.',
    [
      ['Trần Thị Mai', 'Phó Chủ tịch UBND tỉnh'],
      ['Lê Văn Tâm', 'Giám đốc Sở Ngoại vụ'],
    ],
  ],
  ['Phó Chủ tịch Thường trực UBND tỉnh Lê Văn Cường phát biểu tại hội nghị.', [['Lê Văn Cường', 'Phó Chủ tịch Thường trực UBND tỉnh']]],
  ['Theo ông Phạm Văn Dũng, Giám đốc Sở Công Thương, kim ngạch xuất khẩu tăng 12%.', [['Phạm Văn Dũng', 'Giám đốc Sở Công Thương']]],
  [
    'Bà Hoàng Thị Nga - Phó Giám đốc Sở Kế hoạch và Đầu tư cho biết tỉnh đã thu hút 20 dự án.',
    [['Hoàng Thị Nga', 'Phó Giám đốc Sở Kế hoạch và Đầu tư']],
  ],
  [
    'Phó Chủ tịch UBND tỉnh Nguyễn Văn Phúc và Phó Chủ tịch HĐND tỉnh Trần Văn Hải cùng dự.',
    [
      ['Nguyễn Văn Phúc', 'Phó Chủ tịch UBND tỉnh'],
      ['Trần Văn Hải', 'Phó Chủ tịch HĐND tỉnh'],
    ],
  ],
  [
    'Thượng tá Nguyễn Văn Bình, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, báo cáo tình hình.',
    [['Nguyễn Văn Bình', 'Thượng tá, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh']],
  ],
  [
    'Đồng chí Đỗ Minh Tuấn, Phó Bí thư Thường trực Tỉnh ủy tiếp đoàn doanh nghiệp Hàn Quốc.',
    [['Đỗ Minh Tuấn', 'Phó Bí thư Thường trực Tỉnh ủy']],
  ],
  [
    'Chiều 12/5, Chủ tịch UBND tỉnh Võ Văn Thành đã tiếp Tổng Lãnh sự Nhật Bản tại TP Hồ Chí Minh Ono Masuo.',
    [
      ['Võ Văn Thành', 'Chủ tịch UBND tỉnh'],
      ['Ono Masuo', 'Tổng Lãnh sự Nhật Bản tại TP Hồ Chí Minh'],
    ],
  ],
  [
    'Trưởng Ban Quản lý các khu công nghiệp tỉnh Nguyễn Thanh Sơn giới thiệu tiềm năng đầu tư.',
    [['Nguyễn Thanh Sơn', 'Trưởng Ban Quản lý các khu công nghiệp tỉnh']],
  ],
  [
    'Tiếp đoàn có đồng chí Bùi Văn Khánh, Bí thư Huyện ủy, Chủ tịch HĐND huyện.',
    [['Bùi Văn Khánh', 'Bí thư Huyện ủy, Chủ tịch HĐND huyện']],
  ],
  [
    'Đại sứ đặc mệnh toàn quyền Việt Nam tại Nhật Bản Phạm Quang Hiệu chúc mừng tỉnh.',
    [['Phạm Quang Hiệu', 'Đại sứ đặc mệnh toàn quyền Việt Nam tại Nhật Bản']],
  ],
  ['Ông Kim Jong Soo, Chủ tịch Tập đoàn ABC cảm ơn sự hỗ trợ của tỉnh.', [['Kim Jong Soo', 'Chủ tịch Tập đoàn ABC']]],
  ['Đồng chí Chủ tịch UBND tỉnh Nguyễn Văn Út đề nghị các sở, ngành phối hợp chặt chẽ.', [['Nguyễn Văn Út', 'Chủ tịch UBND tỉnh']]],
  [
    'Cùng dự có đồng chí Lương Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy.',
    [['Lương Thị Hoa', 'Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy']],
  ],
  [
    'Phát biểu tại buổi làm việc, Thứ trưởng Bộ Công Thương Phan Thị Thắng nhấn mạnh vai trò của doanh nghiệp.',
    [['Phan Thị Thắng', 'Thứ trưởng Bộ Công Thương']],
  ],
  [
    'Đồng chí Y Thanh Hà Niê Kđăm, Ủy viên Trung ương Đảng, Chủ tịch Hội đồng Dân tộc của Quốc hội dự hội nghị.',
    [['Y Thanh Hà Niê Kđăm', 'Ủy viên Trung ương Đảng, Chủ tịch Hội đồng Dân tộc của Quốc hội']],
  ],
  ['Chủ tịch UBMTTQ Việt Nam tỉnh Hà Văn Lâm cùng đoàn đến thăm.', [['Hà Văn Lâm', 'Chủ tịch UBMTTQ Việt Nam tỉnh']]],
  ['Buổi tiếp có sự tham gia của đại diện lãnh đạo Sở Ngoại vụ, Sở Công Thương và Sở Kế hoạch và Đầu tư.', []],
  [
    'Ông Trần Quốc Nam, Phó Chủ tịch UBND tỉnh Ninh Thuận cho biết tỉnh luôn tạo điều kiện.',
    [['Trần Quốc Nam', 'Phó Chủ tịch UBND tỉnh Ninh Thuận']],
  ],
  [
    'Tại buổi làm việc, đồng chí Nguyễn Hữu Đông, Phó Chủ tịch UBND tỉnh đánh giá cao đề xuất của đối tác.',
    [['Nguyễn Hữu Đông', 'Phó Chủ tịch UBND tỉnh']],
  ],
  ['Giám đốc Sở Ngoại vụ Hồ Thị Minh Thư thông tin về kết quả công tác đối ngoại năm 2023.', [['Hồ Thị Minh Thư', 'Giám đốc Sở Ngoại vụ']]],
  [
    'Đoàn công tác do đồng chí Lê Quang Mạnh, Ủy viên Trung ương Đảng, Chủ nhiệm Ủy ban Tài chính - Ngân sách của Quốc hội làm trưởng đoàn.',
    [['Lê Quang Mạnh', 'Ủy viên Trung ương Đảng, Chủ nhiệm Ủy ban Tài chính - Ngân sách của Quốc hội']],
  ],
  ['Đại tá Phạm Văn Hòa, Giám đốc Công an tỉnh, cùng dự buổi tiếp.', [['Phạm Văn Hòa', 'Đại tá, Giám đốc Công an tỉnh']]],
  [
    'TS Nguyễn Văn Lực, Viện trưởng Viện Nghiên cứu phát triển tỉnh trình bày tham luận.',
    [['Nguyễn Văn Lực', 'Viện trưởng Viện Nghiên cứu phát triển tỉnh']],
  ],
  [
    'Chủ tịch Quốc hội Vương Đình Huệ hội kiến Chủ tịch Thượng viện Campuchia Samdech Hun Sen.',
    [
      ['Vương Đình Huệ', 'Chủ tịch Quốc hội'],
      ['Samdech Hun Sen', 'Chủ tịch Thượng viện Campuchia'],
    ],
  ],
  ['Ông Nguyễn Văn Thắng – Chủ tịch UBND huyện Tam Nông chia sẻ kinh nghiệm.', [['Nguyễn Văn Thắng', 'Chủ tịch UBND huyện Tam Nông']]],
  [
    'Tiếp và làm việc với đoàn, về phía tỉnh có Phó Chủ tịch UBND tỉnh Trần Hữu Thế; lãnh đạo các sở, ngành liên quan.',
    [['Trần Hữu Thế', 'Phó Chủ tịch UBND tỉnh']],
  ],
  [
    'Thượng tá Nguyễn Văn Bình, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, báo cáo.',
    [['Nguyễn Văn Bình', 'Thượng tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh']],
  ],
  [
    'Ông Nguyễn Văn Bình, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, báo cáo.',
    [['Nguyễn Văn Bình', 'Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh']],
  ],
  ['Thượng tá Nguyễn Văn Bình, Phó Giám đốc Công an tỉnh, báo cáo.', [['Nguyễn Văn Bình', 'Thượng tá, Phó Giám đốc Công an tỉnh']]],
  [
    'Ông Lê Quang Mạnh, Chủ nhiệm Ủy ban Văn hóa - Giáo dục của Quốc hội phát biểu.',
    [['Lê Quang Mạnh', 'Chủ nhiệm Ủy ban Văn hóa - Giáo dục của Quốc hội']],
  ],
  ['Bà Lê Thị Hà - Giám đốc Sở Kế hoạch - Đầu tư phát biểu.', [['Lê Thị Hà', 'Giám đốc Sở Kế hoạch - Đầu tư']]],
  [
    'Ông Lê Văn Hà, Giám đốc Trung tâm Xúc tiến Thương mại - Đầu tư - Du lịch tỉnh phát biểu.',
    [['Lê Văn Hà', 'Giám đốc Trung tâm Xúc tiến Thương mại - Đầu tư - Du lịch tỉnh']],
  ],
  [
    'Bộ trưởng Bộ Lao động - Thương binh và Xã hội Đào Ngọc Dung phát biểu.',
    [['Đào Ngọc Dung', 'Bộ trưởng Bộ Lao động - Thương binh và Xã hội']],
  ],
  [
    'Ông Nguyễn Văn Nam, Giám đốc Sở Văn hóa - Thể thao và Du lịch cho biết.',
    [['Nguyễn Văn Nam', 'Giám đốc Sở Văn hóa - Thể thao và Du lịch']],
  ],
  ['Giám đốc Sở Văn hóa - Thể thao và Du lịch Nguyễn Văn Nam cho biết.', [['Nguyễn Văn Nam', 'Giám đốc Sở Văn hóa - Thể thao và Du lịch']]],
  [
    'Chủ nhiệm Ủy ban Tài chính - Ngân sách của Quốc hội Lê Quang Mạnh cho biết.',
    [['Lê Quang Mạnh', 'Chủ nhiệm Ủy ban Tài chính - Ngân sách của Quốc hội']],
  ],
  ['Ông Nguyễn Văn Nam, Giám đốc Sở Công Thương - Trưởng đoàn phát biểu.', [['Nguyễn Văn Nam', 'Giám đốc Sở Công Thương - Trưởng đoàn']]],
  ['Phó Chủ tịch UBND tỉnh - Nguyễn Văn Nam phát biểu.', [['Nguyễn Văn Nam', 'Phó Chủ tịch UBND tỉnh']]],
  [
    'Bà Trần Thị Lan, Phó Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Bình Dương, cho biết.',
    [['Trần Thị Lan', 'Phó Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Bình Dương']],
  ],
  [
    'Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nguyễn Văn Nam dự.',
    [['Nguyễn Văn Nam', 'Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh']],
  ],
  ['Phó Chính ủy Quân khu 7 Nguyễn Văn Nam dự.', [['Nguyễn Văn Nam', 'Phó Chính ủy Quân khu 7']]],
  ['Đồng chí Ma Thế Hồng, Phó Chủ tịch HĐND tỉnh dự buổi lễ.', [['Ma Thế Hồng', 'Phó Chủ tịch HĐND tỉnh']]],
  ['Đồng chí Sơn Minh Thắng, Bí thư Tỉnh ủy Trà Vinh tiếp đoàn.', [['Sơn Minh Thắng', 'Bí thư Tỉnh ủy Trà Vinh']]],
  ['Ông Ksor Phước, Chủ tịch Hội đồng Dân tộc của Quốc hội phát biểu.', [['Ksor Phước', 'Chủ tịch Hội đồng Dân tộc của Quốc hội']]],
  ['Bà Bàn Thị Hoa, Phó Chủ tịch UBND huyện Na Hang cho biết.', [['Bàn Thị Hoa', 'Phó Chủ tịch UBND huyện Na Hang']]],
  ['Chủ tịch Liên đoàn Lao động tỉnh Nguyễn Thị Hằng trao quà.', [['Nguyễn Thị Hằng', 'Chủ tịch Liên đoàn Lao động tỉnh']]],
  [
    'Đồng chí Trần Văn Tám, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự.',
    [['Trần Văn Tám', 'Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh']],
  ],
  [
    'Giám đốc Đài Phát thanh và Truyền hình tỉnh Lê Minh Châu trao giải.',
    [['Lê Minh Châu', 'Giám đốc Đài Phát thanh và Truyền hình tỉnh']],
  ],
  [
    'Đồng chí Hoàng Văn Nghiệm, Ủy viên BTV Tỉnh ủy, Phó Chủ tịch TT UBND tỉnh chủ trì.',
    [['Hoàng Văn Nghiệm', 'Ủy viên BTV Tỉnh ủy, Phó Chủ tịch TT UBND tỉnh']],
  ],
  ['Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh Lò Thị Luyến chất vấn.', [['Lò Thị Luyến', 'Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh']]],
  ['Cục trưởng Cục Hải quan tỉnh Nguyễn Văn Tiến báo cáo kim ngạch.', [['Nguyễn Văn Tiến', 'Cục trưởng Cục Hải quan tỉnh']]],
  [
    'Ông Phạm Văn Hưng, Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh cho biết.',
    [['Phạm Văn Hưng', 'Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh']],
  ],
  [
    'Chủ tịch Hiệp hội Doanh nghiệp tỉnh Đặng Văn Hòa kiến nghị tháo gỡ khó khăn.',
    [['Đặng Văn Hòa', 'Chủ tịch Hiệp hội Doanh nghiệp tỉnh']],
  ],
  ['Đại sứ Hàn Quốc tại Việt Nam Park Noh-wan đánh giá cao môi trường đầu tư.', [['Park Noh-wan', 'Đại sứ Hàn Quốc tại Việt Nam']]],
  ['Thống đốc tỉnh Gunma Yamamoto Ichita bày tỏ mong muốn hợp tác.', [['Yamamoto Ichita', 'Thống đốc tỉnh Gunma']]],
  [
    'Bộ trưởng Bộ Ngoại giao Lào Saleumxay Kommasith hội đàm với Bộ trưởng Bùi Thanh Sơn.',
    [
      ['Saleumxay Kommasith', 'Bộ trưởng Bộ Ngoại giao Lào'],
      ['Bùi Thanh Sơn', 'Bộ trưởng'],
    ],
  ],
  [
    'Đồng chí Chẩu Văn Lâm, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh phát biểu.',
    [['Chẩu Văn Lâm', 'Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh']],
  ],
  [
    'Tiếp đoàn có đồng chí Nông Thị Hà, Phó Bí thư Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.',
    [['Nông Thị Hà', 'Phó Bí thư Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy']],
  ],
  ['Chủ tịch Ủy ban nhân dân tỉnh Trần Tuệ Hiền ký quyết định.', [['Trần Tuệ Hiền', 'Chủ tịch Ủy ban nhân dân tỉnh']]],
  ['Bí thư Đảng ủy Khối các cơ quan tỉnh Vũ Văn Sơn dự.', [['Vũ Văn Sơn', 'Bí thư Đảng ủy Khối các cơ quan tỉnh']]],
  ['Tổng Biên tập Báo Tuyên Quang Nguyễn Văn Thắng trao giải.', [['Nguyễn Văn Thắng', 'Tổng Biên tập Báo Tuyên Quang']]],
  ['Đồng chí Triệu Đình Lê, Bí thư Huyện ủy Lâm Bình kiểm tra.', [['Triệu Đình Lê', 'Bí thư Huyện ủy Lâm Bình']]],
  ['Ông Lương Văn Hòa - Phó Trưởng phòng Kinh tế huyện cho biết.', [['Lương Văn Hòa', 'Phó Trưởng phòng Kinh tế huyện']]],
  ['Chủ tịch UBND xã Thượng Lâm Hà Văn Thiện cho biết.', [['Hà Văn Thiện', 'Chủ tịch UBND xã Thượng Lâm']]],
  ['Tham dự có Thiếu tướng Nguyễn Văn Long, Phó Tư lệnh Quân khu 2.', [['Nguyễn Văn Long', 'Thiếu tướng, Phó Tư lệnh Quân khu 2']]],
  ['Đồng chí Giàng A Tông, Phó Chủ tịch UBND tỉnh tiếp nhà đầu tư.', [['Giàng A Tông', 'Phó Chủ tịch UBND tỉnh']]],
  [
    'Đồng chí Lê Thị Kim Dung, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu.',
    [['Lê Thị Kim Dung', 'Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh']],
  ],
  ['Bí thư Huyện ủy Lâm Bình Nguyễn Văn Hùng kiểm tra tiến độ.', [['Nguyễn Văn Hùng', 'Bí thư Huyện ủy Lâm Bình']]],
  ['Đồng chí Triệu Đình Lê, Bí thư Huyện ủy Lâm Bình kiểm tra công trình.', [['Triệu Đình Lê', 'Bí thư Huyện ủy Lâm Bình']]],
  ['Chủ tịch UBND huyện Sơn Dương Phạm Văn Hùng cho biết.', [['Phạm Văn Hùng', 'Chủ tịch UBND huyện Sơn Dương']]],
  ['Bí thư Tỉnh ủy Nguyễn Văn Hùng kiểm tra công trình.', [['Nguyễn Văn Hùng', 'Bí thư Tỉnh ủy']]],
  ['Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Lê Văn Tâm báo cáo.', [['Lê Văn Tâm', 'Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy']]],
  ['Ông Lê Văn Tâm, Chủ nhiệm Ủy ban kiểm tra Huyện ủy, phát biểu.', [['Lê Văn Tâm', 'Chủ nhiệm Ủy ban kiểm tra Huyện ủy']]],
  ['Phó Chủ tịch UBND xã Hà Lang cho biết xã đã hoàn thành.', []],
  [
    'Ngày 3/9, Phó Tổng Thư ký Ban Thư ký Hội chợ Triển lãm Trung Quốc – ASEAN Hoàng Viên cho biết hội chợ sắp khai mạc.',
    [['Hoàng Viên', 'Phó Tổng Thư ký Ban Thư ký Hội chợ Triển lãm Trung Quốc – ASEAN']],
  ],
  ['Ông Trần Văn Nam, Giám đốc Sở Ngoại vụ - Trưởng đoàn, phát biểu.', [['Trần Văn Nam', 'Giám đốc Sở Ngoại vụ - Trưởng đoàn']]],
  [
    'Tham dự có Thứ trưởng Bộ Ngoại giao Tô Anh Dũng và các Đại sứ, Tổng lãnh sự Việt Nam ở nước ngoài.',
    [['Tô Anh Dũng', 'Thứ trưởng Bộ Ngoại giao']],
  ],
  [
    'Ông Phan Anh Sơn, Phó Chủ nhiệm Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài, phát biểu.',
    [['Phan Anh Sơn', 'Phó Chủ nhiệm Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài']],
  ],
  ['Phó Chủ tịch UBND tỉnh Trần Văn Nam và các Khu công nghiệp Quảng Ngãi ký kết.', [['Trần Văn Nam', 'Phó Chủ tịch UBND tỉnh']]],
  ['Chủ tịch Hội Hữu nghị Việt Nam - Lào tỉnh Lê Văn Bình dự.', [['Lê Văn Bình', 'Chủ tịch Hội Hữu nghị Việt Nam - Lào tỉnh']]],
  [
    'Tham dự có các đồng chí Trần Văn Hải - UVBTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh; Lê Thị Mai - PBT Huyện ủy.',
    [
      ['Trần Văn Hải', 'UVBTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh'],
      ['Lê Thị Mai', 'PBT Huyện ủy'],
    ],
  ],
  ['Ông Nguyễn Văn Hùng- PCT UBND huyện tiếp đoàn.', [['Nguyễn Văn Hùng', 'PCT UBND huyện']]],
  ['Ông Nguyễn Văn Hùng cho biết Công ty PCTV đã ký hợp đồng.', []],
  [
    'Đoàn đại biểu huyện Jangsu do ông Kim Young Ho Huyện trưởng huyện Jangsu làm trưởng đoàn đã làm việc với UBND huyện.',
    [['Kim Young Ho', 'Huyện trưởng huyện Jangsu']],
  ],
  ['Ông Tổng Lãnh sự Hàn Quốc Lim Jae Hoon phát biểu.', [['Lim Jae Hoon', 'Tổng Lãnh sự Hàn Quốc']]],
  [
    'Trong số đó có Tiến sỹ Trần Văn Minh, Việt kiều ở Pháp, hiện là Tổng giám đốc Công ty cổ phần Global Soft (Việt Nam).',
    [['Trần Văn Minh', 'Tổng giám đốc Công ty cổ phần Global Soft (Việt Nam)']],
  ],
  [
    'Ông Trần Văn Minh, Giám đốc Sở Ngoại vụ, hiện là Phó Chủ tịch Hội Hữu nghị tỉnh, phát biểu.',
    [['Trần Văn Minh', 'Giám đốc Sở Ngoại vụ']],
  ],
  [
    'Tham dự có ông Nguyễn Văn An - Chủ tịch Công ty Sao Việt và Trung tướng, GS.TS Lê Văn Bình.',
    [
      ['Nguyễn Văn An', 'Chủ tịch Công ty Sao Việt'],
      ['Lê Văn Bình', 'Trung tướng'],
    ],
  ],
  [
    'Ông Lê Văn Cường - Chủ tịch Hội Doanh nghiệp tỉnh và Giám đốc Công ty Sao Việt phát biểu.',
    [['Lê Văn Cường', 'Chủ tịch Hội Doanh nghiệp tỉnh và Giám đốc Công ty Sao Việt']],
  ],
  [
    'Ông Trần Văn Minh, Giám đốc GHC (tổ chức chứng nhận Halal tại Việt Nam) cho biết thị trường còn rộng.',
    [['Trần Văn Minh', 'Giám đốc GHC (tổ chức chứng nhận Halal tại Việt Nam)']],
  ],
  ['Ông Trần Văn Minh, Chủ tịch VCCI (bên trái) trao quà cho doanh nghiệp.', [['Trần Văn Minh', 'Chủ tịch VCCI']]],
  [
    'Tham dự có ông David Trần Văn Anh - Đại diện Quỹ Sao Mai Trust tại Việt Nam, bà Lê Thị Mai - Giám đốc Sở Ngoại vụ.',
    [
      ['David Trần Văn Anh', 'Đại diện Quỹ Sao Mai Trust tại Việt Nam'],
      ['Lê Thị Mai', 'Giám đốc Sở Ngoại vụ'],
    ],
  ],
  [
    'Trao đổi với phóng viên, ông Thành Văn Sang – chuyên gia Halal của GHC cho biết sản phẩm cần chứng nhận.',
    [['Thành Văn Sang', 'chuyên gia Halal của GHC']],
  ],
  ['Ông Lê Văn Nam - đại diện các doanh nghiệp phát biểu.', []],
  [
    'Dự có Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Y Ngông Niê Kđăm; Giám đốc Sở Y tế Trần Văn Hải.',
    [
      ['Y Ngông Niê Kđăm', 'Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh'],
      ['Trần Văn Hải', 'Giám đốc Sở Y tế'],
    ],
  ],
  ['Hiệu trưởng Trường Đại học Y Hà Nội Nguyễn Văn Minh phát biểu.', [['Nguyễn Văn Minh', 'Hiệu trưởng Trường Đại học Y Hà Nội']]],
  [
    'Đó là chia sẻ của ông Lê Văn Tâm - Chủ tịch UBND tỉnh Trà Vinh tại Tọa đàm xúc tiến đầu tư diễn ra sáng 22/2.',
    [['Lê Văn Tâm', 'Chủ tịch UBND tỉnh Trà Vinh']],
  ],
  [
    'Bà Trần Thị Hoa, Tổng Lãnh sự Việt Nam tại Osaka phát biểu tại buổi lễ khai mạc.',
    [['Trần Thị Hoa', 'Tổng Lãnh sự Việt Nam tại Osaka']],
  ],
  [
    'Ông Vũ Văn An, Tham tán Thương mại, Trưởng Thương vụ Việt Nam tại Đức, cho biết hàng Việt được ưa chuộng.',
    [['Vũ Văn An', 'Tham tán Thương mại, Trưởng Thương vụ Việt Nam tại Đức']],
  ],
  ['Theo ông Lê Văn Nam, Thương vụ Việt Nam tại Pháp đã hỗ trợ doanh nghiệp.', []],
  [
    'Ông Trần Văn Bình - Giám đốc Trung tâm Xúc tiến Du lịch thuộc Sở Văn hóa tỉnh Lâm Đồng cho biết lượng khách tăng.',
    [['Trần Văn Bình', 'Giám đốc Trung tâm Xúc tiến Du lịch thuộc Sở Văn hóa tỉnh Lâm Đồng']],
  ],
  ['Ông Lê Văn Nam, Giám đốc Công ty Sao Mai thuộc nhóm dẫn đầu về xuất khẩu.', [['Lê Văn Nam', 'Giám đốc Công ty Sao Mai']]],
  [
    'Ông Phạm Văn Đức - Chủ tịch Hiệp hội Doanh nghiệp đầu tư ra nước ngoài phát biểu tại hội thảo.',
    [['Phạm Văn Đức', 'Chủ tịch Hiệp hội Doanh nghiệp đầu tư ra nước ngoài']],
  ],
  ['Ông Phạm Văn Đức, Chủ tịch Hiệp hội Du lịch ra sân bay đón đoàn.', [['Phạm Văn Đức', 'Chủ tịch Hiệp hội Du lịch']]],
  [
    'Bà Ana Pérez, Vụ trưởng Vụ Chính sách Thương mại với châu Á và châu Đại Dương, Bộ Ngoại thương Cuba, khẳng định quan hệ tốt đẹp.',
    [['Ana Pérez', 'Vụ trưởng Vụ Chính sách Thương mại với châu Á và châu Đại Dương, Bộ Ngoại thương Cuba']],
  ],
  ['Buổi gặp giữa Bí thư Tỉnh ủy với Tổng Lãnh sự Trung Quốc Lý Minh diễn ra sáng nay.', [['Lý Minh', 'Tổng Lãnh sự Trung Quốc']]],
  [
    'Đại sứ trao tượng trưng 250 tấn gạo cho Thứ trưởng Nông Nghiệp Cuba Ana Pérez Gonzalez.',
    [['Ana Pérez Gonzalez', 'Thứ trưởng Nông Nghiệp Cuba']],
  ],
  ['Phó Chủ tịch UBND tỉnh Nông Văn Hải phát biểu tại buổi lễ.', [['Nông Văn Hải', 'Phó Chủ tịch UBND tỉnh']]],
];

const byName = (officials: readonly [string, string][]) => [...officials].sort(([a], [b]) => a.localeCompare(b));

test.each(SENTENCES)('%s', (sentence, officials) => {
  const found = findOfficials([sentence], registries.places).map(({ name, title }): [string, string] => [name, title]);
  expect(byName(found)).toEqual(byName(officials));
});
