// The baseline for `npm run bench`: a SurveyJS page built the naive way, as SurveyJS's quick start shows.
// React renders everything, so nothing (not even the start button) appears until all the JavaScript has run.
import { useState } from 'react';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import 'survey-core/survey-core.min.css';

export default function NaiveSurvey({ json, title }: { json: object; title: string }) {
  const [model, setModel] = useState<Model | null>(null);
  return model ? (
    <Survey model={model} />
  ) : (
    <div>
      <h1>{title}</h1>
      <button type="button" onClick={() => setModel(new Model(json))}>
        Start the survey
      </button>
    </div>
  );
}
