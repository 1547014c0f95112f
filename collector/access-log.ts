/**
 * The access log, written in batches. A write to a pipe or a file blocks in Node and wakes whatever
 * reads it; one per request was a measurable share of what a response cost under load. Lines wait at
 * most FLUSH_MS (or until BATCH_CHARS have gathered) and leave together; `flush` writes what is
 * pending, e.g. before exiting.
 */
const FLUSH_MS = 100;
const BATCH_CHARS = 64 * 1024;

export function accessLog(write: (text: string) => void): { line(text: string): void; flush(): void } {
  let pending = '';
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending === '') return;
    const text = pending;
    pending = '';
    write(text);
  };
  return {
    line: (text) => {
      pending += `${text}\n`;
      if (pending.length >= BATCH_CHARS) flush();
      // Unref'd: a pending line never keeps a stopping process alive; stopping flushes it.
      else timer ??= setTimeout(flush, FLUSH_MS).unref();
    },
    flush,
  };
}
