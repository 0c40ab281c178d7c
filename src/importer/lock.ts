/**
 * One import at a time in a content folder. Two imports writing at once would each rewrite the
 * registries from what they read before the other's proposals arrived, and lose some. The lock is a
 * file naming the import that holds it (process id, machine, start time), made whole under a
 * temporary name and linked into place, so it is created only if absent and never read half
 * written. A lock or temporary file left by an import that was killed is cleared, saying so.
 *
 * Not proper-lockfile: it keeps a lock alive by touching it from a timer, which cannot run while an
 * import works synchronously through a large batch, so a long import would be taken for a dead one.
 */
import { linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

interface Holder {
  pid: number;
  host: string;
  since: string;
}

/** The content folder is held by another import, for longer than this one would wait. */
export class LockHeldError extends Error {}

const LOCK = '.import.lock';
const POLL_MS = 100;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // it runs, as another user
  }
}

/** Who holds the lock, undefined when nobody does any more, null when the file does not say. */
function readHolder(lock: string): Holder | null | undefined {
  let text: string;
  try {
    text = readFileSync(lock, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const holder = JSON.parse(text) as Holder;
    return Number.isInteger(holder.pid) ? holder : null;
  } catch {
    return null;
  }
}

const who = (holder: Holder) => `the import of process ${holder.pid} on ${holder.host}, running since ${holder.since}`;

/**
 * An import on this machine whose process has ended (another machine's cannot be asked). One with
 * this import's process id was an earlier process that had the same id: this one holds no lock yet.
 */
function isStale(holder: Holder): boolean {
  return holder.host === hostname() && (holder.pid === process.pid || !isRunning(holder.pid));
}

function tryCreate(lock: string, holder: Holder): boolean {
  const temporary = `${lock}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(holder));
  try {
    linkSync(temporary, lock);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * Removes a stale lock. Two imports may find the same one: each first moves it to a name of its
 * own, so only one removes it, and one that moved a live lock (taken meanwhile) puts it back.
 */
function clearStale(lock: string, seen: Holder | null, say: (line: string) => void): void {
  const aside = `${lock}.stale.${process.pid}.tmp`;
  try {
    renameSync(lock, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readHolder(aside);
  const same =
    moved === null || seen === null ? moved === seen : moved !== undefined && moved.pid === seen.pid && moved.since === seen.since;
  if (!same) {
    try {
      linkSync(aside, lock);
    } catch (error) {
      // yet another import took the lock meanwhile: it holds it now
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(aside, { force: true });
    }
    return;
  }
  rmSync(aside, { force: true });
  say(seen ? `removed the lock of ${who(seen)}, which is no longer running` : `removed ${lock}, which did not say which import held it`);
}

/** Temporary files (`<name>.<pid>.tmp`) of imports that ended before renaming them into place. */
function clearTemporaryFiles(contentDir: string, say: (line: string) => void): void {
  for (const name of readdirSync(contentDir, { recursive: true, encoding: 'utf8' })) {
    const pid = Number(/\.(\d+)\.tmp$/.exec(name)?.[1]);
    // a process with this import's id, before it wrote anything, can only have been an earlier one
    if (!pid || (pid !== process.pid && isRunning(pid))) continue;
    const file = join(contentDir, name);
    if (!statSync(file).isFile()) continue;
    rmSync(file);
    say(`removed ${name}, left by an import (process ${pid}) that did not finish`);
  }
}

/**
 * Takes the content folder's lock, waiting up to `waitSeconds` for another import to finish, and
 * returns its release. Throws a LockHeldError naming the holder when the wait runs out.
 */
export async function lockContent(contentDir: string, options: { waitSeconds: number; say: (line: string) => void }): Promise<() => void> {
  mkdirSync(contentDir, { recursive: true });
  const lock = join(contentDir, LOCK);
  const mine: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  const deadline = Date.now() + options.waitSeconds * 1000;
  let told = false;
  while (!tryCreate(lock, mine)) {
    const holder = readHolder(lock);
    if (holder === undefined) continue;
    if (holder === null || isStale(holder)) {
      clearStale(lock, holder, options.say);
      continue;
    }
    if (Date.now() >= deadline) {
      throw new LockHeldError(
        `${contentDir} is locked by ${who(holder)}: run again when it has finished, or with --wait SECONDS to wait longer (if no import runs, delete ${lock})`,
      );
    }
    if (!told) options.say(`waiting up to ${options.waitSeconds} s for ${who(holder)} to finish…`);
    told = true;
    await sleep(POLL_MS);
  }
  clearTemporaryFiles(contentDir, options.say);
  return () => {
    const holder = readHolder(lock);
    if (holder && holder.pid === mine.pid && holder.since === mine.since) rmSync(lock);
  };
}
