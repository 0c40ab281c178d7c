/**
 * Phrases of Vietnamese economic-diplomacy reporting, each with the English the archive's
 * translators would write, so a generated article and its translation say the same thing.
 */

/** A Vietnamese phrase and its English rendering. */
export type Pair = readonly [vi: string, en: string];

export const EVENTS: Pair[] = [
  ['Hội nghị Ngoại giao kinh tế', 'the Economic Diplomacy Conference'],
  [
    'hội nghị trực tuyến với các Trưởng cơ quan đại diện Việt Nam ở nước ngoài',
    'an online conference with the heads of Viet Nam’s representative missions abroad',
  ],
  ['Diễn đàn Doanh nghiệp Việt Nam', 'the Viet Nam Business Forum'],
  ['Hội nghị xúc tiến đầu tư', 'the investment promotion conference'],
  ['buổi làm việc với lãnh đạo các bộ, ngành và địa phương', 'a working session with leaders of ministries, sectors and localities'],
  ['tọa đàm về chuyển đổi số và kinh tế số', 'a seminar on digital transformation and the digital economy'],
  ['Phiên họp Ủy ban liên Chính phủ', 'the meeting of the Intergovernmental Committee'],
  ['Hội chợ thương mại quốc tế', 'the international trade fair'],
  ['Hội nghị tổng kết công tác đối ngoại', 'the conference reviewing external affairs work'],
  ['Đối thoại chính sách cấp cao về kinh tế', 'the high-level policy dialogue on the economy'],
  ['buổi tiếp xúc với cộng đồng doanh nghiệp nước ngoài', 'a meeting with the foreign business community'],
  [
    'Hội nghị Đại sứ, Trưởng cơ quan đại diện Việt Nam ở nước ngoài',
    'the Conference of Ambassadors and Heads of Vietnamese Representative Missions Abroad',
  ],
];

export const GOALS: Pair[] = [
  ['phục hồi và phát triển kinh tế - xã hội', 'socio-economic recovery and development'],
  ['thu hút nguồn vốn đầu tư chất lượng cao', 'attracting high-quality investment'],
  ['mở rộng thị trường xuất khẩu cho hàng hóa Việt Nam', 'expanding export markets for Vietnamese goods'],
  ['đạt mục tiêu tăng trưởng cao và bền vững', 'reaching the goal of high and sustainable growth'],
  ['nâng cao năng lực cạnh tranh của nền kinh tế', 'raising the competitiveness of the economy'],
  ['bảo đảm an ninh năng lượng và an ninh lương thực', 'ensuring energy and food security'],
  ['thực hiện thắng lợi Nghị quyết Đại hội Đảng', 'successfully implementing the Resolution of the Party Congress'],
  ['tạo đột phá về khoa học, công nghệ và đổi mới sáng tạo', 'making breakthroughs in science, technology and innovation'],
  ['đưa quan hệ song phương đi vào chiều sâu, thực chất', 'giving bilateral relations depth and substance'],
  ['hoàn thiện thể chế, cải thiện môi trường kinh doanh', 'improving institutions and the business environment'],
  ['phát triển nguồn nhân lực chất lượng cao', 'developing a highly skilled workforce'],
  ['đa dạng hóa chuỗi cung ứng', 'diversifying supply chains'],
  ['thúc đẩy kinh tế tư nhân phát triển', 'fostering the growth of the private sector'],
];

export const ACTIONS: Pair[] = [
  ['bám sát tình hình, kịp thời tham mưu chính sách', 'following developments closely and advising on policy in good time'],
  ['hỗ trợ doanh nghiệp tháo gỡ khó khăn, vướng mắc', 'helping businesses remove difficulties and obstacles'],
  ['kết nối các địa phương với đối tác nước ngoài', 'connecting localities with foreign partners'],
  ['theo dõi, đôn đốc triển khai các thỏa thuận đã ký kết', 'monitoring and urging the implementation of signed agreements'],
  ['quảng bá hình ảnh đất nước, con người Việt Nam', 'promoting the image of Viet Nam and its people'],
  ['đẩy mạnh xúc tiến thương mại, đầu tư và du lịch', 'stepping up trade, investment and tourism promotion'],
  ['nghiên cứu, dự báo các xu hướng kinh tế mới', 'researching and forecasting new economic trends'],
  ['tận dụng hiệu quả các hiệp định thương mại tự do', 'making effective use of free trade agreements'],
  ['đổi mới phương thức triển khai công tác đối ngoại', 'renewing the way external affairs work is carried out'],
  ['phối hợp chặt chẽ giữa các bộ, ngành và địa phương', 'coordinating closely among ministries, sectors and localities'],
  ['cung cấp thông tin thị trường cho doanh nghiệp', 'providing businesses with market information'],
  ['vận động các đối tác sớm công nhận quy chế kinh tế thị trường', 'lobbying partners to recognise Viet Nam’s market economy status soon'],
  ['xử lý dứt điểm các dự án tồn đọng', 'settling long-stalled projects once and for all'],
  ['tổ chức đoàn doanh nghiệp tham gia hội chợ quốc tế', 'organising business delegations to international fairs'],
];

