/**
 * What the browser tools' results are made of, as data. The analysis page's and the team view's modules say
 * what to show in these terms; components/view-blocks.ts turns each block into elements, as text.
 */
import type { DistributionChart } from './charts.ts';

export interface TableView {
  caption: string;
  head: string[];
  /** The first cell of each row heads it. */
  rows: (string | number)[][];
}

export type ViewBlock =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; className?: string }
  /** `printLimit`: only the first so many items go on a printed page. */
  | { kind: 'list'; items: string[]; ordered?: boolean; printLimit?: number }
  | { kind: 'table'; table: TableView }
  | { kind: 'chart'; chart: DistributionChart };
