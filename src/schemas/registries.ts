/** Schemas of the registries in `content/registries/`: officials, topics, outlets, titles, places. */
import { z } from 'astro/zod';

/** A registry id: lowercase ASCII words joined by hyphens. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lowercase ASCII words joined by hyphens, e.g. "bui-thanh-son"');

/** Whether an entry was checked by an archivist or proposed by the importer and awaits review. */
export const statusSchema = z.enum(['confirmed', 'proposed']).default('confirmed');

const bilingual = z.object({ vi: z.string().min(1), en: z.string().min(1) });

export const officialSchema = z.object({
  id: idSchema,
  /** Full name with diacritics, as Vietnamese texts write it. */
  name: z.string().min(2),
  /** The plain-ASCII form shown beside the name on English pages. */
  ascii: z.string().regex(/^[\x20-\x7e]+$/, 'ascii must be plain ASCII'),
  /** Other spellings met in texts (without diacritics, other word order). */
  aliases: z.array(z.string()).default([]),
  /** True for officials of other states and international organisations. */
  foreign: z.boolean().default(false),
  status: statusSchema,
  note: z.string().optional(),
});

export const topicSchema = z.object({
  id: idSchema,
  label: bilingual,
  description: bilingual,
  /** Phrases that signal the topic, matched without regard to case. */
  keywords: z.object({ vi: z.array(z.string()).min(1), en: z.array(z.string()).min(1) }),
});

export const outletSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  /** English name, when the outlet has one. */
  nameEn: z.string().optional(),
  /** Domain without scheme, e.g. "baophapluat.vn"; left out of a proposal whose page never showed one. */
  site: z
    .string()
    .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'site is a bare domain such as "vov.vn"')
    .optional(),
  language: z.enum(['vi', 'en']),
  /** How texts name the outlet: lead markers ("PLVN"), short names ("TG&VN"), domains. */
  markers: z.array(z.string()).default([]),
  status: statusSchema,
});

/** A Vietnamese title (or a pattern with `{place}`) and its English translation. */
export const titleSchema = z.object({ id: z.string(), vi: z.string().min(1), en: z.string().min(1) });

/** A place name as Vietnamese texts write it and its English form. */
export const placeSchema = z.object({ id: z.string(), vi: z.string().min(1), en: z.string().min(1), country: z.boolean().default(false) });

/** Each registry's entry schema, by registry name. */
export const registrySchemas = {
  officials: officialSchema,
  topics: topicSchema,
  outlets: outletSchema,
  titles: titleSchema,
  places: placeSchema,
};

export type Official = z.infer<typeof officialSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Outlet = z.infer<typeof outletSchema>;
export type TitleTranslation = z.infer<typeof titleSchema>;
export type Place = z.infer<typeof placeSchema>;
