/** What the site-wide outbox notice says. Pure, so every wording is unit-tested. */
export interface NoticeCounts {
  /** Responses the server refused (kept, not retried on their own). */
  refused: number;
  /** Responses that failed to send and will be tried again. */
  waiting: number;
}

const responses = (n: number) => (n === 1 ? 'A response' : `${n} responses`);

/** Empty when nothing needs the respondent's attention. */
export function noticeText({ refused, waiting }: NoticeCounts): string {
  const parts: string[] = [];
  if (waiting > 0) {
    parts.push(
      `${responses(waiting)} you completed on this device ${waiting === 1 ? 'has' : 'have'} not reached the researcher’s server yet. ${waiting === 1 ? 'It is' : 'They are'} saved here and will be sent automatically.`,
    );
  }
  if (refused > 0) {
    parts.push(
      `${responses(refused)} you completed on this device ${refused === 1 ? 'was' : 'were'} refused by the researcher’s server. Download ${refused === 1 ? 'it' : 'them'} and pass ${refused === 1 ? 'it' : 'them'} to the person who shared the link, or try again.`,
    );
  }
  return parts.join(' ');
}
