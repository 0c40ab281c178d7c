/**
 * `npm run train:furniture [-- --cross-validate]`: trains the importer's furniture model on the
 * labelled paragraphs in tests/fixtures/furniture/paragraphs.jsonl and writes its weights beside
 * the model. Run it after changing the features or the training data; the tests fail while the
 * weights are stale. With --cross-validate it also prints how the model does on pages new to it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { setAsideFurniture } from '../importer/furniture-model.ts';
import { crossValidate, parseTrainingPages, trainFurnitureModel } from '../importer/furniture-training.ts';

const { values } = parseArgs({ options: { 'cross-validate': { type: 'boolean', default: false } } });
const root = new URL('../../', import.meta.url);
const pages = parseTrainingPages(readFileSync(new URL('tests/fixtures/furniture/paragraphs.jsonl', root), 'utf8'));
const trained = trainFurnitureModel(pages);
const weights = Object.fromEntries(
  Object.keys(trained)
    .sort()
    .map((name) => [name, trained[name]]),
);
writeFileSync(new URL('src/importer/furniture-weights.json', root), `${JSON.stringify(weights, null, 2)}\n`);
const paragraphs = pages.reduce((sum, page) => sum + page.paragraphs.length, 0);
const furniture = pages.reduce((sum, page) => sum + page.furniture.filter(Boolean).length, 0);
console.log(`trained on ${pages.length} pages, ${paragraphs} paragraphs (${furniture} furniture); weights written`);

if (values['cross-validate']) {
  const cv = crossValidate(pages, setAsideFurniture);
  console.log(
    [
      `each group of pages added together, on a model trained without it (${cv.pages} pages):`,
      `  furniture set aside   ${cv.furnitureSetAside} of ${cv.furniture} paragraphs`,
      `  text set aside        ${cv.textSetAside} paragraphs`,
      `  pages cleared         ${cv.pagesCleared} of the ${cv.pagesWithFurniture} holding furniture`,
      `  pages that lost text  ${cv.pagesHarmed}`,
    ].join('\n'),
  );
}
