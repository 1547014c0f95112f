import { sessionMessage, type SessionCheck } from '../../respond/session-status.ts';
import { useSurveyText } from './surveyText.tsx';

interface Props {
  check: SessionCheck | null;
}

/**
 * What the page says about the link's team session before the survey: a line while asking and when the
 * respondent may go ahead; a message in place of the survey when they may not. Always rendered (empty when
 * there is nothing to say) so the outcome of the check is announced when it arrives. Text only.
 */
export function SessionNotice({ check }: Props) {
  const { messages } = useSurveyText();
  const message = check ? sessionMessage(check, messages) : null;
  return (
    <div role="status" className="session-status" data-session-state={check?.state}>
      {message &&
        (message.tone === 'problem' ? (
          <div className="notice notice--problem session-status__closed">
            {message.heading && <h2>{message.heading}</h2>}
            <p>{message.text}</p>
          </div>
        ) : (
          <p className="session-status__note">{message.text}</p>
        ))}
    </div>
  );
}
