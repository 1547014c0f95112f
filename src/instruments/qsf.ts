/**
 * A Qualtrics survey file (.qsf, Qualtrics's JSON export format) of one instrument version, to import with
 * "Create a new project → Survey → From a file", so a team on Qualtrics asks the same questions and its data
 * export lines up with Cultivate's codebook.
 *
 * Decisions:
 * - One block per section, in order, after an introduction block; the section's description is a text/graphic
 *   (DB) question at the top of its block. Every item is a single-answer, vertical multiple-choice question
 *   (MC/SAVR) whose DataExportTag is the item id, so the export's column is the codebook's variable.
 * - Every choice's Variable Naming (the choice text Qualtrics exports with "Use choice text") is the value the
 *   collector's CSV export writes (csvAnswer): `1`…`5`, `member`, `-8`, and `-7` for version 1's combined
 *   "na". An export in choice text therefore holds Cultivate's values for every item.
 * - Recode Values (what a numeric export holds) are the scale's own values for ordinal items and the negative
 *   codes for non-response answers. Qualtrics recode values are numbers, so the choices of a nominal scale
 *   (role, tenure) are recoded by position (1, 2, …); export with choice text to get their codebook values.
 * - A section asked only after a screener answer is wrapped in a survey-flow branch on that answer: the same
 *   rule as the survey's, evaluated when the earlier block is submitted.
 * - An embedded-data element first in the flow declares the link parameters (Qualtrics fills an embedded-data
 *   field from the survey link's query parameter of the same name) and sets `instrument_id`,
 *   `instrument_version` and `instrument_hash`, so those columns are in the export as in the collector's.
 *
 * Not carried over, because a .qsf cannot hold it faithfully:
 * - Reverse keying and construct membership: Qualtrics has no per-question field for them, and reversing by
 *   recode values would make the export disagree with the codebook's raw answers. The codebook documents them.
 * - The link parameters' character patterns and length limits: embedded data takes any text.
 * - `{unit}`: labels read the instrument's fallback phrase ("your workplace"); piped text has no fallback.
 * - The consent text, which describes Cultivate's own storage: each study writes its own for its platform.
 * - Theme, brand and the response set: Qualtrics assigns the survey, owner, brand and response-set ids on
 *   import; the ids here are placeholders.
 * Qualtrics's documentation speaks of positive recode values; QualtricsTools documents surveys that use negative
 * ones (it tables them as non-response). No Qualtrics account was available here to confirm an import.
 */
import { escape } from 'html-escaper';
import { publishedHash } from './hash.ts';
import { choicesOf, findScale, withUnit, type FrameworkModel } from './model.ts';
import { model } from './source-model.ts';
import { csvAnswer } from './scales.ts';
import type { Instrument, Item, SectionCondition } from './types.ts';

/** Placeholders Qualtrics replaces on import. */
const SURVEY_ID = 'SV_cultivate';
const RESPONSE_SET = 'RS_cultivate';
const NO_DATE = '0000-00-00 00:00:00';

export interface QsfElement {
  SurveyID: string;
  Element: string;
  PrimaryAttribute: string;
  SecondaryAttribute: string | null;
  TertiaryAttribute: string | null;
  Payload: unknown;
}

export interface Qsf {
  SurveyEntry: Record<string, string | null>;
  SurveyElements: QsfElement[];
}

/** A multiple-choice or text/graphic question's payload: the fields Qualtrics's own exports carry. */
export interface QuestionPayload {
  QuestionID: string;
  QuestionText: string;
  QuestionDescription: string;
  DataExportTag: string;
  QuestionType: 'MC' | 'DB';
  Selector: 'SAVR' | 'TB';
  SubSelector?: 'TX';
  Configuration: { QuestionDescriptionOption: 'UseText' };
  Choices?: Record<string, { Display: string }>;
  ChoiceOrder: string[];
  RecodeValues?: Record<string, string>;
  VariableNaming?: Record<string, string>;
  Validation: { Settings: { ForceResponse?: 'ON' | 'OFF'; ForceResponseType?: 'ON'; Type: 'None' } };
  DataVisibility: { Private: false; Hidden: false };
  Language: [];
  NextChoiceId: number;
  NextAnswerId: number;
}

interface Block {
  Type: 'Default' | 'Standard' | 'Trash';
  SubType?: '';
  Description: string;
  ID: string;
  BlockElements: { Type: 'Question'; QuestionID: string }[];
}

type FlowElement =
  | { Type: 'Block' | 'Standard'; ID: string; FlowID: string }
  | { Type: 'Branch'; FlowID: string; Description: string; BranchLogic: unknown; Flow: FlowElement[] }
  | { Type: 'EmbeddedData'; FlowID: string; EmbeddedData: Record<string, unknown>[] };

const element = (
  Element: string,
  PrimaryAttribute: string,
  Payload: unknown,
  SecondaryAttribute: string | null = null,
) => ({
  SurveyID: SURVEY_ID,
  Element,
  PrimaryAttribute,
  SecondaryAttribute,
  TertiaryAttribute: null,
  Payload,
});

