/**
 * What a careful reader finds in each of the five raw seed pages in tests/fixtures/seeds/.
 * Determined by reading the pages, not by running the importer.
 */

export interface SeedOfficial {
  id: string;
  name: string;
  /** The titles the article writes next to this person (any one of them is right). */
  titles: string[];
}

export interface SeedExpectation {
  file: string;
  /** The article it is archived as in the test archive (tests/fixtures/archive/). */
  slug: string;
  title: string;
  date: string | null;
  datePrecision: 'day' | null;
  dateInferred: boolean;
  outlet: string | null;
  originalOutlet: string | null;
  author: string | null;
  officials: SeedOfficial[];
  /** One distinctive phrase from each paragraph of the article, in order. */
  paragraphs: string[];
  /** Photo captions (whole paragraphs) that must appear exactly once, however often the page repeats them. */
  captions: string[];
  /** Page text that is not the article: none of it may occur anywhere in the body. */
  boilerplate: string[];
  /** Whole lines of page chrome whose words may legitimately occur inside a paragraph. */
  boilerplateLines: string[];
}

export const SEEDS: SeedExpectation[] = [
  {
    file: '000_a353cd3853ad62ae.txt',
    slug: 'ngoai-giao-kinh-te-nam-2022-tranh-thu-xu-huong',
    title: 'Ngoại giao kinh tế năm 2022: Tranh thủ xu hướng phục hồi của các nước',
    date: null,
    datePrecision: null,
    dateInferred: false,
    outlet: 'plvn',
    originalOutlet: null,
    author: null,
    officials: [{ id: 'vu-quang-minh', name: 'Vũ Quang Minh', titles: ['Thứ trưởng Ngoại giao'] }],
    paragraphs: [
      'Thứ trưởng Ngoại giao Vũ Quang Minh. Ảnh: TTXVN',
      '(PLVN) - Thứ trưởng Ngoại giao Vũ Quang Minh cho biết, năm 2022',
      'triển khai tư tưởng chỉ đạo của Đại hội Đảng lần thứ XIII',
      'Dấu ấn nổi bật nhất của ngoại giao kinh tế năm qua',
      'Có những thời điểm cả nước căng mình giãn cách',
      'Từ một nước có tỷ lệ tiêm chủng vaccine thấp nhất thế giới',
      'Thứ hai, công tác tham mưu, nghiên cứu',
      'Thứ ba, công tác hỗ trợ các bộ, ngành địa phương',
      'Thứ tư, các hoạt động hội nhập quốc tế',
      'Bên cạnh đó, Bộ Ngoại giao và các Cơ quan đại diện cũng tích cực',
      'công tác ngoại giao kinh tế trong năm 2022 sẽ tập trung vào một số nội dung',
      'Thứ nhất, tận dụng các khuôn khổ quan hệ',
      'Thứ hai, đẩy mạnh các nội hàm ngoại giao mới',
      'Thứ ba, đẩy mạnh hoạt động phối hợp, hỗ trợ',
      'Thứ tư, nâng cao hiệu quả công tác nghiên cứu',
      'Thứ năm, tiếp tục hoàn thiện các cơ chế',
      'Đặc biệt, một nhiệm vụ hết sức quan trọng',
    ],
    captions: ['Thứ trưởng Ngoại giao Vũ Quang Minh. Ảnh: TTXVN'],
    boilerplate: [
      '0:00', 'Tin cùng chuyên mục', 'Đọc thêm', 'Toàn cảnh Hội nghị', 'Lai Châu đề xuất xây dựng cảng hàng không',
      'Trần Tiến Dũng', 'Hà Giang: Khởi sắc', 'Lạng Giang', 'Hệ thống cơ sở hạ tầng huyện', 'Tỉnh ủy Vĩnh Phúc',
      'Cúc Phương', 'Ba Bể', 'Chẩu Văn Lâm', 'Bạc Liêu', 'Lê Thanh Hùng', 'Hội thao PCCC',
      'Ngoại giao kinh tế năm 2022: Tranh thủ xu hướng phục hồi của các nước',
    ],
    boilerplateLines: [],
  },
  {
    file: '001_4ac5d88f740f089e.txt',
    slug: '2024-12-20-hoat-dong-ngoai-giao-kinh-te-ngay-cang-thuc-chat',
    title: 'Hoạt động ngoại giao kinh tế ngày càng thực chất, hiệu quả, bài bản',
    date: '2024-12-20',
    datePrecision: 'day',
    dateInferred: false,
    outlet: 'ap-bac',
    originalOutlet: null,
    author: 'T. ĐẠT',
    officials: [
      { id: 'pham-minh-chinh', name: 'Phạm Minh Chính', titles: ['Thủ tướng Chính phủ'] },
      { id: 'bui-thanh-son', name: 'Bùi Thanh Sơn', titles: ['Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao'] },
      { id: 'nguyen-thanh-dieu', name: 'Nguyễn Thành Diệu', titles: ['Phó Chủ tịch UBND tỉnh Tiền Giang'] },
      { id: 'nguyen-minh-hang', name: 'Nguyễn Minh Hằng', titles: ['Thứ trưởng Bộ Ngoại giao'] },
    ],
    paragraphs: [
      '(ABO) Chiều tối ngày 20-12, Thủ tướng Chính phủ Phạm Minh Chính',
      'Tại điểm cầu tỉnh Tiền Giang, Phó Chủ tịch UBND tỉnh Tiền Giang Nguyễn Thành Diệu chủ trì hội nghị.',
      'Quang cảnh hội nghị tại điểm cầu Tiền Giang.',
      'Theo Thứ trưởng Bộ Ngoại giao Nguyễn Minh Hằng',
      'Trong gần 60 hoạt động đối ngoại của lãnh đạo chủ chốt',
      'Qua các hoạt động trao đổi cấp cao và các cấp',
      'hợp tác quốc tế về khoa học - công nghệ và đổi mới sáng tạo',
      'ngoại giao công nghệ, ngoại giao bản dẫn',
      'nâng tổng số FTA Việt Nam ký kết và tham gia lên 17',
      'phát huy vai trò chủ động, tham gia tích cực, đóng góp thực chất',
      'Đồng thời, đẩy mạnh công tác tham mưu chiến lược',
      'Nước ta đã tích cực thúc đẩy triển khai kết quả các chuyến thăm cấp cao',
      'Bên cạnh đó, công tác ngoại giao kinh tế còn những tồn tại',
      'Việc triển khai các cam kết, thoả thuận quốc tế có lúc',
      'Tại hội nghị, lãnh đạo các bộ, ngành và doanh nghiệp đã báo cáo',
      'Phát biểu chỉ đạo hội nghị, Thủ tướng Chính phủ Phạm Minh Chính đánh giá cao',
      'Nhiều thị trường mới đã được khám phá',
      'Ngoại giao kinh tế đã được thể chế hóa, hệ thống hóa bài bản hơn',
      'yêu cầu không được chủ quan',
      'phải có sự phối hợp chặt chẽ giữa các cơ quan đại diện',
      'phải thúc đẩy ký kết được các khung khổ pháp lý về hợp tác đầu tư',
      'Thủ tướng yêu cầu phải đánh giá tiềm năng khác biệt',
    ],
    captions: ['Quang cảnh hội nghị tại điểm cầu Tiền Giang.'],
    boilerplate: ['Cập nhật', '21:27', 'GMT+7', 'T. ĐẠT'],
    boilerplateLines: ['.'],
  },
  {
    file: '002_43dcc806c0356c64.txt',
    slug: '2022-01-21-cong-tac-ngoai-giao-kinh-te-da-dong-gop-tich-cuc',
    title: 'Công tác ngoại giao kinh tế đã đóng góp tích cực cho Chính phủ trong thực hiện mục tiêu “kép”',
    date: '2022-01-21',
    datePrecision: 'day',
    dateInferred: true,
    outlet: 'haiphong-portal',
    originalOutlet: null,
    author: 'Trâm Bầu',
    officials: [
      { id: 'bui-thanh-son', name: 'Bùi Thanh Sơn', titles: ['Bộ trưởng Bộ Ngoại giao'] },
      { id: 'hoang-minh-cuong', name: 'Hoàng Minh Cường', titles: ['Phó Chủ tịch UBND thành phố'] },
      { id: 'nguyen-phu-trong', name: 'Nguyễn Phú Trọng', titles: ['Tổng Bí thư'] },
      {
        id: 'nguyen-minh-vu',
        name: 'Nguyễn Minh Vũ',
        titles: ['Thứ trưởng Ngoại giao, Trưởng Ban Chỉ đạo Ngoại giao kinh tế'],
      },
    ],
    paragraphs: [
      'Chiều tối 21/1, tại Hà Nội, Bộ Ngoại giao tổ chức Hội nghị trực tuyến',
      'Dự Hội nghị có các Trưởng Cơ quan đại diện',
      'Tham dự tại điểm cầu thành phố Hải Phòng có Phó Chủ tịch UBND thành phố Hoàng Minh Cường',
      'Hội nghị trực tuyến triển khai công tác ngoại giao kinh tế phục vụ phục hồi và phát triển kinh tế-xã hội năm 2022. (Ảnh: Bộ Ngoại giao)',
      'Phó Chủ tịch UBND thành phố Hoàng Minh Cường tham dự Hội nghi tại điểm cầu thành phố Hải Phòng.',
      'triển khai các chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng',
      'Báo cáo về kết quả ngoại giao kinh tế năm 2021',
      'Phát biểu tại Hội nghị, Bộ trưởng Bùi Thanh Sơn nhấn mạnh',
      'Đề cập về phương châm của toàn ngành Ngoại giao',
    ],
    captions: [
      'Hội nghị trực tuyến triển khai công tác ngoại giao kinh tế phục vụ phục hồi và phát triển kinh tế-xã hội năm 2022. (Ảnh: Bộ Ngoại giao)',
      'Phó Chủ tịch UBND thành phố Hoàng Minh Cường tham dự Hội nghi tại điểm cầu thành phố Hải Phòng.',
    ],
    boilerplate: [
      'Trâm Bầu', 'Nguồn tin', 'haiphong.gov.vn', 'Tin khác', 'Kỳ họp thứ 46', 'Ủy ban Di sản thế giới', 'Từ ngày 21 đến 26/7/2024',
      '23/07/2024', '22/07/2024', 'Bão số 2', 'cơn bão', 'Bộ Xây dựng bàn giao', 'Nguyễn Đức Thọ', 'Lễ ký kết Biên bản',
      'This website uses cookies', 'See Our policy', 'Read More',
    ],
    boilerplateLines: [],
  },
  {
    file: '003_f840cf0540fc0e3d.txt',
    slug: '2021-07-29-hoi-nghi-truc-tuyen-day-manh-cong-tac-ngoai-giao',
    title: 'Hội nghị trực tuyến đẩy mạnh công tác ngoại giao kinh tế phục vụ thực hiện mục tiêu kép',
    date: '2021-07-29',
    datePrecision: 'day',
    dateInferred: true,
    outlet: 'baoquocte',
    originalOutlet: null,
    author: 'Trung Hiếu',
    officials: [
      {
        id: 'bui-thanh-son',
        name: 'Bùi Thanh Sơn',
        titles: ['Ủy viên Trung ương Đảng, Bộ trưởng Bộ Ngoại giao', 'Bộ trưởng Bộ Ngoại giao'],
      },
      {
        id: 'nguyen-minh-vu',
        name: 'Nguyễn Minh Vũ',
        titles: ['Thứ trưởng, Trưởng Ban chỉ đạo Ngoại giao kinh tế', 'Thứ trưởng Ngoại giao'],
      },
      { id: 'ha-kim-ngoc', name: 'Hà Kim Ngọc', titles: ['Đại sứ Việt Nam tại Hoa Kỳ'] },
      { id: 'vu-hong-nam', name: 'Vũ Hồng Nam', titles: ['Đại sứ Việt Nam tại Nhật Bản'] },
      { id: 'pham-sanh-chau', name: 'Phạm Sanh Châu', titles: ['Đại sứ Việt Nam tại Ấn Độ'] },
      { id: 'le-thi-tuyet-mai', name: 'Lê Thị Tuyết Mai', titles: ['Đại sứ, Trưởng Phái đoàn Việt Nam tại Geneva'] },
    ],
    paragraphs: [
      'Chiều tối ngày 29/7 tại Hà Nội, Bộ Ngoại giao đã tổ chức Hội nghị trực tuyến',
      'Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn phát biểu tại Hội nghị trực tuyến. (Ảnh: Trung Hiếu)',
      'Đây là lần đầu tiên Bộ Ngoại giao tổ chức một hội nghị trực tuyến',
      'Đồng chí Bùi Thanh Sơn, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Ngoại giao đã tham dự',
      'Hội nghị diễn ra một ngày sau kỳ họp thứ nhất của Quốc hội khóa XV',
      'Thứ trưởng Ngoại giao Nguyễn Minh Vũ phát biểu tại Hội nghị. (Ảnh: Trung Hiếu)',
      'Trong bối cảnh khó khăn chung của khu vực và thế giới',
      'Các đồng chí Đại sứ, Tổng Lãnh sự đã phát biểu khẳng định',
      'Các đồng chí Trưởng Cơ quan đại diện cũng chia sẻ cụ thể',
      'Hội nghị trực tuyến với sự tham gia của tất cả 96 Đại sứ, Trưởng Cơ quan đại diện Việt Nam ở nước ngoài. (Ảnh: Trung Hiếu)',
      'Phát biểu kết luận Hội nghị, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn hoan nghênh',
      'Bộ trưởng nhấn mạnh, tinh thần chung của Hội nghị',
      'Điều này thể hiện tinh thần trách nhiệm, sự quyết tâm',
      'Đại sứ Việt Nam tại Hoa Kỳ Hà Kim Ngọc phát biểu tại Hội nghị. (Ảnh: Trung Hiếu)',
      'Về công tác 6 tháng đầu năm, đồng chí Bùi Thanh Sơn đánh giá',
      'Bộ trưởng nhấn mạnh, điểm sáng nhất của ngoại giao kinh tế',
      'Ngoại giao kinh tế cũng đã triển khai đồng bộ các nhiệm vụ',
      'Trong 6 tháng đầu năm, Bộ Ngoại giao cũng đã chủ động, phối hợp',
      'Đại sứ Việt Nam tại Nhật Bản Vũ Hồng Nam phát biểu tại Hội nghị. (Ảnh: Trung Hiếu)',
      'Về bối cảnh sắp tới, đồng chí Bùi Thanh Sơn cho rằng',
      'Bộ trưởng chỉ đạo, trong 6 tháng cuối năm',
      'Mỗi Trưởng Cơ quan đại diện là một tướng lĩnh ở mặt trận',
      'Đại sứ Việt Nam tại Ấn Độ Phạm Sanh Châu phát biểu tại Hội nghị. (Ảnh: Trung Hiếu)',
      'Trên cơ sở đó, Bộ trưởng giao các đồng chí Trưởng Cơ quan đại diện cần làm tốt năm nhiệm vụ:',
      'Một là, đẩy mạnh ngoại giao vaccine',
      'Hai là, tập trung theo dõi, phát hiện các xu hướng mới',
      'Ba là, mở rộng và làm sâu sắc hơn hợp tác kinh tế',
      'Bộ trưởng đề nghị các cơ quan đại diện sớm rà soát tổng thể',
      'Bốn là, tiếp tục đẩy mạnh các hoạt động kết nối địa phương',
      'Năm là, trên cơ sở tình hình cụ thể của từng địa bàn',
      'Đại sứ, Trưởng Phái đoàn Việt Nam tại Geneva Lê Thị Tuyết Mai phát biểu tại Hội nghị. (Ảnh: Trung Hiếu)',
      'Để thực hiện các nhiệm vụ này, Bộ trưởng đề nghị toàn ngành Ngoại giao',
      'Bộ trưởng nhấn mạnh, các cán bộ ngoại giao, hơn bao giờ hết',
    ],
    captions: [
      'Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn phát biểu tại Hội nghị trực tuyến. (Ảnh: Trung Hiếu)',
      'Thứ trưởng Ngoại giao Nguyễn Minh Vũ phát biểu tại Hội nghị. (Ảnh: Trung Hiếu)',
      'Đại sứ Việt Nam tại Hoa Kỳ Hà Kim Ngọc phát biểu tại Hội nghị. (Ảnh: Trung Hiếu)',
    ],
    boilerplate: [
      'Theo dõi Baoquocte.vn', 'Baoquocte.vn',
      'Bộ trưởng Ngoại giao Bùi Thanh Sơn chủ trì Hội nghị trực tuyến Ngoại giao kinh tế',
      'Hội nghị trực tuyến đẩy mạnh công tác ngoại giao kinh tế phục vụ thực hiện mục tiêu kép',
      'Tiếp tục tăng cường cơ chế hợp tác', 'Tô Anh Dũng', 'Phạm Quang Hiệu', 'Nguyễn Quốc Dũng', 'Giáo hội Phật giáo',
      'Bài viết cùng chủ đề', 'Đọc thêm', 'Thời tiết Ngày bầu cử', 'Hormuz', 'Sri Lanka', 'Nguyễn Minh Hằng',
      'Donald Trump', 'Thomas Gass', 'Phạm Văn Đồng', 'Bồ Đào Nha', 'Trắc nghiệm', 'Phiên bản di động', '2026-2031',
    ],
    boilerplateLines: ['Trung Hiếu', 'Ngoại giao vaccine'],
  },
  {
    file: '004_58ea57227f96d471.txt',
    slug: '2021-12-18-ngoai-giao-kinh-te-la-don-bay-quan-trong-huong-toi',
    title: 'Ngoại giao kinh tế là đòn bẩy quan trọng hướng tới phục hồi toàn diện',
    date: '2021-12-18',
    datePrecision: 'day',
    dateInferred: false,
    outlet: null,
    originalOutlet: 'vov',
    author: null,
    officials: [
      { id: 'nguyen-quoc-dung', name: 'Nguyễn Quốc Dũng', titles: ['Thứ trưởng Ngoại giao'] },
      { id: 'nguyen-phu-trong', name: 'Nguyễn Phú Trọng', titles: ['Tổng Bí thư'] },
    ],
    paragraphs: [
      'Trả lời phỏng vấn báo chí về kết quả Hội nghị Ngoại vụ toàn quốc lần thứ 20',
      'Thứ trưởng Ngoại giao Nguyễn Quốc Dũng',
      'Trong đó, công tác NGKT được các địa phương đặc biệt quan tâm',
      'Đoàn ngoại giao, Hiệp hội doanh nghiệp nước ngoài',
      'Trong thời gian tới, trên cơ sở chỉ đạo của các đồng chí Lãnh đạo cấp cao',
      'Một là, đẩy mạnh và phát huy vai trò của NGKT',
      'Hai là, thông qua mạng lưới 94 cơ quan đại diện',
      'Ba là, hỗ trợ tham vấn cho các địa phương',
      'Bốn là, đảm bảo sự toàn diện của đối ngoại địa phương',
      'Năm là, tiếp tục xây dựng, triển khai các chương trình',
    ],
    captions: ['Thứ trưởng Ngoại giao Nguyễn Quốc Dũng'],
    boilerplate: [
      'Tiếng Việt | English', 'Tiếng Việt', '18/12/2021 - 19:07', '19:07', 'Theo VOV', 'Chia sẻ bài viết', 'Chia sẻ',
      'Ngoại giao kinh tế là đòn bẩy quan trọng hướng tới phục hồi toàn diện',
    ],
    boilerplateLines: [],
  },
];
