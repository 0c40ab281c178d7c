/** What the content check reports: one finding per problem, naming the file, the line and the fix. */

export type Severity = 'error' | 'warning';

export interface Finding {
  file: string;
  line: number;
  severity: Severity;
  message: string;
  /** What to do about it. */
  hint: string;
}

export const error = (file: string, line: number, message: string, hint: string): Finding => ({
  file,
  line,
  severity: 'error',
  message,
  hint,
});
export const warning = (file: string, line: number, message: string, hint: string): Finding => ({
  file,
  line,
  severity: 'warning',
  message,
  hint,
});

/** `file:line: message (hint)`, warnings marked as such; `file` as the caller wants it shown. */
export function formatFinding(finding: Finding, file = finding.file): string {
  return `${file}:${finding.line}: ${finding.severity === 'warning' ? 'warning: ' : ''}${finding.message} (${finding.hint})`;
}

/** By file, then line, so a reader can walk through them in order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}
