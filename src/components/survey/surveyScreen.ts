/**
 * What the rest of the instrument page shows around the island. While the respondent answers (or is asked
 * whether to continue a draft) the survey owns the screen: the introduction, consent and study block fold
 * into one line that can be reopened, and the site header condenses (BaseLayout's CSS reads the same
 * attribute). The report brings both back: its links lead to the study information and the rest of the site.
 * A team session that will not count the answers (`refused`) folds the introduction too, so the message
 * saying so stands under the title rather than at the foot of a long page; the header stays as it is.
 */
export type SurveyScreen = 'start' | 'answering' | 'resume' | 'report' | 'refused';

const intro = () => document.querySelector<HTMLDetailsElement>('details[data-survey-intro]');

export function showSurveyScreen(screen: SurveyScreen): void {
  const root = document.documentElement;
  if (screen === 'start') delete root.dataset['survey'];
  else root.dataset['survey'] = screen;
  const details = intro();
  if (details) details.open = screen === 'start' || screen === 'report';
}
