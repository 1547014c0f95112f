/**
 * Build time per page at scale: this site with ~1,000 essays beside a bare Astro site that renders the same
 * MDX bodies from a content collection through one route and indexes them with Pagefind. The ratio is what
 * the site adds per page; a figure for the closing notes, never an assertion.
 *
 *   node scripts/bench/build-per-page.ts [--essays 1000] [--runs 3] [--keep]
 *
 * Both sites are built in temp directories, one after another, each build holding the shared build lock so
 * other builds on the machine neither disturb the timing nor are disturbed by it. Every build starts cold
 * (no content-layer or Vite cache). ms per page is the whole `astro build` (Pagefind included) divided by
 * the HTML pages it wrote. Figures go to bench-results/build-per-page.json.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const essaysDir = join(root, 'src/content/essays');
const astro = join(root, 'node_modules/.bin/astro');
const LOCK = '/tmp/cultivate-build.lock';

/**
 * Internal: `--timed-build DIR`, run by this script under flock, builds the site in DIR and prints the wall and
 * CPU time the build took, so the wait for the lock is not counted. Handled before anything of the project is
 * loaded, so a build already copied is timed even while the project's own sources are being edited.
 */
const timedBuild = process.argv.indexOf('--timed-build');
if (timedBuild !== -1) {
  const site = process.argv[timedBuild + 1]!;
  const start = performance.now();
  // The astro binary runs on whichever `node` is first on PATH; Astro 7 needs the project's Node 24.
  const env = { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env['PATH']}` };
  // To a file: at 1,000 essays Vite's warnings overflow a pipe buffer.
  const log = join(site, 'build.log');
  const output = openSync(log, 'w');
  const result = spawnSync(astro, ['build'], { cwd: site, stdio: ['ignore', output, output], env });
  if (result.status !== 0) {
    process.stderr.write(readFileSync(log, 'utf8').split('\n').slice(-40).join('\n'));
    process.exit(1);
  }
  // CPU time of the build and everything it waited for (Vite's workers, Pagefind's binary): Linux's
  // cutime and cstime, in clock ticks. It moves far less than wall time when the machine is shared.
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const [cutime, cstime] = stat
    .slice(stat.lastIndexOf(')') + 2)
    .split(' ')
    .slice(13, 15)
    .map(Number);
  process.stdout.write(JSON.stringify({ ms: performance.now() - start, cpuMs: (cutime! + cstime!) * 10 }));
  process.exit(0);
}

// Loaded only now: it imports the project's instrument model.
const { commandLine } = await import('../cli.ts');
const cli = commandLine('Usage: node scripts/bench/build-per-page.ts [--essays N] [--runs N] [--keep]', {
  essays: { type: 'string', default: '1000' },
  runs: { type: 'string', default: '3' },
  // Leave the built sites in place (the path is printed), e.g. to profile one of them.
  keep: { type: 'boolean', default: false },
});
const { values } = cli;

const essayCount = Number(values.essays);
const runs = Number(values.runs);
if (!Number.isInteger(essayCount) || essayCount < 1)
  cli.misuse(`--essays must be a whole number of at least 1, not "${values.essays}".`);
if (!Number.isInteger(runs) || runs < 1)
  cli.misuse(`--runs must be a whole number of at least 1, not "${values.runs}".`);

const scratch = mkdtempSync(join(tmpdir(), 'cultivate-build-per-page-'));

/**
 * The project's packages, linked one by one rather than as one folder, so each site keeps its own
 * `node_modules/.astro` and `.vite` caches (Astro's content store lives there).
 */
function linkPackages(site: string) {
  mkdirSync(join(site, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite') continue;
    symlinkSync(join(root, 'node_modules', entry), join(site, 'node_modules', entry));
  }
}

/**
 * `count` essays: the real ones under their own names, then copies of them with new slugs, titles and
 * orders, so every copy is valid frontmatter and the reading order stays unambiguous.
 */
function writeEssays(target: string, count: number) {
  mkdirSync(target, { recursive: true });
  const sources = readdirSync(essaysDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  for (let i = 0; i < count; i++) {
    const name = sources[i % sources.length]!;
    const copy = Math.floor(i / sources.length);
    const text = readFileSync(join(essaysDir, name), 'utf8');
    const slug = name.replace(/\.mdx$/, copy === 0 ? '' : `-${copy}`);
    const renamed =
      copy === 0
        ? text
        : text
            .replace(/^title: "(.*)"$/m, `title: "$1 (copy ${copy})"`)
            .replace(/^order: (\d+)$/m, (_, order: string) => `order: ${copy * sources.length + Number(order)}`);
    writeFileSync(join(target, `${slug}.mdx`), renamed);
  }
}

function ourSite(count: number) {
  const site = join(scratch, `cultivate-${count}`);
  mkdirSync(site);
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, entry), join(site, entry), { recursive: true });
  }
  rmSync(join(site, 'src/content/essays'), { recursive: true });
  writeEssays(join(site, 'src/content/essays'), count);
  linkPackages(site);
  return site;
}

/** Stand-ins for the essays' MDX components: same names and props, trivial output. */
const standIns = {
  'Cite.astro': `---\nconst { id } = Astro.props;\n---\n<span class="cite">(<a href={\`#ref-\${id}\`}>{id}</a>)</span>\n`,
  'Construct.astro': `---\nconst { id } = Astro.props;\n---\n<a href={\`/framework/\${id}/\`}><slot>{id}</slot></a>\n`,
  'Stage.astro': `---\nconst { id } = Astro.props;\n---\n<a href={\`/framework/#stage-\${id}\`}><slot>{id}</slot></a>\n`,
};

function bareSite(count: number) {
  const site = join(scratch, `bare-${count}`);
  writeEssays(join(site, 'src/content/essays'), count);
  mkdirSync(join(site, 'src/components'));
  for (const [name, source] of Object.entries(standIns)) writeFileSync(join(site, 'src/components', name), source);
  mkdirSync(join(site, 'src/pages'));
  writeFileSync(
    join(site, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { essays: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './src/content/essays' }) }) };
`,
  );
  writeFileSync(
    join(site, 'src/pages/[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
import Cite from '../components/Cite.astro';
import Construct from '../components/Construct.astro';
import Stage from '../components/Stage.astro';
export async function getStaticPaths() {
  return (await getCollection('essays')).map((essay) => ({ params: { slug: essay.id }, props: { essay } }));
}
const { essay } = Astro.props;
const { Content } = await render(essay);
---
<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>{essay.data.title}</title></head>
<body><main><h1>{essay.data.title}</h1><Content components={{ Cite, Construct, Stage }} /></main></body></html>
`,
  );
  writeFileSync(
    join(site, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
const search = {
  name: 'pagefind',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const site = fileURLToPath(dir);
      const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
      await index.addDirectory({ path: site });
      await index.writeFiles({ outputPath: site + 'pagefind' });
      await pagefind.close();
    },
  },
};
export default defineConfig({ site: 'https://bare.example.org', integrations: [mdx(), search], markdown: { syntaxHighlight: false } });
`,
  );
  writeFileSync(join(site, 'package.json'), JSON.stringify({ name: 'bare', private: true, type: 'module' }));
  linkPackages(site);
  return site;
}

function htmlPages(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter(
    (entry) => entry.isFile() && entry.name.endsWith('.html'),
  ).length;
}

/** One cold build under the shared lock: wall and CPU milliseconds, not counting the wait for the lock. */
function build(site: string): { ms: number; cpuMs: number } {
  for (const cache of ['node_modules/.astro', 'node_modules/.vite', '.astro', 'dist'])
    rmSync(join(site, cache), { recursive: true, force: true });
  const result = spawnSync(
    'flock',
    [LOCK, process.execPath, new URL(import.meta.url).pathname, '--timed-build', site],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`astro build failed in ${site}:\n${result.stderr}`);
  return JSON.parse(result.stdout);
}

/**
 * Both sites are written before any build starts (so editing the project meanwhile cannot leak into the
 * figures), then built alternately `runs` times, so a busy spell on the shared machine hits both alike.
 * Each figure is the fastest run: other work on the machine only ever adds time.
 */
function compare(count: number) {
  const sites = { ours: ourSite(count), bare: bareSite(count) };
  return () => {
    const times: Record<keyof typeof sites, { ms: number; cpuMs: number }[]> = { ours: [], bare: [] };
    for (let run = 0; run < runs; run++) {
      for (const name of ['ours', 'bare'] as const) {
        const time = build(sites[name]);
        times[name].push(time);
        console.log(
          `${count} essays, run ${run + 1} of ${runs}, ${name}: ${Math.round(time.ms)} ms (CPU ${time.cpuMs} ms)`,
        );
      }
    }
    const figures = (name: keyof typeof sites) => {
      const ms = Math.min(...times[name].map((time) => time.ms));
      const cpuMs = Math.min(...times[name].map((time) => time.cpuMs));
      const pages = htmlPages(join(sites[name], 'dist'));
      return {
        pages,
        msPerPage: +(ms / pages).toFixed(2),
        cpuMsPerPage: +(cpuMs / pages).toFixed(2),
        runs: times[name].map((time) => ({ ms: Math.round(time.ms), cpuMs: time.cpuMs })),
      };
    };
    const ours = figures('ours');
    const bare = figures('bare');
    return {
      essays: count,
      ours,
      bare,
      ratio: +(ours.msPerPage / bare.msPerPage).toFixed(2),
      cpuRatio: +(ours.cpuMsPerPage / bare.cpuMsPerPage).toFixed(2),
    };
  };
}

try {
  const comparisons = [
    compare(essayCount),
    compare(readdirSync(essaysDir).filter((name) => name.endsWith('.mdx')).length),
  ];
  const results = comparisons.map((run) => run());
  console.table(
    results.map(({ essays, ours, bare, ratio, cpuRatio }) => ({
      essays,
      'ours: pages': ours.pages,
      'ours: ms/page': ours.msPerPage,
      'bare: pages': bare.pages,
      'bare: ms/page': bare.msPerPage,
      'ratio per page': ratio,
      'CPU ratio per page': cpuRatio,
    })),
  );
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results/build-per-page.json'), JSON.stringify({ runs, results }, null, 2));
} finally {
  if (values.keep) console.log(`Sites kept in ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}
