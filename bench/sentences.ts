/**
 * Sentences of a synthetic article, each produced in Vietnamese and English together from the
 * article's cast (officials, topics, partner country, province, event).
 */
import type { Random } from './random.ts';
import { ACHIEVEMENTS, ACTIONS, FIELDS, GOALS, PERIODS, type Pair } from './vocabulary.ts';

/** Who and what one article is about. */
export interface Cast {
  /** "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn" / "Minister of Foreign Affairs Bùi Thanh Sơn". */
  officials: { full: Pair; name: string }[];
  topics: Pair[];
  country: Pair;
  province: Pair;
  event: Pair;
  /** "Sáng 21/1" / "On the morning of 21 January", or null when the text gives no day. */
  when: Pair | null;
}

type Sentence = (r: Random, cast: Cast) => Pair;

/** The text with its first letter capitalised (Vietnamese rules). */
export const cap = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
const both = (vi: string, en: string): Pair => [cap(vi), cap(en)];

/** "1,5" / "1.5": Vietnamese writes a decimal comma. */
function amount(r: Random, min: number, max: number): Pair {
  const value = (r.int(min * 10, max * 10) / 10).toFixed(1);
  return [value.replace('.', ','), value];
}

/** The lead: when, where, who, what. */
export const lead: Sentence = (_, c) => {
  const [who] = c.officials;
  const [when, whenEn] = c.when ?? ['Mới đây', 'Recently'];
  return both(
    `${when}, tại ${c.province[0]}, ${who!.full[0]} đã chủ trì ${c.event[0]} về ${c.topics[0]![0]}.`,
    `${whenEn}, in ${c.province[1]}, ${who!.full[1]} chaired ${c.event[1]} on ${c.topics[0]![1]}.`,
  );
};

