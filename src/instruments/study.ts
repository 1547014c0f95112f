/**
 * The study a deployment attaches to its surveys: who runs it, why, whom to contact, how long responses are
 * kept and how to withdraw. It lives in a JSON file named at build time (STUDY_INFO_FILE), outside the
 * instruments, so changing a contact address does not change any instrument's published content or hash.
 * Everything in it is shown to every respondent: it must hold public information only.
 */
import { z } from 'zod';

const missingOr = (wrong: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : wrong);

const text = () =>
  z
    .string({ error: missingOr('must be text') })
    .trim()
    .min(1, { error: 'must not be empty' });

const studyInfoSchema = z.strictObject(
  {
    /** The person, team or organisation running the study, e.g. "Riverside School District, Research Office". */
    runBy: text(),
    /** What the study is for, in a sentence or two. */
    purpose: text(),
    /** Whom respondents write to with questions or to withdraw. */
    contact: z.strictObject(
      {
        name: text(),
        email: z.email({ error: missingOr('must be an email address such as research@example.org') }),
      },
      { error: missingOr('must be an object with a name and an email') },
    ),
    /** How long responses are kept, e.g. "Until the end of 2028, then deleted." */
    retention: text(),
    /** What happens when someone withdraws, e.g. "We delete your answers within 30 days." */
    withdrawal: text(),
    /** An ethics board's approval reference, when there is one. */
    ethicsApproval: text().optional(),
  },
  { error: 'must be a JSON object with the fields runBy, purpose, contact, retention and withdrawal' },
);

export type StudyInfo = z.infer<typeof studyInfoSchema>;

/** A field's place in the file, as a reader would look for it: `contact.email`, or `(the whole file)`. */
const fieldName = (path: readonly PropertyKey[]) => (path.length === 0 ? '(the whole file)' : path.join('.'));

/**
 * The study information in a file's text, or an error naming the file and every field that is wrong.
 * `file` is only used in messages.
 */
export function parseStudyInfo(file: string, source: string): StudyInfo {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new Error(`Study information file ${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const result = studyInfoSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys')
      return `${issue.keys.map((key) => fieldName([...issue.path, key])).join(', ')}: not a known field`;
    return `${fieldName(issue.path)}: ${issue.message}`;
  });
  throw new Error(`Study information file ${file} has problems:\n- ${problems.join('\n- ')}`);
}

/**
 * The study information named by STUDY_INFO_FILE, or null when the setting is empty. `read` returns a
 * file's text (it throws when the file cannot be read), so this module stays free of file system code.
 */
export function loadStudyInfo(file: string | undefined, read: (file: string) => string): StudyInfo | null {
  if (!file) return null;
  let source: string;
  try {
    source = read(file);
  } catch (error) {
    throw new Error(`STUDY_INFO_FILE names ${file}, which cannot be read: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return parseStudyInfo(file, source);
}
