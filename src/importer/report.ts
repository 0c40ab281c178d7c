/** How an import result is shown: the stable JSON contract and a human summary. */
import type { ImportResult } from './extract.ts';
import type { BatchSummary } from './batch.ts';

/**
 * One object of `import --dry-run --json`. Keep these fields stable: they are how the importer is
 * evaluated on pages it has never seen. `body` is the cleaned text, paragraphs separated by a
 * blank line, before MDX escaping.
 */
export function toContractJson(file: string, result: ImportResult): Record<string, unknown> {
  if (!result.ok) return { file, ok: false, errors: result.errors, sha256: result.sha256 };
  return {
    file,
    ok: true,
    language: result.language,
    title: result.title,
    date: result.date,
    datePrecision: result.datePrecision,
    dateInferred: result.dateInferred,
    dateKind: result.dateKind,
    dateNote: result.dateNote,
    outlet: result.outlet?.id ?? null,
    outletName: result.outlet?.name ?? null,
    outletSite: result.outlet?.site ?? null,
    originalOutlet: result.originalOutlet?.id ?? null,
    originalOutletName: result.originalOutlet?.name ?? null,
    originalOutletSite: result.originalOutlet?.site ?? null,
    author: result.author,
    officials: result.officials.map(({ id, name, title, foreign, former, known }) => ({ id, name, title, foreign, former, known })),
    topics: result.topics,
    body: result.paragraphs.join('\n\n'),
    sha256: result.sha256,
    needsReview: result.needsReview,
    quotes: result.quotes.map(({ paragraph, official, text }) => ({ paragraph, official, text })),
  };
}

/** A few lines telling an archivist what was extracted. */
export function describe(file: string, result: ImportResult | null): string {
  if (!result) return `✗ ${file}`;
  if (!result.ok) return `✗ ${file}\n  ${result.errors.join('\n  ')}`;
  const officials = result.officials.map((o) => `${o.name} (${o.title})${o.known ? '' : ' [new]'}`).join('; ') || '—';
  const notes = [
    result.dateInferred ? 'inferred' : null,
    result.dateKind === 'event' ? 'date of the event' : result.dateKind === 'updated' ? 'update date' : null,
  ].filter(Boolean);
  const date = result.date ? `${result.date}${notes.length ? ` (${notes.join(', ')})` : ''}` : `unknown — ${result.dateNote}`;
  const outlet = (o: typeof result.outlet) => (o ? `${o.name}${o.known ? '' : ' [new]'}` : '—');
  return [
    `✓ ${file}`,
    `  title:     ${result.title ?? '— none found —'}`,
    `  date:      ${date}`,
    `  outlet:    ${outlet(result.outlet)}${result.originalOutlet ? ` (original: ${outlet(result.originalOutlet)})` : ''}`,
    `  author:    ${result.author ?? '—'}`,
    `  officials: ${officials}`,
    `  review:    ${result.needsReview.join(', ') || '—'}`,
    `  topics:    ${result.topics.join(', ') || '—'}`,
    `  body:      ${result.paragraphs.length} paragraphs`,
    ...result.quotes.map(
      (quote) =>
        `  quote?     <Quote official="${quote.official}"> in paragraph ${quote.paragraph + 1}: ${quote.text} (confirm, or remove the component)`,
    ),
  ].join('\n');
}

/** How many files leave each field to a person: "date 3, outlet 2, official 5". */
function reviewCounts(summary: BatchSummary): string {
  const counts = new Map<string, number>();
  for (const { fields } of summary.needsReview) {
    for (const field of new Set(fields.map((f) => f.replace(/:.*$/, '')))) counts.set(field, (counts.get(field) ?? 0) + 1);
  }
  return [...counts].map(([field, count]) => `${field} ${count}`).join(', ');
}

/** The closing table of a batch: what happened, what was proposed, what needs a person. */
export function summaryTable(summary: BatchSummary): string {
  const count = (status: string) => summary.outcomes.filter((o) => o.status === status).length;
  const rows: [string, string | number][] = [
    ['imported', count('imported')],
    ['updated', count('updated')],
    ['extracted (dry run)', count('extracted')],
    ['skipped', count('skipped')],
    ['failed', count('failed')],
    ['new officials proposed', summary.proposedOfficials.join(', ') || 0],
    ['new outlets proposed', summary.proposedOutlets.join(', ') || 0],
    ['quotations proposed (to confirm)', summary.outcomes.reduce((sum, o) => sum + (o.result?.ok ? o.result.quotes.length : 0), 0)],
    ['fields to review', reviewCounts(summary) || 0],
    ['files to review', summary.needsReview.map((r) => `${r.file} (${r.fields.join(', ')})`).join('; ') || 0],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`);
  const problems = summary.outcomes
    .filter((o) => o.status === 'failed' || o.status === 'skipped')
    .map((o) => `  ${o.status}: ${o.file}: ${o.message}`);
  return [...lines, ...(problems.length ? ['', ...problems] : [])].join('\n');
}
