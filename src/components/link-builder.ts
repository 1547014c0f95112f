/**
 * The <link-builder> element: one link with a copy button and a QR code, (through LinkBatch) many personal
 * links, and (through LinkSession) a team session's links. The logic is in instruments/links.ts; this file reads the form and puts the results in place.
 */
import { fill } from '../i18n/catalogue.ts';
import type { Language } from '../instruments/languages.ts';
import {
  defaultSurveyLanguage,
  fileName,
  formValues,
  linkFor,
  type InstrumentChoice,
  type LinkWords,
} from '../instruments/links.ts';
import type { LinkParameter } from '../instruments/types.ts';
import { el, part, radioOption } from './dom.ts';
import { LinkBatch } from './link-batch.ts';
import { LinkSession } from './link-session.ts';
import { SharedLink } from './shared-link.ts';

/** The builder's words, which the component renders in the page's language. */
export function linkWordsOf(root: HTMLElement): LinkWords {
  return {
    language: (root.dataset['language'] ?? 'en') as Language,
    messages: JSON.parse(root.dataset['messages'] ?? '{}') as LinkWords['messages'],
  };
}

function parameterField(parameter: LinkParameter, value: string, { messages }: LinkWords): HTMLElement {
  const id = `lb-field-${parameter.name}`;
  const label = Object.assign(el('label', parameter.label), { htmlFor: id });
  const hint = el(
    'p',
    fill(messages.parameterHint, { description: parameter.description, maxLength: parameter.maxLength }),
    'field__hint',
  );
  hint.id = `${id}-hint`;
  const input = Object.assign(el('input'), {
    type: 'text',
    id,
    name: parameter.name,
    autocomplete: 'off',
    spellcheck: false,
    value,
  });
  input.setAttribute('aria-describedby', hint.id);
  const error = Object.assign(el('p', null, 'field__error'), { id: `${id}-error`, hidden: true });
  const field = el('div', null, 'field');
  field.append(label, hint, input, error);
  return field;
}

class LinkBuilder extends HTMLElement {
  #instruments = JSON.parse(this.dataset['instruments'] ?? '[]') as InstrumentChoice[];
  #words = linkWordsOf(this);
  #form = part<HTMLFormElement>(this, 'form');
  #languages = part(this, 'languages');
  #fields = part(this, 'fields');
  #link = new SharedLink(this, '', this.#words, () =>
    fileName([this.#instrument().id, ...Object.values(this.#values().values)]),
  );
  /** What was typed in each field, by parameter name, so switching instruments keeps it. */
  #typed = new Map<string, string>();
  #batch = new LinkBatch(
    this,
    () => ({ instrument: this.#instrument(), language: this.#language(), form: this.#values() }),
    this.#words,
  );

  connectedCallback() {
    this.#form.addEventListener('submit', (event) => event.preventDefault());
    this.#form.addEventListener('change', (event) => {
      const { name } = event.target as HTMLInputElement;
      if (name === 'instrument') this.#renderFields();
      else if (name === 'language') this.#update();
    });
    this.#fields.addEventListener('input', (event) => {
      const input = event.target as HTMLInputElement;
      this.#typed.set(input.name, input.value);
      this.#update();
    });
    new LinkSession(this, this.#instruments, this.#words);
    this.#renderFields();
  }

  #instrument(): InstrumentChoice {
    const chosen = this.#form.querySelector<HTMLInputElement>('input[name="instrument"]:checked')?.value;
    return this.#instruments.find((instrument) => instrument.id === chosen) ?? this.#instruments[0]!;
  }

  /** The chosen survey language, which the instrument is always offered in (#renderFields offers only those). */
  #language(): Language {
    const chosen = this.#languages.querySelector<HTMLInputElement>('input:checked')?.value as Language | undefined;
    return chosen ?? defaultSurveyLanguage(this.#instrument(), this.#words.language);
  }

  #values() {
    return formValues(this.#instrument().parameters, this.#typed, this.#words);
  }

  /** The chosen instrument's languages, keeping the one chosen before when it is offered, and its fields. */
  #renderFields() {
    const instrument = this.#instrument();
    const previous = this.#languages.querySelector<HTMLInputElement>('input:checked')?.value;
    const checked = defaultSurveyLanguage(instrument, this.#words.language, previous);
    // Each language named in itself, and marked so a screen reader says it in that language.
    this.#languages.replaceChildren(
      ...instrument.pages.map(({ language, name }) =>
        radioOption('language', language, Object.assign(el('span', name), { lang: language }), language === checked),
      ),
    );
    this.#fields.replaceChildren(
      ...instrument.parameters.map((parameter) =>
        parameterField(parameter, this.#typed.get(parameter.name) ?? '', this.#words),
      ),
    );
    this.#batch.renderChoices(instrument);
    this.#update();
  }

  #update() {
    const { values, problems } = this.#values();
    for (const input of this.#fields.querySelectorAll<HTMLInputElement>('input')) {
      const error = this.#fields.querySelector<HTMLElement>(`#${input.id}-error`)!;
      const problem = problems.get(input.name);
      error.textContent = problem ?? '';
      error.hidden = !problem;
      if (problem) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
      input.setAttribute('aria-describedby', problem ? `${input.id}-hint ${error.id}` : `${input.id}-hint`);
    }
    part(this, 'left-out').hidden = problems.size === 0;
    this.#link.show(linkFor(location.origin, this.#instrument(), this.#language(), values));
    this.#batch.update();
  }
}

customElements.define('link-builder', LinkBuilder);
