import { createHash } from 'node:crypto';

/**
 * Eight-word runs of a text as short hashes: what the originality check compares, so the source essays'
 * sentences never need to sit in this repository. Words are compared in lower case without punctuation, so a
 * copied sentence is found however it is quoted or capitalised.
 */
export const RUN_LENGTH = 8;

export function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[\p{L}\p{N}']+/gu) ?? []
  );
}

export const runHash = (run: readonly string[]): string =>
  createHash('sha256').update(run.join(' ')).digest('hex').slice(0, 16);

/** Every run of RUN_LENGTH consecutive words, hashed, with the run itself for messages. */
export function runs(text: string): { hash: string; run: string }[] {
  const list = words(text);
  const found: { hash: string; run: string }[] = [];
  for (let i = 0; i + RUN_LENGTH <= list.length; i++) {
    const run = list.slice(i, i + RUN_LENGTH);
    found.push({ hash: runHash(run), run: run.join(' ') });
  }
  return found;
}
