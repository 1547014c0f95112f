/**
 * The command line every script shares: options parsed strictly, and every misuse (an unknown option, a
 * missing value, an unknown instrument, an --out that cannot be written) reported as one line and the
 * usage on stderr with exit code 2, never a stack trace.
 */
import { statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { collectorExportUrl, type CollectorSource } from '../src/instruments/collector-export.ts';
import { versionsOf } from '../src/instruments/model.ts';
import { instruments, model } from '../src/instruments/source-model.ts';
import { escapeControl } from '../src/instruments/printable.ts';

// The scripts print through it too.
export { escapeControl };

/** Prints one line (control characters escaped) and the usage to stderr, and exits with 2. */
function misuse(usage: string, message: string | null): never {
  if (message !== null) console.error(escapeControl(message.split('\n')[0]!));
  console.error(usage);
  process.exit(2);
}

/**
 * The arguments with `--name value` written `--name=value` where the value begins with a hyphen, for options
 * that take a value. parseArgs refuses such a value as ambiguous, yet session codes and facilitator tokens
 * (base64url) begin with `-` one time in 64. A following argument that is itself one of the options stays an
 * option, so a forgotten value is still reported as missing.
 */
export function joinHyphenValues(args: readonly string[], options: ParseArgsOptionsConfig): string[] {
  const isOption = (arg: string) => {
    const name = arg.startsWith('--') ? arg.slice(2).split('=')[0]! : null;
    if (name !== null) return name === '' || name in options || name === 'help';
    return (
      arg === '-h' || Object.values(options).some((option) => option.short !== undefined && arg === `-${option.short}`)
    );
  };
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = args[i + 1];
    const name = arg.startsWith('--') && !arg.includes('=') ? arg.slice(2) : null;
    if (name !== null && options[name]?.type === 'string' && next?.startsWith('-') && !isOption(next)) {
      joined.push(`${arg}=${next}`);
      i++;
    } else joined.push(arg);
  }
  return joined;
}

type Parsed<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>;

export interface CommandLine<O extends ParseArgsOptionsConfig> {
  values: Parsed<O>['values'];
  positionals: string[];
  /** Reports a misuse found after parsing (a value that is not allowed) and exits with 2. */
  misuse(message: string): never;
}

/**
 * Parses process.argv against `options` (plus -h/--help, which prints the usage and exits with 0).
 * `files: true` requires at least one positional argument, `'or --url'` one unless --url is given;
 * without it, none is allowed.
 */
export function commandLine<const O extends ParseArgsOptionsConfig>(
  usage: string,
  options: O,
  { files = false }: { files?: boolean | 'or --url' } = {},
): CommandLine<O> {
  let parsed;
  try {
    const withHelp: ParseArgsOptionsConfig = { ...options, help: { type: 'boolean', short: 'h' } };
    parsed = parseArgs({
      args: joinHyphenValues(process.argv.slice(2), withHelp),
      options: withHelp,
      allowPositionals: true,
    });
  } catch (error) {
    misuse(usage, (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values['help'] === true) {
    console.error(usage);
    process.exit(0);
  }
  const filesNeeded = files === true || (files === 'or --url' && values['url'] === undefined);
  if (filesNeeded && positionals.length === 0) misuse(usage, null);
  if (files === false && positionals.length > 0)
    misuse(usage, `Unexpected argument "${positionals[0]}": this command takes no files.`);
  return { values: values as Parsed<O>['values'], positionals, misuse: (message) => misuse(usage, message) };
}

type Misuse = Pick<CommandLine<ParseArgsOptionsConfig>, 'misuse'>;

/** An --instrument id of the model, or a misuse naming it and the known ones. */
export function instrumentOption(cli: Misuse, id: string | undefined): string | undefined {
  if (id !== undefined && !instruments.some((instrument) => instrument.id === id)) {
    cli.misuse(`--instrument "${id}" is not one of: ${instruments.map((i) => i.id).join(', ')}`);
  }
  return id;
}

/** A --version of the --instrument given with it, or a misuse naming the versions this release reads. */
export function versionOption(cli: Misuse, version: string | undefined, instrument: string | undefined): string | null {
  if (version === undefined) return null;
  if (instrument === undefined)
    cli.misuse('--version picks a version of one instrument: name it with --instrument too.');
  const versions = versionsOf(instrument, model).map((v) => v.version);
  if (!versions.includes(version))
    cli.misuse(`--version "${version}" is not a version of ${instrument}: ${versions.join(', ')}`);
  return version;
}

/**
 * --url and its read token (--token, or COLLECTOR_TOKEN so it stays out of the process list): a collector to
 * read responses from, or a misuse naming what is wrong. The token itself is never printed.
 */
export function collectorOption(
  cli: Misuse,
  url: string | undefined,
  token: string | undefined,
): CollectorSource | undefined {
  if (url === undefined) {
    if (token !== undefined) cli.misuse('--token is the read token of a collector: give its address with --url too.');
    return undefined;
  }
  const source = { url, token: token || process.env['COLLECTOR_TOKEN'] || '' };
  if (source.token.trim() === '')
    cli.misuse("--url needs the collector's read token: pass --token or set COLLECTOR_TOKEN.");
  try {
    collectorExportUrl(source);
  } catch (error) {
    cli.misuse(`--url: ${(error as Error).message}`);
  }
  return source;
}

const statOf = (path: string): Stats | undefined => statSync(path, { throwIfNoEntry: false });

/** An --out file: not a folder, and in a folder that exists. */
export function outFileOption(cli: Misuse, path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  if (statOf(path)?.isDirectory()) cli.misuse(`--out "${path}" is a folder; give the path of the CSV file to write.`);
  const folder = dirname(resolve(path));
  if (!statOf(folder)?.isDirectory()) cli.misuse(`--out "${path}": the folder ${folder} does not exist.`);
  return path;
}

/** An --out folder: a folder, or a path where one can be made (nothing on the way is a file). */
export function outFolderOption(cli: Misuse, path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  for (let at = resolve(path); ; at = dirname(at)) {
    const stats = statOf(at);
    if (stats && !stats.isDirectory()) cli.misuse(`--out "${path}" must be a folder, but ${at} is a file.`);
    if (stats || dirname(at) === at) return path;
  }
}
