/**
 * npm run session -- create --url <collector> --instrument <id> --community <name> [--min N] [--site <origin>] [--language <code>]
 * npm run session -- close|delete|token --url <collector> --session <code> --facilitator-token <token>
 *
 * Team sessions from the command line: `create` (with the read token, from --token or COLLECTOR_TOKEN) prints the
 * link to share with the team and the facilitator's private link; `close` stops new responses; `token` replaces
 * the facilitator token (the old link stops working); `delete` removes the session and its responses.
 */
import { commandLine, escapeControl, instrumentOption } from '../scripts/cli.ts';
import { pathIn, paths } from '../src/components/paths.ts';
import { LANGUAGE_NAMES, SITE_LANGUAGES, type Language } from '../src/instruments/languages.ts';
import { modelIn } from '../src/instruments/source-model.ts';
import { FACILITATOR_TOKEN, SESSION_CODE } from '../src/instruments/team-session.ts';

const usage =
  `Usage: npm run session -- create --url <collector> [--token T | COLLECTOR_TOKEN=T] --instrument <id> --community <name> [--min N] [--site <origin>] [--language ${SITE_LANGUAGES.join('|')}]` +
  ' | close|delete|token --url <collector> --session <code> [--facilitator-token T | FACILITATOR_TOKEN=T] (token: [--site <origin>] [--language L])';

const COMMANDS = ['create', 'close', 'delete', 'token'] as const;
type Command = (typeof COMMANDS)[number];

// The command comes first; without one, say so on one line before the usage, as for any other misuse.
const first = process.argv[2];
if (first === undefined || (first.startsWith('-') && first !== '-h' && first !== '--help')) {
  console.error(`Name a command first: ${COMMANDS.join(', ')}.`);
  console.error(usage);
  process.exit(2);
}

const cli = commandLine(
  usage,
  {
    url: { type: 'string' },
    token: { type: 'string' },
    instrument: { type: 'string' },
    community: { type: 'string' },
    min: { type: 'string' },
    site: { type: 'string' },
    language: { type: 'string' },
    session: { type: 'string' },
    'facilitator-token': { type: 'string' },
  },
  { files: true },
);
const { values, positionals } = cli;
const command = positionals[0] as Command;
if (!COMMANDS.includes(command)) cli.misuse(`"${command}" is not a command: ${COMMANDS.join(', ')}.`);
if (positionals.length > 1) cli.misuse(`Unexpected argument "${positionals[1]}".`);

const allowed: Record<Command, readonly string[]> = {
  create: ['url', 'token', 'instrument', 'community', 'min', 'site', 'language'],
  close: ['url', 'session', 'facilitator-token'],
  delete: ['url', 'session', 'facilitator-token'],
  token: ['url', 'session', 'facilitator-token', 'site', 'language'],
};
const stray = Object.keys(values).find((name) => name !== 'help' && !allowed[command].includes(name));
if (stray !== undefined) cli.misuse(`--${stray} is not an option of "${command}".`);

/** An http(s) address: its origin and any path, without a trailing slash. */
function base(name: string, value: string): string {
  const url = URL.parse(value) ?? cli.misuse(`--${name} "${value}" is not a URL, e.g. http://127.0.0.1:4321.`);
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search !== '' || url.hash !== '')
    cli.misuse(`--${name} "${value}" must be an http(s) address without a query, e.g. https://survey.example.org.`);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

const collector = base(
  'url',
  values.url ?? cli.misuse("--url is missing: the collector's address, e.g. http://127.0.0.1:4321."),
);
/** Where the site is served: --site, else the collector's own origin (`npm start` serves both). */
const site = values.site === undefined ? new URL(collector).origin : base('site', values.site);

/** The links' language: the survey's for the team, and the team view's, where the facilitator reads its summary. */
const language = (values.language ?? 'en') as Language;
if (!SITE_LANGUAGES.includes(language))
  cli.misuse(`--language "${values.language}" is not one of the site's languages: ${SITE_LANGUAGES.join(', ')}.`);