export const FIELDS: Pair[] = [
  ['năng lượng tái tạo', 'renewable energy'],
  ['nông nghiệp công nghệ cao', 'high-tech agriculture'],
  ['chất bán dẫn', 'semiconductors'],
  ['logistics', 'logistics'],
  ['tài chính xanh', 'green finance'],
  ['y tế và dược phẩm', 'health care and pharmaceuticals'],
  ['giáo dục và đào tạo nguồn nhân lực', 'education and human resource training'],
  ['du lịch', 'tourism'],
  ['chế biến thủy sản', 'seafood processing'],
  ['hạ tầng giao thông', 'transport infrastructure'],
  ['đổi mới sáng tạo', 'innovation'],
  ['kinh tế số', 'the digital economy'],
  ['dệt may và da giày', 'textiles, garments and footwear'],
  ['điện tử', 'electronics'],
  ['cà phê, hồ tiêu và điều', 'coffee, pepper and cashew'],
  ['hydro xanh', 'green hydrogen'],
  ['công nghiệp hỗ trợ', 'supporting industries'],
  ['cảng biển và hàng hải', 'seaports and shipping'],
  ['trí tuệ nhân tạo', 'artificial intelligence'],
];

export const ACHIEVEMENTS: Pair[] = [
  ['kim ngạch xuất khẩu đạt mức cao kỷ lục', 'export turnover reaching a record high'],
  ['dòng vốn đầu tư trực tiếp nước ngoài tăng mạnh', 'a strong rise in foreign direct investment'],
  ['nhiều thị trường mới được khai thông cho nông sản Việt Nam', 'many new markets opening to Vietnamese farm produce'],
  ['hàng trăm thỏa thuận hợp tác được ký kết', 'hundreds of cooperation agreements being signed'],
  ['quan hệ với các đối tác lớn được nâng cấp', 'relations with major partners being upgraded'],
  ['công tác bảo hộ công dân được triển khai kịp thời', 'citizen protection work being carried out promptly'],
  ['hàng chục dự án đầu tư lớn được khởi công', 'dozens of large investment projects breaking ground'],
  ['thặng dư thương mại tiếp tục được duy trì', 'the trade surplus being maintained'],
  ['lượng khách quốc tế phục hồi mạnh mẽ', 'a strong recovery in international arrivals'],
];

export const PERIODS: Pair[] = [
  ['năm qua', 'the past year'],
  ['6 tháng đầu năm', 'the first six months of the year'],
  ['quý I', 'the first quarter'],
  ['9 tháng đầu năm', 'the first nine months of the year'],
  ['giai đoạn 2021 - 2025', 'the 2021–2025 period'],
  ['11 tháng', 'the first eleven months'],
  ['4 tháng đầu năm', 'the first four months of the year'],
];

export const TIMES_OF_DAY: Pair[] = [
  ['Sáng', 'On the morning of'],
  ['Chiều', 'On the afternoon of'],
  ['Ngày', 'On'],
  ['Tối', 'On the evening of'],
];

/** Phrases naming each topic of the real registry; a topic not listed is named by its label. */
export const TOPIC_PHRASES: Record<string, Pair[]> = {
  'economic-diplomacy': [
    ['ngoại giao kinh tế', 'economic diplomacy'],
    ['công tác ngoại giao kinh tế', 'economic diplomacy work'],
  ],
  'vaccine-diplomacy': [
    ['ngoại giao vắc xin', 'vaccine diplomacy'],
    ['tiếp nhận các liều vắc xin', 'receiving vaccine doses'],
  ],
  'pandemic-recovery': [
    ['mục tiêu kép', 'the dual goal'],
    ['phục hồi kinh tế sau dịch bệnh', 'economic recovery after the pandemic'],
  ],
  'free-trade-agreements': [
    ['các hiệp định thương mại tự do', 'free trade agreements'],
    ['Hiệp định CPTPP', 'the CPTPP'],
  ],
  investment: [
    ['thu hút đầu tư nước ngoài', 'attracting foreign investment'],
    ['vốn FDI', 'FDI capital'],
  ],
  'trade-promotion': [
    ['xúc tiến thương mại', 'trade promotion'],
    ['mở rộng thị trường xuất khẩu', 'expanding export markets'],
  ],
  'digital-transformation': [
    ['chuyển đổi số', 'digital transformation'],
    ['kinh tế số', 'the digital economy'],
  ],
  'green-growth': [
    ['tăng trưởng xanh', 'green growth'],
    ['chuyển đổi năng lượng', 'the energy transition'],
  ],
  'technology-diplomacy': [
    ['ngoại giao công nghệ', 'technology diplomacy'],
    ['hợp tác khoa học, công nghệ', 'science and technology cooperation'],
  ],
  'local-external-affairs': [
    ['công tác đối ngoại địa phương', 'local external affairs'],
    ['hợp tác quốc tế của địa phương', 'the international cooperation of localities'],
  ],
  'overseas-vietnamese': [
    ['công tác người Việt Nam ở nước ngoài', 'work with overseas Vietnamese'],
    ['vai trò cầu nối của kiều bào', 'the bridging role of the Vietnamese diaspora'],
  ],
  'representative-missions': [
    ['hoạt động của các cơ quan đại diện', 'the work of representative missions'],
    ['mạng lưới cơ quan đại diện ở nước ngoài', 'the network of missions abroad'],
  ],
};

