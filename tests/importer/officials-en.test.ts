/** Officials of English-language articles: how titles and names are joined in English sentences. */
import { expect, test } from 'vitest';
import { registries } from './helpers.ts';
import { findOfficials } from '../../src/importer/officials.ts';

const officialsIn = (...paragraphs: string[]) =>
  findOfficials(paragraphs, registries.places, 'en').map(({ name, title }) => ({ name, title }));

test('two titled people joined by "and": the first name ends the first title', () => {
  expect(
    officialsIn(
      'Canadian Trade Commissioner Anne Marie Dubois and Vietnamese Minister of Planning and Investment Tran Van Binh opened the forum.',
      'Chinese Vice Premier Zhang Wei and Deputy Prime Minister of Vietnam Le Van Cuong visited the plant.',
    ),
  ).toEqual([
    { name: 'Anne Marie Dubois', title: 'Canadian Trade Commissioner' },
    { name: 'Tran Van Binh', title: 'Vietnamese Minister of Planning and Investment' },
    { name: 'Zhang Wei', title: 'Chinese Vice Premier' },
    { name: 'Le Van Cuong', title: 'Deputy Prime Minister of Vietnam' },
  ]);
});

test('"and" inside an office named before the head belongs to the title', () => {
  expect(
    officialsIn(
      'Science and Technology Counsellor Tran Thi Ha said the programme would start next year.',
      'The plan was welcomed by Canadian industry and science minister John Carter on Friday.',
    ),
  ).toEqual([
    { name: 'Tran Thi Ha', title: 'Science and Technology Counsellor' },
    { name: 'John Carter', title: 'Canadian industry and science minister' },
  ]);
});

test('words in brackets inside a title are kept; an aside after a name and a caption credit are not part of it', () => {
  expect(
    officialsIn(
      'Minister Nguyen Van An (left) and President of the Bundestag (the lower house) Karl Weber Photo: nhandan.vn',
      'Officials met Maria Lopez, Director (Asia) of the Trade Department, on Monday.',
    ),
  ).toEqual([
    { name: 'Nguyen Van An', title: 'Minister' },
    { name: 'Karl Weber', title: 'President of the Bundestag (the lower house)' },
    { name: 'Maria Lopez', title: 'Director (Asia) of the Trade Department' },
  ]);
});

test('an institution set off by commas before or after a title is part of it', () => {
  expect(
    officialsIn(
      'Looking ahead, Ministry of Foreign Affairs, Director (Americas), Peter Brown said the talks went well.',
      'Anna Berg, Deputy Director of the Trade Office, Government of Sweden and Dr. Tran Van Binh, Counsellor, Embassy of Vietnam in Sweden addressed the forum.',
    ),
  ).toEqual([
    { name: 'Peter Brown', title: 'Ministry of Foreign Affairs, Director (Americas)' },
    { name: 'Anna Berg', title: 'Deputy Director of the Trade Office, Government of Sweden' },
    { name: 'Tran Van Binh', title: 'Counsellor, Embassy of Vietnam in Sweden' },
  ]);
});

test('an honorific or the head said again between a title and the name; a list closed by semicolons and full stops', () => {
  expect(
    officialsIn(
      'The envoy will meet the President of Finland, President Anna Virtanen; the Deputy Prime Minister, Madam Sara Lind; and business leaders.',
      'Also present were Consul General of Japan in Ho Chi Minh City, His Excellency Ono Masuo, and the Director of the Provincial Trade Centre, Ms. Le Thi Mai.',
      'Trade Counsellor of Vietnam Dr. Pham Van Tuan (right) and the delegation.',
    ),
  ).toEqual([
    { name: 'Anna Virtanen', title: 'President of Finland' },
    { name: 'Sara Lind', title: 'Deputy Prime Minister' },
    { name: 'Ono Masuo', title: 'Consul General of Japan in Ho Chi Minh City' },
    { name: 'Le Thi Mai', title: 'Director of the Provincial Trade Centre' },
    { name: 'Pham Van Tuan', title: 'Trade Counsellor of Vietnam' },
  ]);
});

test('a head after the comma that is not the title said again is the next title, not the name', () => {
  expect(officialsIn('He met Member of the Politburo, Prime Minister Tran Van Binh, in Hanoi.')).toEqual([
    { name: 'Tran Van Binh', title: 'Prime Minister' },
  ]);
});

test('a past title ("then …"), a title then a dash and the name, and "Consular" written for a consul', () => {
  expect(
    officialsIn(
      'The treaty was signed in 2009 by then Minister of Trade of Chile, Ana Rojas, in Santiago.',
      'Guests: President Tran Van Binh (centre), Chairman of the Provincial Farmers Association - Le Van Cuong (second from right), and others',
      'Science and Technology Consular, Mr. Hoang Van Duc, and the delegation toured the plant.',
    ),
  ).toEqual([
    { name: 'Ana Rojas', title: 'then Minister of Trade of Chile' },
    { name: 'Tran Van Binh', title: 'President' },
    { name: 'Le Van Cuong', title: 'Chairman of the Provincial Farmers Association' },
    { name: 'Hoang Van Duc', title: 'Science and Technology Consular' },
  ]);
});

test('after a name: a past or abbreviated title, a rank in lower case, a second "former" office', () => {
  expect(
    officialsIn(
      'The agreement was signed by Mr. John Carter, then Secretary-General, and the chamber of commerce.',
      'Mr. Tran Van Binh, DCM of the Embassy of Vietnam, opened the seminar.',
      'Li Ming, deputy mayor of Nanning, said the city would help.',
      'We spoke with Anna Berg, former Swedish Ambassador to Vietnam and former Deputy Minister of Trade. Here is the interview.',
    ),
  ).toEqual([
    { name: 'John Carter', title: 'then Secretary-General' },
    { name: 'Tran Van Binh', title: 'DCM of the Embassy of Vietnam' },
    { name: 'Li Ming', title: 'deputy mayor of Nanning' },
    { name: 'Anna Berg', title: 'former Swedish Ambassador to Vietnam and former Deputy Minister of Trade' },
  ]);
});

