import { useEffect, useState } from 'react';
import type { Language } from '../../instruments/languages.ts';

/**
 * SurveyJS's own texts in each site language but English (its default): each locale module registers itself
 * with survey-core when imported. A dynamic import, so a page downloads only its own language's locale.
 */
const LOCALES: Readonly<Record<Exclude<Language, 'en'>, () => Promise<unknown>>> = {
  es: () => import('survey-core/i18n/spanish'),
};

/** Whether SurveyJS can speak `language` yet; the locale starts loading when the island mounts, before Start. */
export function useSurveyLocale(language: Language): boolean {
  const [loaded, setLoaded] = useState<Language | null>(language === 'en' ? 'en' : null);
  useEffect(() => {
    if (language === 'en') return;
    let current = true;
    // A locale that fails to download leaves SurveyJS's buttons in English rather than the survey unanswerable.
    const settle = () => {
      if (current) setLoaded(language);
    };
    void LOCALES[language]().then(settle, settle);
    return () => {
      current = false;
    };
  }, [language]);
  return loaded === language;
}
