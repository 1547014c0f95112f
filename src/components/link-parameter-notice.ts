/**
 * The <link-parameter-notice> element: shows the link's parameters as text before the respondent starts, in the
 * words the page rendered into its data attributes; nothing from the URL becomes markup.
 */
import { fill } from '../i18n/catalogue.ts';
import type { Language } from '../instruments/languages.ts';
import {
  checkLinkParameters,
  checkSessionParameter,
  valueProblemText,
  type ValueProblemWords,
} from '../instruments/link-parameters.ts';
import type { LinkParameter } from '../instruments/types.ts';
import { el } from './dom.ts';

class LinkParameterNotice extends HTMLElement {
  connectedCallback() {
    const parameters = JSON.parse(this.dataset['parameters'] ?? '[]') as LinkParameter[];
    const { problem: problemMessage = '', sessionLabel = '' } = this.dataset;
    const language = (this.dataset['language'] ?? 'en') as Language;
    const words = JSON.parse(this.dataset['problemWords'] ?? '{}') as ValueProblemWords;
    const query = new URLSearchParams(location.search);
    const { values, problems } = checkLinkParameters(parameters, query);
    // The team session code is no instrument parameter, but a bad one is reported the same way (and not sent).
    const session = checkSessionParameter(query).problem;
    if (session) problems.push({ ...session, label: sessionLabel });
    const valid = this.querySelector<HTMLElement>('[data-valid]')!;
    const list = valid.querySelector('dl')!;
    for (const parameter of parameters) {
      const value = values[parameter.name];
      if (value === undefined) continue;
      list.append(el('dt', parameter.label), el('dd', value));
    }
    valid.hidden = list.childElementCount === 0;

    const invalid = this.querySelector<HTMLElement>('[data-problems]')!;
    invalid.querySelector('ul')!.append(
      ...problems.map((problem) =>
        el(
          'li',
          fill(problemMessage, {
            label: problem.label,
            name: problem.name,
            reason: valueProblemText(problem.problem, words, language),
          }),
        ),
      ),
    );
    invalid.hidden = problems.length === 0;
  }
}

customElements.define('link-parameter-notice', LinkParameterNotice);