test('"Mr X as Title", with two offices joined by a dash; "as" after a name without an honorific sets no title', () => {
  expect(
    officialsIn(
      'Mr Le Van Cuong as Chairman - General Director of Hoa Binh Company was elected to the board.',
      'Hanoi Capital as Chairman of the network will host the next meeting.',
    ),
  ).toEqual([{ name: 'Le Van Cuong', title: 'Chairman - General Director of Hoa Binh Company' }]);
});

test('a titled name in a possessive is a person of the article, even named once; a title in a possessive names no one', () => {
  expect(
    officialsIn(
      'Officials prepared for Trade Minister Tran Van Binh’s trip to Canada this week.',
      'The partnership set up during US President John Carter’s visit last year has grown.',
      'The Prime Minister’s Office and the Ministry of Foreign Affairs’ press centre issued a statement.',
    ),
  ).toEqual([
    { name: 'Tran Van Binh', title: 'Trade Minister' },
    { name: 'John Carter', title: 'US President' },
  ]);
});

test('a possessive name ends before the lower-case words it owns; a possessive inside an office leaves it whole', () => {
  expect(
    officialsIn(
      'The talks came during South Korean President Moon Jae Sung’s state visit to Vietnam.',
      'Speaking at the forum, President Moon said trade had doubled.',
      'Chairman of Hanoi’s municipal People’s Committee Tran Van Binh attended.',
    ),
  ).toEqual([
    { name: 'Moon Jae Sung', title: 'South Korean President' },
    { name: 'Tran Van Binh', title: 'Chairman of Hanoi’s municipal People’s Committee' },
  ]);
});

test('a title before its head keeps a city of several words and its body whole; an opener before them stays out', () => {
  expect(
    officialsIn(
      'The envoy also met Da Nang City’s Foreign Affairs Department director Tran Van Binh on Monday.',
      'On Monday Hai Phong City’s Foreign Affairs Department director Le Van Cuong spoke.',
    ),
  ).toEqual([
    { name: 'Tran Van Binh', title: 'Da Nang City’s Foreign Affairs Department director' },
    { name: 'Le Van Cuong', title: 'Hai Phong City’s Foreign Affairs Department director' },
  ]);
});

test('an office before a comma that ends in a person found before is theirs, not an earlier title of the next person', () => {
  expect(
    officialsIn(
      'Guests included Japan’s Minister of Planning, Industry and Mines Sato Kenji, Vietnam’s Deputy Minister of Finance Tran Van Binh and others.',
      'Member of the Party Central Committee, Deputy Minister of Finance Le Van Cuong also spoke.',
      'Students study President Ho Chi Minh’s teachings.',
      'Chairman of Ho Chi Minh City People’s Committee, Party Secretary Pham Van Tai spoke.',
    ),
  ).toEqual([
    { name: 'Sato Kenji', title: 'Japan’s Minister of Planning, Industry and Mines' },
    { name: 'Tran Van Binh', title: 'Vietnam’s Deputy Minister of Finance' },
    { name: 'Le Van Cuong', title: 'Member of the Party Central Committee, Deputy Minister of Finance' },
    { name: 'Ho Chi Minh', title: 'President' },
    { name: 'Pham Van Tai', title: 'Chairman of Ho Chi Minh City People’s Committee, Party Secretary' },
  ]);
});

test('a title in lower case set off before a name keeps the office words before its head, not other words', () => {
  expect(
    officialsIn(
      'The broadcaster reported, citing the finance minister, Tran Van Binh, who leads the talks.',
      'Reporters also quoted a senior minister, Le Van Cuong, who spoke briefly.',
    ),
  ).toEqual([
    { name: 'Tran Van Binh', title: 'finance minister' },
    { name: 'Le Van Cuong', title: 'minister' },
  ]);
});

test('a generation’s suffix after a name is the name’s, with or without a comma; a comma before anything else ends it', () => {
  expect(
    officialsIn(
      'Agriculture Secretary John P. Smith, Jr. met the press on Monday.',
      'The state visit of President Robert Hale Jr. to Viet Nam ended.',
      'Trade Minister Anna Berg, Sri Lanka’s envoy and others came.',
    ),
  ).toEqual([
    { name: 'John P. Smith, Jr.', title: 'Agriculture Secretary' },
    { name: 'Robert Hale Jr.', title: 'President' },
    { name: 'Anna Berg', title: 'Trade Minister' },
  ]);
});

test('a name ending in "s" takes the possessive as the apostrophe alone, which is not the name’s', () => {
  expect(
    officialsIn(
      'The deal was signed during President Carlos Reyes’ state visit to Hanoi.',
      "It followed Senator James Rogers' remarks on trade.",
      'The Minister of Foreign Affairs’ press centre opened.',
    ),
  ).toEqual([
    { name: 'Carlos Reyes', title: 'President' },
    { name: 'James Rogers', title: 'Senator' },
  ]);
});

test('"leader" in lower case right before a name is a description, not a title', () => {
  expect(
    officialsIn(
      'Investors await the visit of Vietnamese leader Tran Van Binh next month.',
      'Anna Berg, leader of the Sweden-Vietnam Friendship Association, said ties were strong.',
    ),
  ).toEqual([{ name: 'Anna Berg', title: 'leader of the Sweden-Vietnam Friendship Association' }]);
});

test('a title in lower case as the object of a verb, then a comma and a title before the name, is one title', () => {
  expect(
    officialsIn(
      'The minister held talks with the co-chair of the joint intergovernmental commission, Vietnamese Deputy Prime Minister Tran Van Binh, on trade.',
      'The visit follows an invitation of the Minister of Finance Le Van Cuong, foreign ministry spokeswoman Pham Thu Ha said on Thursday.',
    ),
  ).toEqual([
    { name: 'Tran Van Binh', title: 'co-chair of the joint intergovernmental commission, Vietnamese Deputy Prime Minister' },
    { name: 'Le Van Cuong', title: 'Minister of Finance' },
    { name: 'Pham Thu Ha', title: 'foreign ministry spokeswoman' },
  ]);
});

