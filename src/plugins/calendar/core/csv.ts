/**
 * CSV export (RFC 4180) on csv-stringify: comma-separated, CRLF line ends, a field quoted when it
 * holds a comma, a double quote, CR or LF (quotes doubled inside), and a UTF-8 byte order mark up
 * front, without which Excel reads the file as ANSI and mangles ä and ö.
 *
 * Cells are escaped against formula injection (OWASP "CSV Injection"): a text cell starting with
 * =, +, -, @, tab or CR (or their full-width forms) gets a leading single quote, so a spreadsheet
 * shows it as text instead of evaluating it. Numbers are written as they are (-5 stays -5, while
 * the text '-5' becomes '-5 with the quote). null and undefined are empty cells; booleans are
 * written true / false.
 */
import { stringify, type Options } from 'csv-stringify/sync';

export type CsvCell = string | number | boolean | null | undefined;

const OPTIONS: Options = {
  bom: true,
  record_delimiter: 'windows',
  // With a custom record delimiter csv-stringify would quote only CRLF, leaving a lone LF or CR
  // inside a cell unquoted; spreadsheets would split the row there.
  quote_record_delimiter: true,
  escape_formulas: true,
  // The default writes true as 1 and false as an empty cell, which reads like a missing value.
  cast: { boolean: (value) => String(value) },
};

/** The header line and the rows as one CSV text. */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  return stringify([header, ...rows], OPTIONS);
}