/** Block ids by position: Qualtrics's own are `BL_` and letters or digits, and its titles are the descriptions. */
const blockId = (index: number) => `BL_${index}`;

/**
 * The recode value of one choice: the value itself on an ordinal scale, or its position on a nominal one,
 * and a non-response code (always a number) as it is.
 */
function recodeValue(exported: number | string, position: number, ordinal: boolean, where: string): string {
  if (typeof exported === 'number') {
    if (!Number.isInteger(exported))
      throw new Error(`${where}: ${exported} is not a whole number, as recode values are.`);
    return String(exported);
  }
  if (ordinal) throw new Error(`${where}: "${exported}" on an ordinal scale has no numeric recode value.`);
  return String(position);
}

/** A Qualtrics display expression: one of the screener's answers selected (its choices keyed by position). */
function branchLogic(condition: SectionCondition, screener: { qid: string; item: Item }, within: FrameworkModel) {
  const choices = choicesOf(screener.item, within);
  const expressions = condition.values.map((value, i) => {
    const key = choices.findIndex((choice) => choice.value === value) + 1;
    const locator = `q://${screener.qid}/SelectableChoice/${key}`;
    return {
      LogicType: 'Question',
      QuestionID: screener.qid,
      QuestionIsInLoop: 'no',
      ChoiceLocator: locator,
      Operator: 'Selected',
      QuestionIDFromLocator: screener.qid,
      LeftOperand: locator,
      Type: 'Expression',
      Description: `${i === 0 ? 'If' : 'Or'} ${screener.item.id} is ${escape(choices[key - 1]!.text)}`,
      ...(i === 0 ? {} : { Conjuction: 'Or' }),
    };
  });
  return {
    '0': { ...Object.fromEntries(expressions.map((expression, i) => [String(i), expression])), Type: 'If' },
    Type: 'BooleanExpression',
  };
}

/**
 * The QSF of one instrument version with its content hash. Throws, naming the instrument, item and field,
 * when a fact of the model has no faithful Qualtrics form.
 */
