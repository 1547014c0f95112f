// survey-core ships its locale modules without type declarations; each registers its strings when imported.
declare module 'survey-core/i18n/spanish' {
  export const spanishSurveyStrings: Readonly<Record<string, string>>;
}