const teamView = (session: string, token: string) => `${site}${pathIn(language, paths.teamView(session, token))}`;

/** Sends one request; on a refusal or no answer, says why and exits with 1. */
async function call(path: string, init: RequestInit): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetch(`${collector}${path}`, init);
  } catch (error) {
    console.error(`Cannot reach the collector at ${collector}: ${(error as Error).cause ?? (error as Error).message}`);
    process.exit(1);
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    const reason = typeof body['error'] === 'string' ? body['error'] : response.statusText;
    console.error(escapeControl(`The collector answered ${response.status}: ${reason}`));
    process.exit(1);
  }
  return body;
}

if (command === 'create') {
  const token =
    values.token ||
    process.env['COLLECTOR_TOKEN'] ||
    cli.misuse('The read token is missing: pass --token or set COLLECTOR_TOKEN.');
  const instrument =
    instrumentOption(cli, values.instrument) ?? cli.misuse('--instrument is missing: the instrument the team answers.');
  const community = values.community ?? cli.misuse('--community is missing: the name of the team’s community.');
  if (!modelIn(language).instruments.some((offered) => offered.id === instrument))
    cli.misuse(`--instrument "${instrument}" is not offered in ${LANGUAGE_NAMES[language]}: leave out --language.`);
  let minResponses: number | undefined;
  if (values.min !== undefined) {
    if (!/^\d+$/.test(values.min)) cli.misuse(`--min "${values.min}" must be a whole number, e.g. 5.`);
    minResponses = Number(values.min);
  }
  const created = await call('/api/sessions', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ instrument, community, ...(minResponses === undefined ? {} : { minResponses }) }),
  });
  const session = String(created['session']);
  const facilitatorToken = String(created['facilitatorToken']);
  const query = new URLSearchParams({ community: String(created['community']), session });
  console.log(
    escapeControl(
      `Team session ${session} for ${instrument}, community "${String(created['community'])}": the team view shows results from ${String(created['minResponses'])} responses.`,
    ),
  );
  console.log('Respondent link (share it with the team):');
  console.log(`  ${site}${pathIn(language, paths.instrument(instrument))}?${query.toString()}`);
  console.log(
    'Facilitator link (keep it private: whoever holds it can read the summary, close the session and delete it):',
  );
  console.log(`  ${teamView(session, facilitatorToken)}`);
  console.error(
    'Warning: the facilitator link is shown only now and is not stored anywhere; keep it private. `npm run session -- token` replaces it.',
  );
} else {
  const session = values.session ?? cli.misuse('--session is missing: the session code from the links.');
  if (!SESSION_CODE.test(session))
    cli.misuse(`--session "${session}" is not a session code (22 letters, digits, - or _).`);
  const token =
    values['facilitator-token'] ||
    process.env['FACILITATOR_TOKEN'] ||
    cli.misuse('The facilitator token is missing: pass --facilitator-token or set FACILITATOR_TOKEN.');
  if (!FACILITATOR_TOKEN.test(token)) cli.misuse('The facilitator token is not one (43 letters, digits, - or _).');
  const authorization = { authorization: `Bearer ${token}` };
  if (command === 'close') {
    const closed = await call(`/api/sessions/${session}/close`, { method: 'POST', headers: authorization });
    console.log(`Closed team session ${session} at ${String(closed['closedAt'])}: no new responses are accepted.`);
  } else if (command === 'token') {
    const replaced = await call(`/api/sessions/${session}/token`, { method: 'POST', headers: authorization });
    console.log(`Replaced the facilitator token of ${session}; the old one no longer works. New facilitator link:`);
    console.log(`  ${teamView(session, String(replaced['facilitatorToken']))}`);
  } else {
    const deleted = await call(`/api/sessions/${session}`, { method: 'DELETE', headers: authorization });
    console.log(`Deleted team session ${session} and ${String(deleted['responses'])} response(s) given in it.`);
  }
}
