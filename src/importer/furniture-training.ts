/**
 * Training the furniture model: logistic regression by stochastic gradient descent over the
 * labelled paragraphs, in a fixed order so that the same data always gives the same weights.
 * Furniture is rare among paragraphs, so each furniture paragraph weighs more (the square root of
 * the classes' ratio): enough to learn it, not so much that short real paragraphs are taken for it.
 */
import { paragraphFeatures, type FurnitureWeights } from './furniture-model.ts';

/** One page as an earlier importer read it: its headline, the paragraphs it kept, which of them were furniture. */
export interface TrainingPage {
  page: string;
  /** The commit that added the page: pages added together were new to the importer together. */
  addedIn: string;
  title: string | null;
  paragraphs: string[];
  furniture: boolean[];
}

const EPOCHS = 60;
const LEARNING_RATE = 0.2;
const L2 = 1e-3;

export function trainFurnitureModel(pages: readonly TrainingPage[]): FurnitureWeights {
  const examples = pages.flatMap((page) =>
    page.paragraphs.map((_, i) => ({ features: paragraphFeatures(page.paragraphs, i, page.title), furniture: page.furniture[i]! })),
  );
  const positives = examples.filter((example) => example.furniture).length;
  const positiveWeight = Math.sqrt((examples.length - positives) / Math.max(positives, 1));
  const weights: FurnitureWeights = {};
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const { features, furniture } of examples) {
      let z = 0;
      for (const [name, value] of Object.entries(features)) z += (weights[name] ?? 0) * value;
      const error = (1 / (1 + Math.exp(-z)) - (furniture ? 1 : 0)) * (furniture ? positiveWeight : 1);
      for (const [name, value] of Object.entries(features)) {
        if (value === 0) continue;
        const w = weights[name] ?? 0;
        weights[name] = w - LEARNING_RATE * (error * value + L2 * w);
      }
    }
  }
  return weights;
}

/** The training file: one page per line. */
export function parseTrainingPages(text: string): TrainingPage[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as TrainingPage);
}

export interface CrossValidation {
  pages: number;
  /** Pages holding furniture, and those of them the model cleared of it. */
  pagesWithFurniture: number;
  pagesCleared: number;
  /** Pages that lost a paragraph of their text. */
  pagesHarmed: number;
  furnitureSetAside: number;
  furniture: number;
  textSetAside: number;
}

/**
 * How the model does on pages new to it: each group of pages added together is set aside in
 * turn, the model trained on the others and run on it (as `setAsideFurniture` runs in an import).
 */
export function crossValidate(
  pages: readonly TrainingPage[],
  setAside: (paragraphs: string[], title: string | null, model: FurnitureWeights) => { setAside: string[] },
): CrossValidation {
  const result: CrossValidation = {
    pages: 0,
    pagesWithFurniture: 0,
    pagesCleared: 0,
    pagesHarmed: 0,
    furnitureSetAside: 0,
    furniture: 0,
    textSetAside: 0,
  };
  for (const group of new Set(pages.map((page) => page.addedIn))) {
    const model = trainFurnitureModel(pages.filter((page) => page.addedIn !== group));
    for (const page of pages.filter((page) => page.addedIn === group)) {
      const gone = new Set(setAside(page.paragraphs, page.title, model).setAside);
      const taken = page.paragraphs.map((paragraph) => gone.has(paragraph));
      const furniture = page.furniture.filter(Boolean).length;
      result.pages++;
      result.furniture += furniture;
      result.furnitureSetAside += page.furniture.filter((isFurniture, i) => isFurniture && taken[i]).length;
      result.textSetAside += page.furniture.filter((isFurniture, i) => !isFurniture && taken[i]).length;
      if (furniture > 0) result.pagesWithFurniture++;
      if (furniture > 0 && page.furniture.every((isFurniture, i) => !isFurniture || taken[i])) result.pagesCleared++;
      if (page.furniture.some((isFurniture, i) => !isFurniture && taken[i])) result.pagesHarmed++;
    }
  }
  return result;
}