const BODY: Sentence[] = [
  (r, c) => {
    const [goal, topic, who] = [r.pick(GOALS), r.pick(c.topics), r.pick(c.officials)];
    return both(
      `Phát biểu tại ${c.event[0]}, ${who.full[0]} nhấn mạnh ${topic[0]} là động lực quan trọng để ${goal[0]}.`,
      `Speaking at ${c.event[1]}, ${who.full[1]} stressed that ${topic[1]} is an important driver of ${goal[1]}.`,
    );
  },
  (r, c) => {
    const [value, growth, period] = [amount(r, 1, 180), r.int(3, 35), r.pick(PERIODS)];
    return both(
      `Trong ${period[0]}, kim ngạch thương mại song phương giữa Việt Nam và ${c.country[0]} đạt ${value[0]} tỷ USD, tăng ${growth}% so với cùng kỳ.`,
      `In ${period[1]}, bilateral trade between Viet Nam and ${c.country[1]} reached ${value[1]} billion USD, up ${growth}% year on year.`,
    );
  },
  (r, c) => {
    const [a, b] = r.distinct(2, () => r.pick(FIELDS));
    const topic = r.pick(c.topics);
    return both(
      `Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực ${a![0]}, ${(b ?? a)![0]}, đồng thời thúc đẩy ${topic[0]}.`,
      `The two sides agreed to strengthen cooperation in ${a![1]} and ${(b ?? a)![1]}, while promoting ${topic[1]}.`,
    );
  },
  (r, c) => {
    const action = r.pick(ACTIONS);
    const who = r.pick(c.officials);
    return both(
      `${who.full[0]} đề nghị các cơ quan đại diện Việt Nam ở nước ngoài tiếp tục ${action[0]}.`,
      `${who.full[1]} asked Viet Nam’s representative missions abroad to continue ${action[1]}.`,
    );
  },
  (r, c) => {
    const [projects, capital] = [r.int(50, 4000), amount(r, 1, 90)];
    return both(
      `Đến nay, ${c.country[0]} có ${projects} dự án đầu tư còn hiệu lực tại Việt Nam với tổng vốn đăng ký khoảng ${capital[0]} tỷ USD.`,
      `To date, ${c.country[1]} has ${projects} investment projects in force in Viet Nam, with total registered capital of about ${capital[1]} billion USD.`,
    );
  },
  (r) => {
    const achievement = r.pick(ACHIEVEMENTS);
    return both(
      `Các đại biểu đánh giá cao những kết quả đạt được, đặc biệt là ${achievement[0]}.`,
      `Delegates highly appreciated the results achieved, especially ${achievement[1]}.`,
    );
  },
  (r, c) => {
    const [action, who] = [r.pick(ACTIONS), r.pick(c.officials)];
    return both(
      `Bên cạnh đó, ${who.name} cho rằng cần ${action[0]} để đáp ứng yêu cầu của giai đoạn phát triển mới.`,
      `At the same time, ${who.name} said it was necessary to keep ${action[1]} to meet the demands of the new stage of development.`,
    );
  },
  (r, c) => {
    const [count, field] = [r.int(3, 60), r.pick(FIELDS)];
    return both(
      `Nhân dịp này, ${count} văn kiện hợp tác đã được trao giữa các doanh nghiệp, địa phương của Việt Nam và ${c.country[0]} trong lĩnh vực ${field[0]}.`,
      `On this occasion, ${count} cooperation documents were exchanged between businesses and localities of Viet Nam and ${c.country[1]} in ${field[1]}.`,
    );
  },
  (r, c) => {
    const [topic, goal] = [r.pick(c.topics), r.pick(GOALS)];
    return both(
      `Trong bối cảnh kinh tế thế giới còn nhiều khó khăn, thách thức, ${topic[0]} đã đóng góp quan trọng vào ${goal[0]}.`,
      `With the world economy still facing many difficulties and challenges, ${topic[1]} has made an important contribution to ${goal[1]}.`,
    );
  },
  (r, c) => {
    const [action, who] = [r.pick(ACTIONS), r.pick(c.officials)];
    return both(
      `“Chúng ta cần chủ động hơn nữa trong việc ${action[0]}”, ${who.name} nói.`,
      `“We need to be even more proactive in ${action[1]}”, ${who.name} said.`,
    );
  },
  (r, c) => {
    const share = r.int(5, 40);
    return both(
      `Lãnh đạo tỉnh ${c.province[0]} cho biết địa phương đặt mục tiêu tăng ${share}% giá trị xuất khẩu sang thị trường ${c.country[0]} trong thời gian tới.`,
      `Leaders of ${c.province[1]} said the province aims to raise the value of its exports to ${c.country[1]} by ${share}% in the coming period.`,
    );
  },
  (r, c) => {
    const [period, value, share] = [r.pick(PERIODS), amount(r, 1, 60), r.int(2, 30)];
    return both(
      `Theo số liệu của Tổng cục Thống kê, trong ${period[0]}, xuất khẩu của Việt Nam sang ${c.country[0]} đạt ${value[0]} tỷ USD, chiếm ${share}% tổng kim ngạch xuất khẩu.`,
      `According to the General Statistics Office, in ${period[1]} Viet Nam’s exports to ${c.country[1]} reached ${value[1]} billion USD, ${share}% of total export turnover.`,
    );
  },
  (r, c) => {
    const [who, count, field] = [r.pick(c.officials), r.int(4, 25), r.pick(FIELDS)];
    return both(
      `Dịp này, ${who.name} đã tiếp và làm việc với lãnh đạo ${count} tập đoàn, doanh nghiệp lớn của ${c.country[0]} đang quan tâm đầu tư vào ${field[0]}.`,
      `On this occasion, ${who.name} received leaders of ${count} large corporations and businesses of ${c.country[1]} interested in investing in ${field[1]}.`,
    );
  },
  (r, c) => {
    const [papers, topic] = [r.int(6, 40), r.pick(c.topics)];
    return both(
      `Hội nghị cũng đã nghe ${papers} tham luận của các bộ, ngành, địa phương và cơ quan đại diện về ${topic[0]}.`,
      `The conference also heard ${papers} presentations by ministries, sectors, localities and missions on ${topic[1]}.`,
    );
  },
  (r, c) => {
    const [who, achievement, topic] = [r.pick(c.officials), r.pick(ACHIEVEMENTS), r.pick(c.topics)];
    return both(
      `${who.full[0]} đánh giá ${achievement[0]} là minh chứng rõ nét cho hiệu quả của ${topic[0]}.`,
      `${who.full[1]} described ${achievement[1]} as clear evidence of the effectiveness of ${topic[1]}.`,
    );
  },
  (r, c) => {
    const action = r.pick(ACTIONS);
    return both(
      `Nhiều doanh nghiệp cho biết việc ${action[0]} đã giúp họ tiếp cận thị trường ${c.country[0]} thuận lợi hơn.`,
      `Many businesses said that ${action[1]} had made it easier for them to reach the market of ${c.country[1]}.`,
    );
  },
  (r, c) => {
    const [thousands, field] = [r.int(2, 300), r.pick(FIELDS)];
    return both(
      `Cộng đồng người Việt Nam tại ${c.country[0]} hiện có khoảng ${thousands} nghìn người, nhiều trí thức, doanh nhân đang hoạt động trong lĩnh vực ${field[0]}.`,
      `The Vietnamese community in ${c.country[1]} now numbers about ${thousands},000, with many intellectuals and entrepreneurs working in ${field[1]}.`,
    );
  },
  (r, c) => {
    const quarter = r.int(1, 4);
    return both(
      `Theo kế hoạch, ${c.event[0]} lần tiếp theo sẽ được tổ chức tại ${c.province[0]} vào quý ${quarter} năm sau.`,
      `The next ${c.event[1].replace(/^(?:the|a|an) /, '')} is planned for ${c.province[1]} in the ${['first', 'second', 'third', 'fourth'][quarter - 1]} quarter of next year.`,
    );
  },
];

/** A paragraph of two to five different body sentences. */
export function paragraph(r: Random, cast: Cast): Pair {
  const sentences = r.distinct(r.int(2, 5), () => r.pick(BODY)).map((sentence) => sentence(r, cast));
  return [sentences.map((s) => s[0]).join(' '), sentences.map((s) => s[1]).join(' ')];
}
