/**
 * npm run export -- --url http://127.0.0.1:4321 --token T --format ndjson|csv [--instrument id] [--out file]
 *
 * Streams the collector's export to a file or stdout. The token may come from COLLECTOR_TOKEN instead of
 * --token (which shows in the process list).
 */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { commandLine, instrumentOption, outFileOption } from '../scripts/cli.ts';

const usage =
  'Usage: npm run export -- --url http://127.0.0.1:4321 [--token T | COLLECTOR_TOKEN=T] --format ndjson|csv [--instrument <id>] [--out <file>]';

const cli = commandLine(usage, {
  url: { type: 'string' },
  token: { type: 'string' },
  format: { type: 'string' },
  instrument: { type: 'string' },
  out: { type: 'string' },
});
const { values } = cli;
const base = values.url ?? cli.misuse("--url is missing: the collector's address, e.g. http://127.0.0.1:4321.");
if (!URL.canParse(base)) cli.misuse(`--url "${base}" is not a URL, e.g. http://127.0.0.1:4321.`);
const token =
  values.token ||
  process.env['COLLECTOR_TOKEN'] ||
  cli.misuse('The read token is missing: pass --token or set COLLECTOR_TOKEN.');
const format =
  values.format === 'ndjson' || values.format === 'csv' ? values.format : cli.misuse('--format must be ndjson or csv.');
const instrument = instrumentOption(cli, values.instrument);
if (format === 'csv' && instrument === undefined)
  cli.misuse("--format csv needs --instrument <id> (its columns are that instrument's codebook).");
const out = outFileOption(cli, values.out);

const url = new URL('/api/responses', base);
url.searchParams.set('format', format);
if (instrument !== undefined) url.searchParams.set('instrument', instrument);

let response: Response;
try {
  response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
} catch (error) {
  console.error(`Cannot reach the collector at ${url.origin}: ${(error as Error).cause ?? (error as Error).message}`);
  process.exit(1);
}
if (!response.ok || response.body === null) {
  const body = (await response.json().catch(() => ({}))) as { error?: unknown };
  console.error(
    `The collector answered ${response.status}: ${typeof body.error === 'string' ? body.error : response.statusText}`,
  );
  process.exit(1);
}
// The DOM and Node typings of ReadableStream differ in name only.
await pipeline(
  Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>),
  out === undefined ? process.stdout : createWriteStream(out),
);
if (out !== undefined) console.error(`Wrote the ${format.toUpperCase()} export to ${out}.`);
