/**
 * Work done in a Node process of its own, by a module that forks itself: the parent sends one
 * input and gets one result back. Used where a process of its own pays: native memory a parser
 * never hands back is returned when the process exits (the build's content check), and a second
 * process keeps a second core busy (the search index of each language).
 */
import { fork, type Serializable } from 'node:child_process';

type Reply<Output> = { ok: true; value: Output } | { ok: false; error: string };

/** Runs `file` (a module calling `whenForked` with its own path) on `input`; `what` names the work in an error. */
export function inForkedProcess<Input extends Serializable, Output>(file: string, input: Input, what: string): Promise<Output> {
  return new Promise((resolve, reject) => {
    const child = fork(file, [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let reply: Reply<Output> | undefined;
    child.once('message', (message) => (reply = message as Reply<Output>));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (reply?.ok) resolve(reply.value);
      else reject(new Error(reply ? reply.error : `${what} stopped (exit code ${code}) before it reported`));
    });
    child.send(input);
  });
}

/** In a module that forks itself: when this process was forked to run `file`, does `work` on the input it is sent and replies. */
export function whenForked<Input, Output>(file: string, work: (input: Input) => Output | Promise<Output>): void {
  if (process.argv[1] !== file) return;
  process.once('message', async (input) => {
    let reply: Reply<Output>;
    try {
      reply = { ok: true, value: await work(input as Input) };
    } catch (error) {
      reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    process.send!(reply as Serializable, () => process.disconnect!());
  });
}
