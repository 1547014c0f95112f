import Papa from 'papaparse';

/** Rows keyed by column name, with the column order: what every CSV the project writes is made from. */
export interface Table {
  fields: string[];
  rows: Record<string, string | number | null | undefined>[];
}

/**
 * RFC 4180 CSV (CRLF line ends, a final line end) in the table's column order; a missing cell is empty.
 * The one CSV writer of the project: exports, downloads, codebooks and link batches all go through it.
 */
export function toCsv({ fields, rows }: Table): string {
  return `${Papa.unparse({ fields, data: rows.map((row) => fields.map((field) => row[field] ?? '')) }, { newline: '\r\n' })}\r\n`;
}
