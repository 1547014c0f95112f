import Papa from 'papaparse';

/** Rows keyed by column name, with the column order: what every CSV the project writes is made from. */
export interface Table {
  fields: string[];
  rows: Record<string, string | number | null | undefined>[];
}

/**
 * Papa's own guard against CSV injection: a text cell starting with =, +, -, @, tab or CR gets a leading
 * apostrophe, so a spreadsheet shows it instead of running it. Numbers (negative codes included) stay numbers.
 */
const options = { newline: '\r\n', escapeFormulae: true } as const;

/**
 * RFC 4180 CSV (CRLF line ends, a final line end) in the table's column order; a missing cell is empty.
 * The one CSV writer of the project: exports, downloads, codebooks and link batches all go through it.
 */
export function toCsv(table: Table): string {
  return csvHeader(table.fields) + csvRows(table);
}

/** The header line alone: with csvRows, a table too long to hold in memory is written a batch at a time. */
export const csvHeader = (fields: readonly string[]): string => `${Papa.unparse([fields], options)}\r\n`;

/** The rows alone, each ending in CRLF, in the table's column order. */
export function csvRows({ fields, rows }: Table): string {
  if (rows.length === 0) return '';
  return `${Papa.unparse(
    rows.map((row) => fields.map((field) => row[field] ?? '')),
    options,
  )}\r\n`;
}