test('"H.E." or "HE" alone or with a second honorific before the name', () => {
  expect(
    officialsIn(
      'Ambassador of Canada to Vietnam, H.E. Mary Jones, said trade had doubled.',
      'Indian Ambassador H.E. Mr. Raj Kumar opened the fair.',
      'Australia’s Ambassador HE Mr Peter Grant welcomed the exporters.',
    ),
  ).toEqual([
    { name: 'Mary Jones', title: 'Ambassador of Canada to Vietnam' },
    { name: 'Raj Kumar', title: 'Indian Ambassador' },
    { name: 'Peter Grant', title: 'Australia’s Ambassador' },
  ]);
});

test('"former" and "then" before a title and name are kept; "and" and an honorific start the next person', () => {
  expect(
    officialsIn(
      'The deal was signed by the then Minister of Trade Le Van Cuong in 2012.',
      'It was welcomed by former Prime Minister Tran Van Binh.',
      'Swedish Ambassador to Vietnam Anna Berg and Ms. Pham Thu Ha, Director of the Trade Centre, attended.',
    ),
  ).toEqual([
    { name: 'Le Van Cuong', title: 'then Minister of Trade' },
    { name: 'Tran Van Binh', title: 'former Prime Minister' },
    { name: 'Anna Berg', title: 'Swedish Ambassador to Vietnam' },
    { name: 'Pham Thu Ha', title: 'Director of the Trade Centre' },
  ]);
});

test('"and" then an honorific ends a title after a name: the next person and their title follow', () => {
  expect(
    officialsIn(
      'Present were Mr. Le Van Cuong, Chairman of the Provincial Business Association and Ms. Anna Berg, Director of the Nordic Chamber.',
      'Chairman of the Provincial Trade Centre Tran Van Binh and Mr. John Carter also spoke.',
    ),
  ).toEqual([
    { name: 'Le Van Cuong', title: 'Chairman of the Provincial Business Association' },
    { name: 'Anna Berg', title: 'Director of the Nordic Chamber' },
    { name: 'Tran Van Binh', title: 'Chairman of the Provincial Trade Centre' },
  ]);
});

test("where a caption's person stands is no part of a title; another aside after a name ends it", () => {
  expect(
    officialsIn(
      'Mr. Tran Van Binh, Director of the Department of Industry and Trade (second from left), presents gifts to the guests.',
      'Minister John Carter (Canada) and Minister Le Van Cuong (Vietnam) signed the agreement.',
    ),
  ).toEqual([
    { name: 'Tran Van Binh', title: 'Director of the Department of Industry and Trade' },
    { name: 'John Carter', title: 'Minister' },
    { name: 'Le Van Cuong', title: 'Minister' },
  ]);
});

test('an office listing its fields with several commas, before or after the name', () => {
  expect(
    officialsIn(
      'Minister of Land, Infrastructure, Transport and Tourism Sato Kenji visited the port.',
      'Anna Berg, Minister of Enterprise, Energy, Trade and Industry of Sweden, said trade had doubled.',
      'Deputy Minister of Culture, Sports, Tourism and Information, Le Van Cuong, said the festival would go on.',
    ),
  ).toEqual([
    { name: 'Sato Kenji', title: 'Minister of Land, Infrastructure, Transport and Tourism' },
    { name: 'Anna Berg', title: 'Minister of Enterprise, Energy, Trade and Industry of Sweden' },
    { name: 'Le Van Cuong', title: 'Deputy Minister of Culture, Sports, Tourism and Information' },
  ]);
});

test('a name referred back to without its first word is the same person', () => {
  expect(
    officialsIn(
      'Provincial Minister for Industries and Commerce Mohammad Ali Khan met the delegation.',
      'Speaking to reporters, the Minister for Industries and Commerce, Ali Khan said trade would grow.',
    ),
  ).toEqual([{ name: 'Mohammad Ali Khan', title: 'Provincial Minister for Industries and Commerce' }]);
});

test("an embassy's chargé d'affaires and attachés, and an attorney general, are officials", () => {
  expect(
    officialsIn(
      "Chargé d'Affaires a.i. of the Canadian Embassy Mary Jones said the visit mattered.",
      'Mr. Tran Van Binh, Trade Attaché of the Vietnamese Embassy, said exports rose.',
      'Attorney General John Carter said the case was closed.',
    ),
  ).toEqual([
    { name: 'Mary Jones', title: "Chargé d'Affaires a.i. of the Canadian Embassy" },
    { name: 'Tran Van Binh', title: 'Trade Attaché of the Vietnamese Embassy' },
    { name: 'John Carter', title: 'Attorney General' },
  ]);
});

test('a head followed by an article is a verb; a consular section is an office', () => {
  expect(
    officialsIn(
      'Ministers will chair the Vietnam Business Forum, Mr. Tran Van Binh said.',
      'Ms. Le Thi Mai, head of the consular section, said visas would be issued faster.',
    ),
  ).toEqual([{ name: 'Le Thi Mai', title: 'head of the consular section' }]);
});

test('after a name, four words before a head in lower case and a dash glued to a lower-case word stay in the title', () => {
  expect(
    officialsIn(
      'Guests: Mr. Le Van Cuong, Standing Deputy Provincial Committee secretary, Head of the Deputies Delegation of province- Term XV; Mr. Tran Van Binh, Member of the Provincial Committee; and others.',
    ),
  ).toEqual([
    {
      name: 'Le Van Cuong',
      title: 'Standing Deputy Provincial Committee secretary, Head of the Deputies Delegation of province- Term XV',
    },
    { name: 'Tran Van Binh', title: 'Member of the Provincial Committee' },
  ]);
});

