/** Turns the analysis page's sections (instruments/analysis-view.ts) into elements, as text. */
import { fill } from '../i18n/catalogue.ts';
import type { AnalysisText, Block, SectionView } from '../instruments/analysis-view.ts';
import { downloadButton, el } from './dom.ts';
import { viewBlockElement } from './view-blocks.ts';

/** The select's `data-version-of` names the instrument whose version it picks; `option` names one version. */
function versionPicker(instrument: string, label: string, versions: string[], chosen: string, option: string): Element {
  const field = el('div', null, 'version-picker');
  const id = `analysis-version-${instrument}`;
  const caption = el('label', label);
  caption.htmlFor = id;
  const select = el('select');
  select.id = id;
  select.dataset['versionOf'] = instrument;
  select.append(
    ...versions.map((version) => new Option(fill(option, { version }), version, false, version === chosen)),
  );
  field.append(caption, select);
  return field;
}

function blockElement(block: Block, { messages }: AnalysisText): Element {
  switch (block.kind) {
    case 'version-picker':
      return versionPicker(block.instrument, block.label, block.versions, block.chosen, messages.versionOption);
    case 'downloads': {
      const row = el('div', null, 'downloads');
      row.append(
        ...block.downloads.map((d) => downloadButton(d.label, d.fileName, 'text/csv', d.csv, 'button--quiet')),
      );
      return row;
    }
    default:
      return viewBlockElement(block);
  }
}

export function analysisSectionElement(
  { className, instrument, blocks }: SectionView,
  text: AnalysisText,
): HTMLElement {
  const section = el('section', null, className);
  if (instrument) section.dataset['instrument'] = instrument;
  section.append(...blocks.map((block) => blockElement(block, text)));
  return section;
}
