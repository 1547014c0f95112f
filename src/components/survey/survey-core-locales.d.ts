// survey-core ships its locale modules without type declarations; each registers its strings when imported.
declare module 'survey-core/i18n/spanish' {
  export const spanishSurveyStrings: {
    readonly pagePrevText: string;
    readonly pageNextText: string;
    readonly completeText: string;
    readonly requiredError: string;
    readonly [key: string]: string;
  };
}