test('a member of a council ("State Councilor", "City Councillor") holds an office', () => {
  expect(
    officialsIn(
      'State Councilor and Foreign Minister Zhang Wei met the delegation.',
      'Mr. John Carter, City Councillor of Perth, said the twinning would continue.',
    ),
  ).toEqual([
    { name: 'Zhang Wei', title: 'State Councilor and Foreign Minister' },
    { name: 'John Carter', title: 'City Councillor of Perth' },
  ]);
});

test('a head naming no one that opens a longer title stays in it; a board ends an office', () => {
  expect(
    officialsIn(
      'Consular Department Director Tran Van Binh said the service had improved.',
      'Chairman of the Board of Directors John Carter said profits rose.',
    ),
  ).toEqual([
    { name: 'Tran Van Binh', title: 'Consular Department Director' },
    { name: 'John Carter', title: 'Chairman of the Board of Directors' },
  ]);
});

test('Malaysian, Indian and Commonwealth honorifics before a name are not part of it', () => {
  expect(
    officialsIn(
      'The forum was opened by Malaysian Trade Minister Datuk Ahmad Faizal Hamid and Vietnamese officials.',
      'Indian Minister of Railways Shri Rajesh Kumar Menon visited the port.',
      'Minister of Lands Hon. Kofi Mensah Boateng and the Rt Hon Mary Jones, British Minister of State for Asia, met investors.',
    ),
  ).toEqual([
    { name: 'Ahmad Faizal Hamid', title: 'Malaysian Trade Minister' },
    { name: 'Rajesh Kumar Menon', title: 'Indian Minister of Railways' },
    { name: 'Kofi Mensah Boateng', title: 'Minister of Lands' },
    { name: 'Mary Jones', title: 'British Minister of State for Asia' },
  ]);
});

test('a headline verb written with a capital ends the name before it', () => {
  expect(officialsIn('Japanese Ambassador Sato Kenji Visits Can Tho Seafood Exporters')).toEqual([
    { name: 'Sato Kenji', title: 'Japanese Ambassador' },
  ]);
});

test('a headline verb in the past ends the name too; "Said" may still end a name', () => {
  expect(
    officialsIn(
      'Prime Minister Tran Van Binh Attended the Can Tho Investment Promotion Conference.',
      'Foreign Minister Ahmed Said met the delegation.',
    ),
  ).toEqual([
    { name: 'Tran Van Binh', title: 'Prime Minister' },
    { name: 'Ahmed Said', title: 'Foreign Minister' },
  ]);
});

test('a field noun ending an office ("Integration", "Infrastructure") is not the first word of the name', () => {
  expect(
    officialsIn(
      'Talks were held with Minister for Trade and Regional Integration Kofi Mensah Boateng in Accra.',
      'Deputy Minister of Transport and Infrastructure Ana Maria Lopez said the line would open.',
    ),
  ).toEqual([
    { name: 'Kofi Mensah Boateng', title: 'Minister for Trade and Regional Integration' },
    { name: 'Ana Maria Lopez', title: 'Deputy Minister of Transport and Infrastructure' },
  ]);
});

test('a joining word glued to the next by a lost space stays in the title', () => {
  expect(
    officialsIn('The delegation met Minister of Financeand Planning John Carter and Chairman ofNational Trade Council Tran Van Binh.'),
  ).toEqual([
    { name: 'John Carter', title: 'Minister of Financeand Planning' },
    { name: 'Tran Van Binh', title: 'Chairman ofNational Trade Council' },
  ]);
});

test('a head inside a longer word ("Ahead") is no title', () => {
  expect(officialsIn('Stocks Rise Ahead of Key Election Amid Market Jitters')).toEqual([]);
});

test('an office named after the person is the title’s, up to the next person’s title', () => {
  expect(
    officialsIn(
      'Director General Maria Santos of the Philippine Trade Office met Deputy Minister Tran Van Binh of Industry and Trade and Chairman John Carter of the Canada-Vietnam Business Council (CVBC).',
      'The talks with President Ana Rojas of Chile in Santiago were cordial.',
    ),
  ).toEqual([
    { name: 'Maria Santos', title: 'Director General of the Philippine Trade Office' },
    { name: 'Tran Van Binh', title: 'Deputy Minister of Industry and Trade' },
    { name: 'John Carter', title: 'Chairman of the Canada-Vietnam Business Council (CVBC)' },
    { name: 'Ana Rojas', title: 'President of Chile' },
  ]);
});

test('a head naming no one carries through the rest of its office to the next head', () => {
  expect(
    officialsIn('Secretary of Ben Tre province’s Party Committee and Chairman of the provincial People’s Council Le Van Cuong spoke.'),
  ).toEqual([
    {
      name: 'Le Van Cuong',
      title: 'Secretary of Ben Tre province’s Party Committee and Chairman of the provincial People’s Council',
    },
  ]);
});

test('a name opening with a family name may end the sentence or headline after "title,"', () => {
  expect(
    officialsIn(
      'The delegation was received by the secretary of the Can Tho city Party Committee, Tran Van Binh.',
      'Japanese Investors Hold Talks with Minister, Head of the Government Office, Le Van Cuong',
      'The report was sent to the Minister of Finance, Hanoi.',
      'Exports were reviewed by the Director of the Department of Industry and Trade, Dong Nai.',
    ),
  ).toEqual([
    { name: 'Tran Van Binh', title: 'secretary of the Can Tho city Party Committee' },
    { name: 'Le Van Cuong', title: 'Minister, Head of the Government Office' },
  ]);
});

test('"a" and "new" before a title after a name are the sentence’s; "to" and a verb after a set-off name end it', () => {
  expect(
    officialsIn(
      'The plan was confirmed by Sok Dara, a secretary of state at the ministry.',
      'The chamber met Ms. Anna Weber, new Chairwoman of the Nordic Business Association (NBA) to discuss logistics.',
      'The buyers called on Director of the Export Promotion Office, Mr. Tran Van Binh to report on the fair.',
    ),
  ).toEqual([
    { name: 'Sok Dara', title: 'secretary of state at the ministry' },
    { name: 'Anna Weber', title: 'Chairwoman of the Nordic Business Association (NBA)' },
    { name: 'Tran Van Binh', title: 'Director of the Export Promotion Office' },
  ]);
});

