import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ESSAYS = 'src/content/essays';

/** Attributes through which an element loads something into the page (a link's href only navigates). */
const LOADING_ATTRIBUTES = new Set(['src', 'srcset', 'href', 'poster', 'data', 'action', 'formaction', 'background']);
const NAVIGATING_ELEMENTS = new Set(['a', 'area']);
const EXTERNAL = /(?:^|[\s"'`{,])(?:https?:)?\/\//i;

/** Frontmatter, code and comments, blanked to spaces so nothing in them is checked and lines still count. */
const NOT_MARKUP = [
  /^---\n[\s\S]*?\n---\n/,
  /^(```|~~~)[\s\S]*?^\1/gm,
  /`[^`\n]+`/g,
  /\{\/\*[\s\S]*?\*\/\}/g,
  /<!--[\s\S]*?-->/g,
];
const TAG = /<([A-Za-z][\w.:-]*)((?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^}]*\})*)>/g;
const ATTRIBUTE = /(?:^|\s)([\w:-]+)\s*=\s*("[^"]*"|'[^']*'|\{[^}]*\})/g;
const MARKDOWN_IMAGE = /!\[[^\]]*\]\(\s*<?((?:https?:)?\/\/[^\s)>]+)/gi;
/**
 * Every problem below needs one of these in the source (a script or style element, a style attribute, an
 * address of another site). Most essays have none, and scanning each in full cost a build of 1,000 essays a
 * tenth of a second before anything else could start.
 */
const MAY_HAVE_PROBLEMS = /script|style|\/\//i;

/**
 * What in an essay's MDX source the site's CSP would block or that would load from another site, as
 * `file:line: problem` messages. Essays are trusted text, but a pasted embed should fail the build with its
 * place named, not fail silently in a reader's browser (or, were the policy loosened, call a third party).
 */
export function essayProblems(source: string, file: string): string[] {
  if (!MAY_HAVE_PROBLEMS.test(source)) return [];
  const text = NOT_MARKUP.reduce(
    (blanked, pattern) => blanked.replace(pattern, (match) => match.replace(/[^\n]/g, ' ')),
    source,
  );
  const problems: { index: number; problem: string }[] = [];
  for (const tag of text.matchAll(TAG)) {
    const name = tag[1]!.toLowerCase();
    if (name === 'script' || name === 'style')
      problems.push({
        index: tag.index,
        problem: `a <${name}> element: essays carry no scripts or styles of their own`,
      });
    for (const { 0: match, 1: attribute, 2: value, index } of tag[2]!.matchAll(ATTRIBUTE)) {
      // Where the attribute itself is, for a tag spread over several lines.
      const at = tag.index + 1 + tag[1]!.length + index + match.search(/\S/);
      const key = attribute!.toLowerCase();
      if (key === 'style')
        problems.push({
          index: at,
          problem: `a style attribute on <${tag[1]}>: use a class from the site's stylesheet`,
        });
      else if (LOADING_ATTRIBUTES.has(key) && !NAVIGATING_ELEMENTS.has(name) && EXTERNAL.test(value!))
        problems.push({
          index: at,
          problem: `<${tag[1]} ${attribute}=…> loads from another site: put the file in public/ and link it from there`,
        });
    }
  }
  for (const image of text.matchAll(MARKDOWN_IMAGE)) {
    problems.push({
      index: image.index,
      problem: `an image from another site (${image[1]}): put the file in public/ and link it from there`,
    });
  }
  return problems
    .sort((a, b) => a.index - b.index)
    .map(({ index, problem }) => `${file}:${source.slice(0, index).split('\n').length}: ${problem}`);
}

/** Stops the build (and the dev server's start) when an essay has anything `essayProblems` reports. */
export default function essayCheck(): AstroIntegration {
  return {
    name: 'cultivate:essay-check',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const root = fileURLToPath(config.root);
        const dir = join(root, ESSAYS);
        const problems = readdirSync(dir)
          .filter((name) => name.endsWith('.mdx'))
          .flatMap((name) => essayProblems(readFileSync(join(dir, name), 'utf8'), relative(root, join(dir, name))));
        if (problems.length > 0)
          throw new Error(`Essays may not load scripts, styles or other sites' files:\n${problems.join('\n')}`);
      },
    },
  };
}
