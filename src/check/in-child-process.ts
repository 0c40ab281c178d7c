/**
 * The content contract run in a process of its own, for the build. Its parsers (satteri) keep native
 * memory after each text they read, which garbage collection never hands back: checking the
 * 18,519 files of a 10,000-article archive inside the build left about a gigabyte behind for the
 * rest of it. A child process returns all of it when it exits; the findings come back whole.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { checkContent } from './index.ts';
import type { Finding } from './findings.ts';

const THIS_FILE = fileURLToPath(import.meta.url);

export function checkInChildProcess(dir: string): Promise<Finding[]> {
  return new Promise((resolve, reject) => {
    const child = fork(THIS_FILE, [dir], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let findings: Finding[] | undefined;
    child.once('message', (message) => (findings = message as Finding[]));
    child.once('error', reject);
    child.once('exit', (code) =>
      findings
        ? resolve(findings)
        : reject(new Error(`the content check stopped (exit code ${code}) before it reported; run npm run check to see why`)),
    );
  });
}

// Forked: check the folder named on the command line and send the findings to the parent.
if (process.argv[1] === THIS_FILE) {
  const findings = checkContent(process.argv[2]).findings;
  process.send?.(findings, () => process.disconnect?.());
}