test('in a list of names each followed by a title, a title is the name’s before it, not the next one’s', () => {
  expect(
    officialsIn(
      'The chamber welcomed Kim Min Jun, Korean Consul General, Tran Van Binh, Trade Attaché, and their staff.',
      'At the invitation of His Excellency John Carter, Governor-General of the Commonwealth of Australia, Her Excellency Le Thi Mai, Vice President of Vietnam paid a visit.',
    ),
  ).toEqual([
    { name: 'Kim Min Jun', title: 'Korean Consul General' },
    { name: 'Tran Van Binh', title: 'Trade Attaché' },
    { name: 'John Carter', title: 'Governor-General of the Commonwealth of Australia' },
    { name: 'Le Thi Mai', title: 'Vice President of Vietnam' },
  ]);
});

test('a head in the plural before names joined by "and" is each one’s title; "vice-" in lower case joins a head', () => {
  expect(
    officialsIn(
      'The ceremony was attended by Deputy Prime Ministers Tran Van Binh, Le Van Cuong and Nguyen Thi Ha.',
      'The board was represented by vice-chairs Anna Weber and John Carter.',
      'Ministers Meet Business Leaders and Discuss Trade',
      'Pham Van Duc, vice-chairman of the provincial People’s Committee, said the road would open.',
    ),
  ).toEqual([
    { name: 'Tran Van Binh', title: 'Deputy Prime Minister' },
    { name: 'Le Van Cuong', title: 'Deputy Prime Minister' },
    { name: 'Nguyen Thi Ha', title: 'Deputy Prime Minister' },
    { name: 'Anna Weber', title: 'vice-chair' },
    { name: 'John Carter', title: 'vice-chair' },
    { name: 'Pham Van Duc', title: 'vice-chairman of the provincial People’s Committee' },
  ]);
});

test('"to" and a place after a leader’s title is where they travel; an envoy’s is their post', () => {
  expect(
    officialsIn(
      'Official Visit of His Excellency Tran Van Binh, President of the Socialist Republic of Vietnam to the Republic of Chile, 3-5 May',
      'Madam Ana Rojas, Ambassador of Chile to Vietnam, welcomed him.',
    ),
  ).toEqual([
    { name: 'Tran Van Binh', title: 'President of the Socialist Republic of Vietnam' },
    { name: 'Ana Rojas', title: 'Ambassador of Chile to Vietnam' },
  ]);
});

test('a place in lower case ends the office before the name: "Ambassador to the country X"', () => {
  expect(
    officialsIn(
      'Chilean Ambassador to the country Ana Maria Rojas said exports had doubled.',
      'Governor of the Kanagawa prefecture Sato Kenji welcomed the delegation.',
    ),
  ).toEqual([
    { name: 'Ana Maria Rojas', title: 'Chilean Ambassador to the country' },
    { name: 'Sato Kenji', title: 'Governor of the Kanagawa prefecture' },
  ]);
});

test('in a list of guests, an honorific-marked name then the body they come from up to the item’s end', () => {
  expect(
    officialsIn(
      'Attending were Ms. Anna Weber, Embassy of Germany in Viet Nam; Mr. Tran Van Binh, Department of Foreign Affairs of Da Nang; and others.',
      'Mr. John Carter, Ministry of Finance officials and guests toured the plant.',
    ),
  ).toEqual([
    { name: 'Anna Weber', title: 'Embassy of Germany in Viet Nam' },
    { name: 'Tran Van Binh', title: 'Department of Foreign Affairs of Da Nang' },
  ]);
});

test('Malaysian honorific pairs ("Datuk Seri", "Tan Sri") are not part of the name; "Sri" alone opens one', () => {
  expect(
    officialsIn(
      'Malaysian Trade Minister Datuk Seri Ahmad Faizal Hamid opened the expo.',
      'Tan Sri Lim Boon Keat, Chairman of the Malaysia-Vietnam Business Council, said trade had grown.',
      'Indonesian Finance Minister Sri Wahyuni Lestari attended the meeting.',
    ),
  ).toEqual([
    { name: 'Ahmad Faizal Hamid', title: 'Malaysian Trade Minister' },
    { name: 'Lim Boon Keat', title: 'Chairman of the Malaysia-Vietnam Business Council' },
    { name: 'Sri Wahyuni Lestari', title: 'Indonesian Finance Minister' },
  ]);
});

test('where a caption’s person stands may come between the name and the title after it', () => {
  expect(
    officialsIn(
      'Le Van Binh (left), Director of the Hanoi Investment Promotion Centre, presents a gift.',
      'Ms. Ana Rojas (second from right), Chairwoman of the Chile-Vietnam Business Council, visits the booth.',
    ),
  ).toEqual([
    { name: 'Le Van Binh', title: 'Director of the Hanoi Investment Promotion Centre' },
    { name: 'Ana Rojas', title: 'Chairwoman of the Chile-Vietnam Business Council' },
  ]);
});

test('the end of a headline or caption closes a title after a name as a full stop does, but not a byline’s', () => {
  expect(
    officialsIn(
      'Chamber Delegation Meets with Tran Van Binh, Minister of Planning and Investment',
      'Ms. Ana Rojas, Chilean Trade Commissioner',
      'By John Carter, Head of Research',
    ),
  ).toEqual([
    { name: 'Tran Van Binh', title: 'Minister of Planning and Investment' },
    { name: 'Ana Rojas', title: 'Chilean Trade Commissioner' },
  ]);
});

