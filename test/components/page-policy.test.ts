import { describe, expect, it } from 'vitest';
import { pagePolicy } from '../../src/components/page-policy.ts';

/** The policy as directive name → sources. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split('; ').map((directive) => {
      const [name, ...sources] = directive.split(' ');
      return [name!, sources];
    }),
  );
}

describe("a page's Content Security Policy", () => {
  it('lets a page reach only its own origin when the build sends responses nowhere else', () => {
    const policy = directives(pagePolicy(undefined));
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['connect-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
  });

  it("allows the configured endpoint's exact address, and a path on the site adds nothing", () => {
    expect(directives(pagePolicy('https://collect.example.org/r/responses'))['connect-src']).toEqual([
      "'self'",
      'https://collect.example.org/r/responses',
    ]);
    expect(directives(pagePolicy('/api/responses'))['connect-src']).toEqual(["'self'"]);
  });

  it("adds a page's own sources to their directives only, once each", () => {
    const policy = directives(
      pagePolicy(undefined, { script: ["'wasm-unsafe-eval'"], worker: ['blob:'], connect: ["'self'"] }),
    );
    expect(policy['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy['worker-src']).toEqual(["'self'", 'blob:']);
    expect(policy['connect-src']).toEqual(["'self'"]);
    expect(policy['style-src']).toEqual(["'self'"]);
  });
});
