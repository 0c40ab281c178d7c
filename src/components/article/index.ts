/** The components an article may use without importing them (their rules: src/check/components.ts). */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { ComponentName } from '../../check/components.ts';
import Official from './Official.astro';
import Quote from './Quote.astro';
import Note from './Note.astro';
import Correction from './Correction.astro';
import Figure from './Figure.astro';
import Caption from './Caption.astro';
import Foreign from './Foreign.astro';

export const articleComponents: Record<ComponentName, AstroComponentFactory> = {
  Official,
  Quote,
  Note,
  Correction,
  Figure,
  Caption,
  Foreign,
};
