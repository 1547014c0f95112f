import { Model, SvgRegistry, createBoxShadowReset } from 'survey-core';
import LightTheme from 'survey-core/themes/default-light-panelless';
import DarkTheme from 'survey-core/themes/default-dark-panelless';
import type { SurveyJson } from '../../instruments/generate.ts';
import type { Language } from '../../instruments/languages.ts';

/** The site's accent and type, laid over SurveyJS's own light and dark themes. */
const siteVariables = (dark: boolean) => ({
  '--sjs2-color-project-brand-600': dark ? '#7fd3a8' : '#1f6b4a',
  '--sjs2-color-fg-brand-on-primary': dark ? '#141816' : '#ffffff',
  '--sjs2-color-utility-surface-survey': 'transparent',
  '--sjs2-color-utility-body': 'transparent',
  '--sjs2-typography-font-family-text': 'inherit',
  // SurveyJS's own secondary grey is too faint for WCAG AA on the site's backgrounds.
  '--sjs2-color-fg-basic-primary': dark ? '#e8ece9' : '#1d2421',
  '--sjs2-color-fg-basic-secondary': dark ? '#b3bdb7' : '#4d5752',
});

export function surveyTheme(dark: boolean) {
  const base = dark ? DarkTheme : LightTheme;
  return { ...base, cssVariables: { ...base.cssVariables, ...siteVariables(dark) } };
}

/*
 * Keeping SurveyJS inside the site's Content Security Policy (no inline styles):
 * - its base theme variables come from a static stylesheet (/instruments/survey-base-theme.css) instead
 *   of the <style> elements it would render (`generateStylesheet`);
 * - the box-shadow "reset" variables it would also put there are set through CSSOM below;
 * - its icon sprite, set with innerHTML, loses the one style attribute it has (the timer's, unused here).
 */
for (const [id, svg] of Object.entries(SvgRegistry.icons)) {
  if (svg.includes('style=')) SvgRegistry.icons[id] = svg.replace(/\sstyle="[^"]*"/g, '');
}

const SHADOW_VARIABLES = [
  '--sjs2-border-effect-surface-default',
  '--sjs2-border-effect-surface-focused',
  '--sjs2-border-effect-component-formbox-default',
  '--sjs2-border-effect-component-formbox-focused',
];

function setShadowResets(root: HTMLElement) {
  const computed = getComputedStyle(root);
  for (const name of SHADOW_VARIABLES) {
    const value = computed.getPropertyValue(name).trim();
    if (value) root.style.setProperty(`${name}-reset`, createBoxShadowReset(value));
  }
}

/**
 * The one place instrument JSON becomes a SurveyJS model. `language` is the page's: SurveyJS's own texts
 * (buttons, required-answer errors) come from its locale, which surveyLocale.ts must have loaded first.
 */
export function createSurvey(json: SurveyJson, language: Language, dark: boolean): Model {
  const survey = new Model(json);
  survey.locale = language;
  survey.generateStylesheet = false;
  // A section the screener hides (e.g. coaching, after "No") loses its answers at once, not only on completion:
  // the draft kept on the device must not hold answers the respondent took back by changing the screener.
  survey.clearInvisibleValues = 'onHiddenContainer';
  // The page around the survey already shows the title and audience.
  survey.showTitle = false;
  // The island's own bar shows progress and stays in view while scrolling; SurveyJS's sits inside its own
  // scrolling container, where it cannot stick. (The JSON keeps it for anyone loading the survey elsewhere.)
  survey.showProgressBar = false;
  survey.applyTheme(surveyTheme(dark));
  survey.onAfterRenderSurvey.add((_sender, { htmlElement }) => setShadowResets(htmlElement));
  // Each page is rendered after a button press (Start, Next, Previous, Back) whose button then goes away:
  // keyboard and screen-reader users land on the new page's title instead of at the top of the document,
  // and everyone sees the page from its top (the island's bar, then the title), not from where the last
  // page was scrolled to.
  survey.onAfterRenderPage.add((_sender, { htmlElement }) => {
    const title = htmlElement.querySelector<HTMLElement>('.sd-page__title');
    if (!title) return;
    title.tabIndex = -1;
    title.focus({ preventScroll: true });
    (htmlElement.closest('[data-survey-top]') ?? title).scrollIntoView({ block: 'start', behavior: 'instant' });
  });
  return survey;
}