export function qualtricsSurvey(instrument: Instrument, hash: string, within: FrameworkModel = model): Qsf {
  const at = `Qualtrics survey of ${instrument.id} ${instrument.version}`;
  const text = (value: string) => withUnit(value, instrument);
  const questions: QuestionPayload[] = [];
  const tags = new Set<string>();
  const question = (
    payload: Omit<QuestionPayload, 'QuestionID' | 'Configuration' | 'DataVisibility' | 'Language' | 'NextAnswerId'>,
  ) => {
    if (tags.has(payload.DataExportTag))
      throw new Error(
        `${at}: DataExportTag "${payload.DataExportTag}" (an item id, or a section's text) is used twice.`,
      );
    tags.add(payload.DataExportTag);
    const full: QuestionPayload = {
      QuestionID: `QID${questions.length + 1}`,
      ...payload,
      Configuration: { QuestionDescriptionOption: 'UseText' },
      DataVisibility: { Private: false, Hidden: false },
      Language: [],
      NextAnswerId: 1,
    };
    questions.push(full);
    return full.QuestionID;
  };
  const describe = (tag: string, plain: string) =>
    question({
      QuestionText: escape(plain),
      QuestionDescription: plain,
      DataExportTag: tag,
      QuestionType: 'DB',
      Selector: 'TB',
      ChoiceOrder: [],
      Validation: { Settings: { Type: 'None' } },
      NextChoiceId: 1,
    });

  const blocks: Block[] = [
    {
      Type: 'Default',
      Description: 'Introduction',
      ID: blockId(0),
      BlockElements: [{ Type: 'Question', QuestionID: describe('introduction', text(instrument.introduction)) }],
    },
  ];
  const asked = new Map<string, { qid: string; item: Item }>();
  let flowCount = 1;
  const flowId = () => `FL_${++flowCount}`;
  const embedded = (Field: string, Value?: string) => ({
    Description: Field,
    Type: Value === undefined ? 'Recipient' : 'Custom',
    Field,
    VariableType: 'String',
    DataVisibility: [],
    AnalyzeText: false,
    ...(Value === undefined ? {} : { Value }),
  });
  const flow: FlowElement[] = [
    {
      Type: 'EmbeddedData',
      FlowID: flowId(),
      EmbeddedData: [
        ...instrument.parameters.map((parameter) => embedded(parameter.name)),
        embedded('instrument_id', instrument.id),
        embedded('instrument_version', instrument.version),
        embedded('instrument_hash', hash),
      ],
    },
    { Type: 'Block', ID: blocks[0]!.ID, FlowID: flowId() },
  ];

  for (const section of instrument.sections) {
    const elements = [
      {
        Type: 'Question' as const,
        QuestionID: describe(`${section.id.replaceAll('-', '_')}_text`, text(section.description)),
      },
    ];
    for (const item of section.items) {
      const where = `${at}: item "${item.id}"`;
      // Qualtrics writes other characters of an export tag as `_` in its CSV, which would part it from the codebook.
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(item.id))
        throw new Error(
          `${where}: DataExportTag: "${item.id}" is not letters, digits and _, as export columns keep them.`,
        );
      const ordinal = findScale(item.scale, within).kind === 'ordinal';
      const choices = choicesOf(item, within);
      const keys = choices.map((_, i) => String(i + 1));
      const qid = question({
        QuestionText: escape(text(item.text)),
        QuestionDescription: text(item.text),
        DataExportTag: item.id,
        QuestionType: 'MC',
        Selector: 'SAVR',
        SubSelector: 'TX',
        Choices: Object.fromEntries(choices.map((choice, i) => [keys[i]!, { Display: escape(choice.text) }])),
        ChoiceOrder: keys,
        RecodeValues: Object.fromEntries(
          choices.map((choice, i) => [
            keys[i]!,
            recodeValue(csvAnswer(choice.value), i + 1, ordinal, `${where}: choices`),
          ]),
        ),
        VariableNaming: Object.fromEntries(choices.map((choice, i) => [keys[i]!, String(csvAnswer(choice.value))])),
        Validation: {
          Settings: { ForceResponse: item.required ? 'ON' : 'OFF', ForceResponseType: 'ON', Type: 'None' },
        },
        NextChoiceId: choices.length + 1,
      });
      asked.set(item.id, { qid, item });
      elements.push({ Type: 'Question', QuestionID: qid });
    }
    const block: Block = {
      Type: 'Standard',
      SubType: '',
      Description: text(section.title),
      ID: blockId(blocks.length),
      BlockElements: elements,
    };
    blocks.push(block);
    if (!section.askIf) {
      flow.push({ Type: 'Standard', ID: block.ID, FlowID: flowId() });
      continue;
    }
    const screener = asked.get(section.askIf.item);
    if (!screener)
      throw new Error(`${at}: section "${section.id}": askIf.item "${section.askIf.item}" is not asked before it.`);
    flow.push({
      Type: 'Branch',
      FlowID: flowId(),
      Description: `Only if ${screener.item.id} is ${section.askIf.values.join(' or ')}`,
      BranchLogic: branchLogic(section.askIf, screener, within),
      Flow: [{ Type: 'Standard', ID: block.ID, FlowID: flowId() }],
    });
  }
  blocks.push({
    Type: 'Trash',
    Description: 'Trash / Unused Questions',
    ID: blockId(blocks.length),
    BlockElements: [],
  });

  return {
    SurveyEntry: {
      SurveyID: SURVEY_ID,
      SurveyName: `${instrument.title} (${instrument.version})`,
      SurveyDescription: `${instrument.audience} Cultivate ${instrument.id} ${instrument.version}, content hash ${hash}.`,
      SurveyOwnerID: 'UR_cultivate',
      SurveyBrandID: '',
      DivisionID: null,
      SurveyLanguage: 'EN',
      SurveyActiveResponseSet: RESPONSE_SET,
      SurveyStatus: 'Inactive',
      SurveyStartDate: NO_DATE,
      SurveyExpirationDate: NO_DATE,
      SurveyCreationDate: NO_DATE,
      CreatorID: 'UR_cultivate',
      LastModified: NO_DATE,
      LastAccessed: NO_DATE,
      LastActivated: NO_DATE,
      Deleted: null,
    },
    SurveyElements: [
      element('BL', 'Survey Blocks', blocks),
      element('FL', 'Survey Flow', { Type: 'Root', FlowID: 'FL_1', Flow: flow, Properties: { Count: flowCount } }),
      element('SO', 'Survey Options', {
        BackButton: 'true',
        SaveAndContinue: 'true',
        SurveyProtection: 'PublicSurvey',
        BallotBoxStuffingPrevention: 'false',
        NoIndex: 'Yes',
        SecureResponseFiles: 'true',
        SurveyExpiration: 'None',
        SurveyTermination: 'DefaultMessage',
        Header: '',
        Footer: '',
        ProgressBarDisplay: 'Text',
        PartialData: '+1 week',
        ValidationMessage: '',
        PreviousButton: '',
        NextButton: '',
        SurveyTitle: instrument.title,
        SurveyMetaDescription: instrument.audience,
        NewScoring: 1,
      }),
      element('SCO', 'Scoring', {
        ScoringCategories: [],
        ScoringCategoryGroups: [],
        ScoringSummaryCategory: null,
        ScoringSummaryAfterQuestions: 0,
        ScoringSummaryAfterSurvey: 0,
        DefaultScoringCategory: null,
        AutoScoringCategory: null,
      }),
      { ...element('PROJ', 'CORE', { ProjectCategory: 'CORE', SchemaVersion: '1.1.0' }), TertiaryAttribute: '1.1.0' },
      element('STAT', 'Survey Statistics', { MobileCompatible: true, ID: 'Survey Statistics' }),
      element('QC', 'Survey Question Count', null, String(questions.length)),
      element('RS', RESPONSE_SET, null, 'Default Response Set'),
      ...questions.map((payload) => element('SQ', payload.QuestionID, payload, payload.QuestionDescription)),
    ],
  };
}

/** The published file of one of the model's instrument versions, as JSON text. */
export async function qsfFile(instrument: Instrument): Promise<string> {
  return JSON.stringify(qualtricsSurvey(instrument, await publishedHash(instrument)), null, 2);
}
