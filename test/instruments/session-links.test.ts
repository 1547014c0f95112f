import { describe, expect, it } from 'vitest';
import { checkLinkParameters, checkSessionParameter } from '../../src/instruments/link-parameters.ts';
import { pathIn, paths } from '../../src/components/paths.ts';
import { facilitatorLink, instrumentChoice, sessionRespondentLink } from '../../src/instruments/links.ts';
import { distributionParameters } from '../../src/instruments/parameters.ts';
import { FACILITATOR_TOKEN, SESSION_CODE } from '../../src/instruments/team-session.ts';

const ORIGIN = 'https://cultivate.example.org';
const CODE = 'AbCdEfGhIjKlMnOpQr_-09';
const TOKEN = 'T0k3n_-abcdefghijklmnopqrstuvwxyzABCDEFGHIJ';
const instrument = instrumentChoice(
  { id: 'cop-self-assessment', title: 'Self-assessment', languages: ['en', 'es'], parameters: distributionParameters },
  (language) => pathIn(language, paths.instrument('cop-self-assessment')),
);

describe('sessionRespondentLink', () => {
  it('is the instrument page with the community and the session code, as the brief’s example', () => {
    expect(sessionRespondentLink(ORIGIN, instrument, 'en', 'Maths team', CODE)).toBe(
      `${ORIGIN}/instruments/cop-self-assessment/?community=Maths+team&session=${CODE}`,
    );
  });

  it('reads back, on the respondent page, as exactly the community and the code', () => {
    const url = new URL(sessionRespondentLink(ORIGIN, instrument, 'en', "Écoles Nord – Sainte-Anne's", CODE));
    expect(checkLinkParameters(instrument.parameters, url.searchParams)).toEqual({
      values: { community: "Écoles Nord – Sainte-Anne's" },
      problems: [],
    });
    expect(checkSessionParameter(url.searchParams)).toEqual({ session: CODE, problem: null });
  });

  it('opens the survey page in the chosen language, with the same parameters', () => {
    expect(sessionRespondentLink(ORIGIN, instrument, 'es', 'Maths team', CODE)).toBe(
      `${ORIGIN}/es/instruments/cop-self-assessment/?community=Maths+team&session=${CODE}`,
    );
  });

  it('leaves the community out for an instrument whose links carry none', () => {
    const bare = { ...instrument, parameters: [] };
    expect(sessionRespondentLink(ORIGIN, bare, 'en', 'Maths team', CODE)).toBe(
      `${ORIGIN}/instruments/cop-self-assessment/?session=${CODE}`,
    );
  });
});

describe('facilitatorLink', () => {
  it('carries the code and token in the fragment, which no server sees', () => {
    expect(TOKEN).toMatch(FACILITATOR_TOKEN);
    const link = facilitatorLink(ORIGIN, '/team/', CODE, TOKEN);
    expect(link).toBe(`${ORIGIN}/team/#session=${CODE}&token=${TOKEN}`);
    const url = new URL(link);
    expect(url.search).toBe('');
    const fragment = new URLSearchParams(url.hash.slice(1));
    expect(fragment.get('session')).toMatch(SESSION_CODE);
    expect(fragment.get('token')).toBe(TOKEN);
  });
});
