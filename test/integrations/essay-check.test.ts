import { describe, expect, it } from 'vitest';
import { essayProblems } from '../../src/integrations/essay-check.ts';

const essay = (body: string) => `---\ntitle: An essay\norder: 1\n---\n${body}`;
/** Line numbers below count the four lines of frontmatter. */
const problems = (body: string) => essayProblems(essay(body), 'src/content/essays/e.mdx');

describe('what an essay may not load', () => {
  it('reports a raw script and a style element, with file and line', () => {
    expect(problems('Text.\n\n<script>alert(1)</script>\n\n<style>p { color: red }</style>\n')).toEqual([
      'src/content/essays/e.mdx:7: a <script> element: essays carry no scripts or styles of their own',
      'src/content/essays/e.mdx:9: a <style> element: essays carry no scripts or styles of their own',
    ]);
  });

  it('reports a style attribute on the line where it is', () => {
    expect(problems('<p\n  class="lead"\n  style="color: red">Text.</p>\n')).toEqual([
      "src/content/essays/e.mdx:7: a style attribute on <p>: use a class from the site's stylesheet",
    ]);
  });

  it.each([
    ['<img src="https://images.example.org/a.png" alt="" />', '<img src=…>'],
    ['<iframe src={"https://video.example.org/embed/1"} title="v" />', '<iframe src=…>'],
    ['<script src="//cdn.example.org/x.js"></script>', '<script src=…>'],
    ['<link rel="stylesheet" href="http://cdn.example.org/x.css" />', '<link href=…>'],
    ['<img srcset="/a.png 1x, https://images.example.org/a2.png 2x" alt="" />', '<img srcset=…>'],
  ])('reports an external source in %s', (markup, what) => {
    expect(problems(`Text.\n\n${markup}\n`).join('\n')).toContain(`e.mdx:7: ${what} loads from another site`);
  });

  it('reports a Markdown image from another site', () => {
    expect(problems('Text.\n\n![A chart](https://images.example.org/chart.png)\n')).toEqual([
      'src/content/essays/e.mdx:7: an image from another site (https://images.example.org/chart.png): put the file in public/ and link it from there',
    ]);
  });

  it('accepts links to other sites, local images, components, and markup quoted as code', () => {
    expect(
      problems(
        [
          'See <a href="https://example.org/paper">the paper</a> and [another](https://example.org/b).',
          '![A chart](/images/chart.png)',
          '<img src="/images/a.png" alt="" />',
          '<Construct id="shared-domain" />',
          'Never paste `<script src="https://x.example">` into an essay.',
          '```html\n<iframe src="https://example.org" style="border:0"></iframe>\n```',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });
});