test('a body named in one word after "of", or an office in lower case, ends the title before a foreign name', () => {
  expect(
    officialsIn(
      'Chairman of EuroCham Anna Weber said the index rose.',
      'President of KOTRA Park Min-soo visited the fair.',
      'Director of the JETRO Osaka office Sato Kenji welcomed the buyers.',
    ),
  ).toEqual([
    { name: 'Anna Weber', title: 'Chairman of EuroCham' },
    { name: 'Park Min-soo', title: 'President of KOTRA' },
    { name: 'Sato Kenji', title: 'Director of the JETRO Osaka office' },
  ]);
});

test('past a one-word place or body after "of", a name with no family name to go by is the last two words', () => {
  expect(
    officialsIn(
      'Mayor of Busan Kim Jae-won welcomed the delegation.',
      'CEO of Acme Robotics Maria Lopez said the plant would open next year.',
    ),
  ).toEqual([
    { name: 'Kim Jae-won', title: 'Mayor of Busan' },
    { name: 'Maria Lopez', title: 'CEO of Acme Robotics' },
  ]);
});

test('schools, hospitals, funds and other bodies end an office, never start a name', () => {
  expect(
    officialsIn(
      'The Rector of Hue Medical University Hanoi Branch said the course would open.',
      'The President of Vietnam National University Hanoi said enrolment rose.',
      'Director of the Provincial General Hospital Tran Van Binh received the equipment.',
    ),
  ).toEqual([{ name: 'Tran Van Binh', title: 'Director of the Provincial General Hospital' }]);
});

test('an "and" inside a body named after the head does not end a name there; a name before "and" after the head still does', () => {
  expect(
    officialsIn(
      'Tran Van Binh, general director of the Vietnam National Leather and Footwear Group (Lefaso), said exports would rise.',
      'Ambassador Anna Berg and Footwear Group staff toured the plant.',
    ),
  ).toEqual([
    { name: 'Tran Van Binh', title: 'general director of the Vietnam National Leather and Footwear Group (Lefaso)' },
    { name: 'Anna Berg', title: 'Ambassador' },
  ]);
});

test('a particle inside a name before its title ("bin", "de") is part of the name', () => {
  expect(
    officialsIn(
      'In a message, Dr. Khalid bin Saeed Al Mansoori, Minister of State for Trade of the UAE, welcomed the talks.',
      'Maria de Souza, Director of the Trade Department, said exports rose.',
    ),
  ).toEqual([
    { name: 'Khalid bin Saeed Al Mansoori', title: 'Minister of State for Trade of the UAE' },
    { name: 'Maria de Souza', title: 'Director of the Trade Department' },
  ]);
});

test('a person named by one name after a title counts even named once; not as a fuller name said short, an office introduced unnamed or one stood in for', () => {
  expect(
    officialsIn(
      '“Trade with Vietnam keeps growing,” said Governor Whitmore. Governor Whitmore signed the agreement on Monday.',
      'The forum was held while Senator Halvorsen was abroad, and the shipment follows what President Lindqvist has pledged.',
      'Deputy Prime Minister Tran Van Binh opened the fair, and Deputy PM Binh later toured the stands.',
      'Vice Chairman of the provincial People’s Committee and many investors also attended. Vice Chairman Loc said the province welcomed them.',
      'Vice President Ana Ruiz is standing in for President Okafor this year.',
    ),
  ).toEqual([
    { name: 'Whitmore', title: 'Governor' },
    { name: 'Halvorsen', title: 'Senator' },
    { name: 'Lindqvist', title: 'President' },
    { name: 'Tran Van Binh', title: 'Deputy Prime Minister' },
    { name: 'Ana Ruiz', title: 'Vice President' },
  ]);
});

test('a rank in lower case before a title after a name ("personal secretary", "first secretary") is part of it', () => {
  expect(
    officialsIn(
      'Sok Dara, personal secretary to the Prime Minister, told reporters the visit went well.',
      'Tran Thi Ha, first secretary of the Embassy of Vietnam, said the fair would open soon.',
      'Organisers thanked Le Van Nam, first-time exhibitor, and the other guests.',
    ),
  ).toEqual([
    { name: 'Sok Dara', title: 'personal secretary to the Prime Minister' },
    { name: 'Tran Thi Ha', title: 'first secretary of the Embassy of Vietnam' },
  ]);
});

test('an office whose name lists its fields with commas and "&" is kept whole; a comma before a verb still ends it', () => {
  expect(
    officialsIn(
      'Anna Berg, CEO of Freight, Customs & Compliance Services, pointed out that the rules had changed.',
      'John Carter, CEO of Freight Services, pointed out that costs had fallen.',
    ),
  ).toEqual([
    { name: 'Anna Berg', title: 'CEO of Freight, Customs & Compliance Services' },
    { name: 'John Carter', title: 'CEO of Freight Services' },
  ]);
});

test('a Vietnamese name said short with a title after it is the person the article names in full; a title they hold already stands', () => {
  expect(
    officialsIn(
      'Tran Van Binh of the Vietnam Coffee Association says exports are recovering.',
      'Binh, a deputy chairman of the association, told reporters prices had risen.',
      'Minister of Industry and Trade Le Van Nam spoke to Gina Raimondo. Nam, who is also Chairman of the Joint Trade Council, said talks went well.',
      'Hanoi, a city of eight million, hosted the fair.',
    ),
  ).toEqual([
    { name: 'Le Van Nam', title: 'Minister of Industry and Trade' },
    { name: 'Tran Van Binh', title: 'deputy chairman of the association' },
  ]);
});

test('a name of one word in the possessive after a title is the person ("President Marcos’ state visit"); a title in a possessive names no one', () => {
  expect(
    officialsIn(
      'The memorandum was signed during President Santos’ state visit to Hanoi.',
      'The deal was signed during President Lindqvist’s state visit to Hanoi.',
      'The President’s Office issued a statement.',
    ),
  ).toEqual([
    { name: 'Santos', title: 'President' },
    { name: 'Lindqvist', title: 'President' },
  ]);
});

