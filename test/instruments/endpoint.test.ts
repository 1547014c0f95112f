import { describe, expect, it } from 'vitest';
import { endpointOrigin, endpointProblem, endpointSource, sessionsBase } from '../../src/instruments/endpoint.ts';

describe('where responses may be posted', () => {
  it.each([
    '/api/responses',
    'https://data.example.org/cultivate/responses',
    'http://localhost:4321/api/responses',
    'http://127.0.0.1:4398/responses',
    'http://[::1]:8080/r',
  ])('accepts %j', (endpoint) => expect(endpointProblem(endpoint)).toBeNull());

  it.each([
    ['http://data.example.org/responses', /https:\/\//],
    ['https://user:pass@data.example.org/r', /user name or password/],
    ['https://data.example.org/a b', /whitespace/],
    ['/api/responses\n', /whitespace/],
    ['//evil.example/r', /not an https:\/\/ URL/],
    ['javascript:alert(1)', /not an https:\/\/ URL/],
    ['data:text/plain,responses', /not an https:\/\/ URL/],
    ['ftp://data.example.org/responses', /not an https:\/\/ URL/],
    [' https://data.example.org/responses', /whitespace/],
    ['https://%zz/x', /not an https:\/\/ URL/],
    ['api/responses', /not an https:\/\/ URL/],
    ['', /empty/],
  ])('refuses %j', (endpoint, message) => expect(endpointProblem(endpoint)).toMatch(message));

  it('gives the origin of a URL, and none for a path on the site itself', () => {
    expect(endpointOrigin('https://data.example.org/cultivate/responses')).toBe('https://data.example.org');
    expect(endpointOrigin('/api/responses')).toBeNull();
  });

  it('gives the CSP source of the exact address, and none for a path on the site itself', () => {
    expect(endpointSource('https://data.example.org/cultivate/responses')).toBe(
      'https://data.example.org/cultivate/responses',
    );
    expect(endpointSource('http://127.0.0.1:4398/responses?form=a')).toBe('http://127.0.0.1:4398/responses');
    expect(endpointSource('/api/responses')).toBeNull();
  });

  it('percent-encodes what the CSP path grammar lacks, so the source stays one valid expression', () => {
    expect(endpointSource('https://data.example.org/r;v=1,2/[x]')).toBe('https://data.example.org/r%3Bv=1%2C2/%5Bx%5D');
  });
});

describe('where a collector keeps its team sessions', () => {
  it.each([
    ['/api/responses', '/api/sessions'],
    ['/api/responses/', '/api/sessions'],
    ['/responses', '/sessions'],
    ['https://data.example.org/cultivate/responses', 'https://data.example.org/cultivate/sessions'],
    ['https://data.example.org/responses?form=a#x', 'https://data.example.org/sessions'],
    ['http://127.0.0.1:4398/responses', 'http://127.0.0.1:4398/sessions'],
  ])('%j → %j', (endpoint, base) => expect(sessionsBase(endpoint)).toBe(base));

  it.each([
    undefined,
    '',
    '/api/answers',
    '/api/my-responses',
    'https://script.google.com/macros/s/abc/exec',
    'https://data.example.org/',
    'http://data.example.org/responses',
    '//evil.example/responses',
  ])('none for %j: no collector there', (endpoint) => expect(sessionsBase(endpoint)).toBeNull());
});
