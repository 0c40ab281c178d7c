/**
 * A long alternation of words, "Bộ trưởng|Bộ trưởng Bộ Ngoại giao|Thứ trưởng|…", as a tree of shared beginnings,
 * "(?:B(?:ộ trưởng(?: Bộ Ngoại giao)?)|Thứ trưởng|…)": the regular-expression engine tries a list's words one by one at each
 * place in the text, a tree's branches only where the text's letters lead. The tree matches what the list matches, in the
 * list's order of preference, when that order is longest first among words that begin one another; otherwise, or when a word
 * is more than letters, escaped signs and classes of letters, the list is given back as it is.
 */

/** One character of a word (a letter, or an escaped sign) or a class of letters, with the characters it stands for. */
interface Step {
  written: string;
  chars: ReadonlySet<string>;
}

interface Branch {
  /** A word of the list ends here. */
  ends: boolean;
  next: Map<string, { step: Step; branch: Branch }>;
}

const SPECIAL = new Set([...'\\^$.|?*+()[]{}']);

/** The steps of one word, or undefined when it holds more than letters, escaped signs and classes of letters. */
function stepsOf(word: string): Step[] | undefined {
  const chars = [...word];
  const steps: Step[] = [];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (char === '[') {
      const close = chars.indexOf(']', i + 1);
      const inside = chars.slice(i + 1, close);
      if (close < 0 || inside.length === 0 || inside.some((c) => SPECIAL.has(c) || c === '-')) return undefined;
      steps.push({ written: chars.slice(i, close + 1).join(''), chars: new Set(inside) });
      i = close;
    } else if (char === '\\') {
      const escaped = chars[i + 1];
      // (only a sign escaped to stand for itself: "\." is a full stop, "\s" a class of its own)
      if (escaped === undefined || !SPECIAL.has(escaped)) return undefined;
      steps.push({ written: `\\${escaped}`, chars: new Set([escaped]) });
      i++;
    } else if (SPECIAL.has(char)) return undefined;
    else steps.push({ written: char, chars: new Set([char]) });
  }
  return steps.length > 0 ? steps : undefined;
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const char of a) if (b.has(char)) return true;
  return false;
}

function written(branch: Branch): string {
  const ways = [...branch.next.values()].map(({ step, branch: after }) => step.written + written(after));
  if (ways.length === 0) return '';
  // (where a word ends and longer ones go on, greedy: the longer first, as the list has them)
  if (branch.ends) return `(?:${ways.join('|')})?`;
  return ways.length === 1 ? ways[0]! : `(?:${ways.join('|')})`;
}

/** `words`, each a pattern, as one alternation matching what `words.join('|')` matches; see above. */
export function prefixTree(words: readonly string[]): string {
  const plain = words.join('|');
  const root: Branch = { ends: false, next: new Map() };
  for (const word of words) {
    const steps = stepsOf(word);
    if (!steps) return plain;
    let branch = root;
    for (const [k, step] of steps.entries()) {
      let next = branch.next.get(step.written);
      if (!next) {
        // a class sharing some letters with another at the same place would make the order of preference the tree's, not the list's
        if ([...branch.next.values()].some((other) => overlap(other.step.chars, step.chars))) return plain;
        branch.next.set(step.written, (next = { step, branch: { ends: false, next: new Map() } }));
      }
      branch = next.branch;
      // a word after one it begins with ("Bộ trưởng" before "Bộ trưởng Bộ Ngoại giao"): the list prefers the shorter, a tree the longer
      if (branch.ends && k < steps.length - 1) return plain;
    }
    branch.ends = true;
  }
  return written(root);
}
