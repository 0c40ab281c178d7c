/**
 * Reading and writing the YAML registries in `content/registries/`.
 * Plain Node code: the importer, the content check and Astro's content config all use it.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LineCounter, parseDocument, isSeq, isMap, type Node } from 'yaml';
import { closestId } from '../text/strings.ts';

/** The archive's content folder; a benchmark points it elsewhere with ARCHIVE_CONTENT_DIR. */
export function contentDir(): string {
  return resolve(process.env.ARCHIVE_CONTENT_DIR ?? 'content');
}

export const REGISTRY_NAMES = ['officials', 'topics', 'outlets', 'titles', 'places'] as const;
export type RegistryName = (typeof REGISTRY_NAMES)[number];

export function registryPath(name: RegistryName, dir = contentDir()): string {
  return join(dir, 'registries', `${name}.yaml`);
}

/** One registry entry with where it stands in its file, for messages that name file and line. */
export interface LocatedEntry {
  data: Record<string, unknown>;
  id: string;
  line: number;
}

export class RegistryError extends Error {
  readonly file: string;
  readonly line: number;
  /** The message without its file:line prefix. */
  readonly reason: string;
  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

/** Titles and places are keyed by their Vietnamese form; the other registries carry an `id`. */
function entryId(name: RegistryName, data: Record<string, unknown>): string {
  const key = name === 'titles' || name === 'places' ? data.vi : data.id;
  return typeof key === 'string' ? key : '';
}

/**
 * Parses a registry file. Throws a RegistryError naming file and line for YAML that does not
 * parse, a file that is not a list, an entry without id, or an id used twice.
 */
export function readRegistry(name: RegistryName, dir = contentDir()): LocatedEntry[] {
  const file = registryPath(name, dir);
  if (!existsSync(file)) return [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    throw new RegistryError(file, lineCounter.linePos(error.pos[0]).line, `YAML does not parse: ${error.message.split('\n')[0]}`);
  }
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) throw new RegistryError(file, 1, 'a registry is a YAML list of entries (each line starting with "- ")');
  const seen = new Map<string, number>();
  const entries: LocatedEntry[] = [];
  for (const item of doc.contents.items) {
    const line = lineOf(item as Node);
    if (!isMap(item)) throw new RegistryError(file, line, 'each entry is a mapping of fields');
    const data = item.toJSON() as Record<string, unknown>;
    const id = entryId(name, data);
    if (!id) throw new RegistryError(file, line, `entry has no ${name === 'titles' || name === 'places' ? '"vi"' : '"id"'} field`);
    const first = seen.get(id);
    if (first !== undefined) {
      throw new RegistryError(file, line, `duplicate id "${id}" (first at line ${first}); give one of them another id or merge them`);
    }
    seen.set(id, line);
    entries.push({ data: { ...data, id }, id, line });
  }
  return entries;
}

/** The ids of a registry, for validating references. */
export function registryIds(name: RegistryName, dir = contentDir()): string[] {
  return readRegistry(name, dir).map((entry) => entry.id);
}

/** A message for a reference to an id the registry does not hold. */
export function unknownIdMessage(kind: string, id: string, known: readonly string[]): string {
  const nearest = closestId(id, known);
  const hint = nearest ? `closest known id: "${nearest}"` : 'the registry is empty';
  return `unknown ${kind} "${id}" (${hint}); add it to content/registries/${kind === 'official' ? 'officials' : `${kind}s`}.yaml or fix the id`;
}
