export type CsvValue = string | number | boolean | null | undefined;

/**
 * A cell as RFC 4180 writes it: quoted when it holds a separator, a quote or a line break, quotes
 * doubled. A cell that a spreadsheet would run as a formula (=, +, −, @ first) gets a leading
 * apostrophe: titles and reasons are typed by people.
 */
function cell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A header and rows as CSV text, lines ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map(row => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
