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