/** Provinces and cities; the generator keeps those the places registry can translate. */
export const PROVINCES = [
  'Hà Nội',
  'Hải Phòng',
  'Đà Nẵng',
  'Cần Thơ',
  'Huế',
  'Quảng Ninh',
  'Thanh Hóa',
  'Nghệ An',
  'Bình Dương',
  'Đồng Nai',
  'Long An',
  'Tiền Giang',
  'Bắc Ninh',
  'Bình Định',
  'Đắk Lắk',
  'An Giang',
  'Cà Mau',
  'Lào Cai',
  'Quảng Nam',
  'Khánh Hòa',
];

/** Posts of Vietnamese officials, most senior first; `{place}` is a country (ambassadors) or a province. */
export const SENIOR_POSTS = [
  'Thủ tướng Chính phủ',
  'Phó Thủ tướng Chính phủ',
  'Bộ trưởng Bộ Ngoại giao',
  'Bộ trưởng Bộ Công Thương',
  'Bộ trưởng Bộ Kế hoạch và Đầu tư',
  'Bộ trưởng Bộ Tài chính',
  'Thứ trưởng Thường trực Bộ Ngoại giao',
  'Thứ trưởng Bộ Ngoại giao, Trưởng Ban Chỉ đạo Ngoại giao kinh tế',
];
export const DEPUTY_POSTS = ['Thứ trưởng Bộ Ngoại giao', 'Thứ trưởng Bộ Công Thương'];
export const MISSION_POSTS = ['Đại sứ Việt Nam tại {place}', 'Tổng Lãnh sự Việt Nam tại {place}'];
export const LOCAL_POSTS = ['Chủ tịch UBND tỉnh {place}', 'Phó Chủ tịch UBND tỉnh {place}', 'Bí thư Tỉnh ủy', 'Giám đốc Sở Ngoại vụ'];
export const FOREIGN_POST = 'Đại sứ {place} tại Việt Nam';

/** People's names: family names weighted as in the population (Nguyễn first by far). */
export const FAMILY_NAMES: readonly [string, number][] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 5],
  ['Huỳnh', 4],
  ['Phan', 4.5],
  ['Vũ', 4],
  ['Võ', 3],
  ['Đặng', 2],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 0.8],
  ['Trương', 0.6],
];
export const MIDDLE_NAMES = [
  'Văn',
  'Thị',
  'Minh',
  'Quốc',
  'Thanh',
  'Đức',
  'Hồng',
  'Xuân',
  'Hữu',
  'Ngọc',
  'Thành',
  'Công',
  'Kim',
  'Anh',
  'Đình',
  'Quang',
];
export const GIVEN_NAMES = [
  'Sơn',
  'Hùng',
  'Dũng',
  'Hằng',
  'Lan',
  'Đạt',
  'Cường',
  'Tuấn',
  'Hà',
  'Vũ',
  'Nam',
  'Phương',
  'Thắng',
  'Long',
  'Hải',
  'Trung',
  'Hiếu',
  'Châu',
  'Mai',
  'Quân',
  'Tâm',
  'Khánh',
  'Đông',
  'Bình',
  'Việt',
  'Thảo',
  'Nga',
  'Tùng',
  'Hưng',
  'Lộc',
  'Đức',
  'Diệu',
];
/** Foreign ambassadors are named in Latin script; these are invented, not real people. */
export const FOREIGN_GIVEN = ['Anna', 'Marc', 'Kenji', 'Sofia', 'David', 'Ji-hoon', 'Elena', 'Tomás', 'Priya', 'Lars', 'Amélie', 'Ahmed'];
export const FOREIGN_FAMILY = [
  'Schneider',
  'Tanaka',
  'Moreau',
  'Park',
  'Rossi',
  'Novak',
  'Lindqvist',
  'Sharma',
  'García',
  'Okafor',
  'Brennan',
  'Kowalski',
];

export const AUTHORS = [
  'Minh Anh',
  'Thu Hà',
  'Quang Huy',
  'Ngọc Lan',
  'Hải Đăng',
  'Phương Thảo',
  'Đức Trung',
  'Bảo Ngọc',
  'Thanh Tùng',
  'Khánh Linh',
];
