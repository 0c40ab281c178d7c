/**
 * Runs one build step as a child process and measures its wall time and peak memory. Memory is
 * read from Linux's /proc, polled for the whole process tree (npm, sh, node and any workers):
 * the peak is the larger of the tree's summed resident set (VmRSS) at any sample and the largest
 * high-water mark (VmHWM) a single process reached, which catches peaks between samples.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface StepResult {
  seconds: number;
  /** Bytes; 0 where /proc is not available. */
  peakRss: number;
  output: string;
  /** Why the step failed (its exit code and last error line), or null when it succeeded. */
  failure: string | null;
}

const POLL_MS = 200;

function parentOf(pid: string): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses; the parent pid follows the last ")".
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? null;
  } catch {
    return null;
  }
}

/** The process and all its descendants alive now. */
function tree(root: number): string[] {
  const children = new Map<string, string[]>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const parent = parentOf(pid);
    if (!parent) continue;
    const siblings = children.get(parent);
    if (siblings) siblings.push(pid);
    else children.set(parent, [pid]);
  }
  const found = [String(root)];
  for (let i = 0; i < found.length; i++) found.push(...(children.get(found[i]!) ?? []));
  return found;
}

/** VmRSS and VmHWM of a process in bytes (0 when it has exited). */
function memory(pid: string): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

/** The line of a failed step's output that says what went wrong. */
function reason(output: string): string {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.find((line) => /heap out of memory|^FATAL|Error:/i.test(line))?.slice(0, 120) ?? lines.at(-1)?.slice(0, 120) ?? '';
}

/** Runs `command` through the shell in `cwd`; a step that fails is measured and reported, not thrown. */
export function measure(command: string, options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<StepResult> {
  const start = performance.now();
  const child = spawn(command, { cwd: options.cwd, env: options.env, shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peak = 0;
  const sample = () => {
    let sum = 0;
    for (const pid of tree(child.pid!)) {
      const { rss, hwm } = memory(pid);
      sum += rss;
      peak = Math.max(peak, hwm);
    }
    peak = Math.max(peak, sum);
  };
  const timer = setInterval(sample, POLL_MS);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const failure = code === 0 ? null : `exit ${code}: ${reason(output)}`;
      resolve({ seconds: (performance.now() - start) / 1000, peakRss: peak, output, failure });
    });
  });
}