test('a head in capitals opening a lead, before a name in mixed case, is the title as written; before more capitals it is a headline', () => {
  expect(
    officialsIn(
      'PRESIDENT Maria Santos Jr. welcomed the proposal of the Vietnamese government on Thursday.',
      'PRESIDENT MEETS TRADE DELEGATION IN HANOI',
    ),
  ).toEqual([{ name: 'Maria Santos Jr.', title: 'PRESIDENT' }]);
});

test('an abbreviation with full stops inside an office after a name is the office’s ("president of U.S. Wheat Associates"); an initial before a name stays the name’s', () => {
  expect(
    officialsIn(
      'John Carter, president of U.S. Grain Associates, said in December that exports could fall.',
      'U.S. Ambassador Marc E. Knapper attended the forum.',
    ),
  ).toEqual([
    { name: 'John Carter', title: 'president of U.S. Grain Associates' },
    { name: 'Marc E. Knapper', title: 'U.S. Ambassador' },
  ]);
});

test('a name before "and" and an office with no head of the list ends the first title, and that office is the next person’s; a field or a body’s name before "and" does not', () => {
  expect(
    officialsIn(
      'He met with Regional Governor Carlos Ortega and Presidential Delegation Ana Ruiz Mora, both of whom spoke of the visit.',
      'Minister of Labour, Invalids and Social Affairs Tran Van Binh attended.',
      'Chairman of the Vietnam National Textile and Garment Group Le Van Cuong said exports rose.',
    ),
  ).toEqual([
    { name: 'Carlos Ortega', title: 'Regional Governor' },
    { name: 'Ana Ruiz Mora', title: 'Presidential Delegation' },
    { name: 'Tran Van Binh', title: 'Minister of Labour, Invalids and Social Affairs' },
    { name: 'Le Van Cuong', title: 'Chairman of the Vietnam National Textile and Garment Group' },
  ]);
});

test('a hyphenated title word ("Under-Secretary") is no name: a sentence of two offices with no one named names no one; a hyphenated name still is one', () => {
  expect(
    officialsIn(
      'The Vietnamese Minister of Information and Communications (MIC) and the United Kingdom’s Parliamentary Under-Secretary of State at the Department for Digital signed a letter of intent.',
      'Mayor of Busan Park Heong-joon met the delegation.',
    ),
  ).toEqual([{ name: 'Park Heong-joon', title: 'Mayor of Busan' }]);
});

test('a reporting verb after a name or a title ends the title ("…, Name commented:", "Mr. X, Chairman of … gave"); a name after a place, with no title, names no one', () => {
  expect(
    officialsIn(
      'Australia’s Assistant Minister for Trade and Energy, Jane Carter commented: “Cooperation is the key.”',
      "Opening the conference, Mr. Tran Van Binh, Chairman of Can Tho People's Committee gave an overview of the province.",
      'Back in Hanoi, Tran Van Binh shared a photo of the fair.',
    ),
  ).toEqual([
    { name: 'Jane Carter', title: 'Australia’s Assistant Minister for Trade and Energy' },
    { name: 'Tran Van Binh', title: "Chairman of Can Tho People's Committee" },
  ]);
});

test('"in charge of" a policy holds an office before a name; the family name said later with a shorter title is that person', () => {
  expect(
    officialsIn(
      'Japan’s Deputy Minister in charge of policy of the Ministry of Health, Labour and Welfare Kenji Sato signed a memorandum.',
      'In response, Minister Sato affirmed that Japan is ready to help.',
    ),
  ).toEqual([{ name: 'Kenji Sato', title: 'Japan’s Deputy Minister in charge of policy of the Ministry of Health, Labour and Welfare' }]);
});

test('a photo credit glued before a caption ("Supplied Prime Minister X") is not the title’s; a field before the head is', () => {
  expect(
    officialsIn(
      'Supplied Prime Minister Anna Weber, with Vietnamese Prime Minister Tran Van Binh cutting a pomelo from a tree.',
      'Supply Chain Minister John Carter watched the signing.',
    ),
  ).toEqual([
    { name: 'Anna Weber', title: 'Prime Minister' },
    { name: 'Tran Van Binh', title: 'Vietnamese Prime Minister' },
    { name: 'John Carter', title: 'Supply Chain Minister' },
  ]);
});

test('an under-secretary written in one word is a head, with the field and the rank before it; said with no name, it names no one', () => {
  expect(
    officialsIn(
      'Talks have been ongoing since August, when Agriculture Senior Undersecretary Domingo Panganiban said more rice may be imported.',
      'The Agriculture Undersecretary said on Monday that prices would fall.',
    ),
  ).toEqual([{ name: 'Domingo Panganiban', title: 'Agriculture Senior Undersecretary' }]);
});

test('a military rank of two words before a name is a head, joined to the office written after the name; "General" alone opens a body', () => {
  expect(
    officialsIn(
      'Addressing the opening ceremony, Senior Lieutenant General Tran Van Don, Defence Deputy Minister, said this is the fourth time the fair was held.',
      'Officials from the General Department of Customs Nguyen Van Can attended.',
    ),
  ).toEqual([{ name: 'Tran Van Don', title: 'Senior Lieutenant General, Defence Deputy Minister' }]);
});

test('a manager’s office after a name and a comma is a title; a manager named by no one is no official', () => {
  expect(
    officialsIn(
      'Robbert Moree, Manager Delta Team Vietnam, looks back on a fruitful visit for the Dutch water sector.',
      'The project manager said the work would end before the rainy season.',
    ),
  ).toEqual([{ name: 'Robbert Moree', title: 'Manager Delta Team Vietnam' }]);
});

test('a family name with its particle capitalised at its head refers back to the full name written with the particle in lower case; another family name does not', () => {
  expect(
    officialsIn(
      'Dutch minister Cora van Nieuwenhuizen attended the meeting in Hanoi.',
      'Minister Van Nieuwenhuizen offered Dutch support for the new policies.',
      'Commissioner Karel De Gucht visited the port.',
    ),
  ).toEqual([
    { name: 'Cora van Nieuwenhuizen', title: 'Dutch minister' },
    { name: 'Karel De Gucht', title: 'Commissioner' },
  ]);
});

