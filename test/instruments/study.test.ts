import { describe, expect, it } from 'vitest';
import { loadStudyInfo, parseStudyInfo } from '../../src/instruments/study.ts';

const valid = {
  runBy: 'Riverside School District, Research Office',
  purpose: 'To learn how staff groups learn together.',
  contact: { name: 'Dr Ana Ruiz', email: 'research@riverside.example.org' },
  retention: 'Until the end of 2028, then deleted.',
  withdrawal: 'We delete your answers within 30 days.',
};
const parse = (data: unknown) => parseStudyInfo('study.json', JSON.stringify(data));

describe('study information file', () => {
  it('reads a complete file, with or without an ethics approval reference', () => {
    expect(parse(valid)).toEqual(valid);
    expect(parse({ ...valid, ethicsApproval: 'IRB-2026-114' }).ethicsApproval).toBe('IRB-2026-114');
  });

  it('names the file and every missing or wrong field', () => {
    const { retention: _, ...noRetention } = valid;
    expect(() => parse({ ...noRetention, purpose: '  ', contact: { name: 'A', email: 'not an address' } })).toThrow(
      /^Study information file study\.json has problems:\n- purpose: must not be empty\n- contact\.email: must be an email address[^\n]*\n- retention: is missing$/,
    );
  });

  it('refuses fields it does not know, so a misspelt one is not silently ignored', () => {
    expect(() => parse({ ...valid, retension: 'forever' })).toThrow(/retension: not a known field/);
    expect(() => parse({ ...valid, contact: { ...valid.contact, phone: '555' } })).toThrow(
      /contact\.phone: not a known field/,
    );
  });

  it('names the file when it is not JSON or not an object', () => {
    expect(() => parseStudyInfo('study.json', '{ runBy: ')).toThrow(
      /^Study information file study\.json is not valid JSON/,
    );
    expect(() => parse([valid])).toThrow(/\(the whole file\): must be a JSON object/);
  });

  it('is absent when no file is set, and stops with the setting and file named when it cannot be read', () => {
    const never = () => {
      throw new Error('not read');
    };
    expect(loadStudyInfo(undefined, never)).toBeNull();
    expect(loadStudyInfo('', never)).toBeNull();
    expect(() =>
      loadStudyInfo('config/study.json', () => {
        throw new Error('ENOENT: no such file or directory');
      }),
    ).toThrow('STUDY_INFO_FILE names config/study.json, which cannot be read: ENOENT: no such file or directory');
    expect(loadStudyInfo('config/study.json', () => JSON.stringify(valid))).toEqual(valid);
  });
});