test('past where a caption’s person stands, an office named after the name ("X (right) of the Ministry of …") is the title’s; "and" there starts the next person', () => {
  expect(
    officialsIn(
      'Director Vu Quang Cac (right) of the Ministry of Planning and Investment PMU and Managing Director Vietnam Bas van Dijk (left) of Royal HaskoningDHV signing the contract.',
      'Minister Tran Van Binh (left) and Ambassador John Carter opened the fair.',
    ),
  ).toEqual([
    { name: 'Vu Quang Cac', title: 'Director of the Ministry of Planning and Investment PMU' },
    { name: 'Bas van Dijk', title: 'Managing Director Vietnam of Royal HaskoningDHV' },
    { name: 'Tran Van Binh', title: 'Minister' },
    { name: 'John Carter', title: 'Ambassador' },
  ]);
});

test('a title that names a person found and goes on with "and" and another head before ", Name" is the next person’s from that head on', () => {
  expect(
    officialsIn(
      'Canadian Ambassador to Vietnam Anne Marie Dubois and Director General (Asia), John Carter attended the meeting.',
      'The Vietnamese Ambassador to Japan, Pham Quang Hieu, said the fair would open.',
    ),
  ).toEqual([
    { name: 'Anne Marie Dubois', title: 'Canadian Ambassador to Vietnam' },
    { name: 'John Carter', title: 'Director General (Asia)' },
    { name: 'Pham Quang Hieu', title: 'Vietnamese Ambassador to Japan' },
  ]);
});

test('a body’s acronym between a title’s comma and a name of two words is the office’s body; a family name in capitals is the name’s', () => {
  expect(
    officialsIn(
      'Director General (South East Asia), MOFA MJH Jabed attended the meeting as a member of the delegation.',
      'The Vice Chairman of the committee, NGUYEN Van Anh, said the fair would open.',
    ),
  ).toEqual([
    { name: 'MJH Jabed', title: 'Director General (South East Asia), MOFA' },
    { name: 'NGUYEN Van Anh', title: 'Vice Chairman of the committee' },
  ]);
});

test('the economy is a field offices are named after, joined to another by "and" before the head', () => {
  expect(
    officialsIn(
      'The agreement was signed by Israeli Economy and Industry Minister Nir Barkat and Vietnamese Industry and Trade Minister Nguyen Hong Dien.',
      'The economy and trade grew fast last year.',
    ),
  ).toEqual([
    { name: 'Nir Barkat', title: 'Israeli Economy and Industry Minister' },
    { name: 'Nguyen Hong Dien', title: 'Vietnamese Industry and Trade Minister' },
  ]);
});

test('two titles in lower case before names joined by "and": the first name ends the first title; a field in lower case ends the office, not the name', () => {
  expect(
    officialsIn(
      'The announcement was made at a working session between Israeli minister of economy and industry Nir Barkat and Vietnamese minister of industry and trade Nguyen Hong Dien during the visit.',
      'Minister of Industry and Trade Tran Van Binh and member states of the bloc met in Jakarta.',
    ),
  ).toEqual([
    { name: 'Nir Barkat', title: 'Israeli minister of economy and industry' },
    { name: 'Nguyen Hong Dien', title: 'Vietnamese minister of industry and trade' },
    { name: 'Tran Van Binh', title: 'Minister of Industry and Trade' },
  ]);
});

test('a spaced dash between the fields an office is named after is the office’s, as a comma is; a dash before a name is not', () => {
  expect(
    officialsIn(
      'After the meeting, the Minister of Labour - Invalids and Social Affairs of Vietnam Dao Ngoc Dung and the Japanese Minister of Health – Labour and Welfare Yasuhisa Shiozaki signed the memorandum.',
      'Minister of Industry and Trade - Tran Tuan Anh attended.',
    ),
  ).toEqual([
    { name: 'Dao Ngoc Dung', title: 'Minister of Labour - Invalids and Social Affairs of Vietnam' },
    { name: 'Yasuhisa Shiozaki', title: 'Japanese Minister of Health – Labour and Welfare' },
    { name: 'Tran Tuan Anh', title: 'Minister of Industry and Trade' },
  ]);
});

test('a title after a name may open with "alternate member", then go on with more offices after commas', () => {
  expect(
    officialsIn(
      'On July 21, Vuong Quoc Tuan, alternate member of the Party Central Committee, Deputy Secretary of the Bac Ninh Provincial Party Committee and Chairman of the provincial People’s Committee (PPC) met the company’s leaders.',
      'Tran Van Binh, an alternate, met the delegation.',
    ),
  ).toEqual([
    {
      name: 'Vuong Quoc Tuan',
      title:
        'alternate member of the Party Central Committee, Deputy Secretary of the Bac Ninh Provincial Party Committee and Chairman of the provincial People’s Committee (PPC)',
    },
  ]);
});

test('an ordinal in figures may open a title after a name and a comma; an ordinal saying where one stands is no title', () => {
  expect(officialsIn('A year later, Truong Tan Sang, 7th President of Vietnam, paid a state visit to Kazakhstan.')).toEqual([
    { name: 'Truong Tan Sang', title: '7th President of Vietnam' },
  ]);
  expect(officialsIn('Nguyen Van Binh, 2nd from left, visited the plant with investors.')).toEqual([]);
});

test('a relative clause ends a title after a name and a comma, as a participle does; a person with no office before it is no official', () => {
  expect(
    officialsIn(
      'The idea was first mooted in 2018 by Dr. Robert Yap, Executive Chairman of the YCH Group that represents Singapore on the council.',
    ),
  ).toEqual([{ name: 'Robert Yap', title: 'Executive Chairman of the YCH Group' }]);
  expect(officialsIn('Nguyen Van Binh, a farmer who grows dragon fruit in the province, said prices had risen.')).toEqual([]);
});
