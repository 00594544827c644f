/**
 * RFC 5545 text rules: TEXT value escaping (§3.3.11), content-line folding at 75 octets
 * (§3.1) without splitting a UTF-8 character, and CRLF line ends.
 */

export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Splits one logical line into physical lines of at most 75 octets; continuations start with a space. */
export function foldLine(line: string): string[] {
  if (encoder.encode(line).length <= 75) return [line];
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      out.push(current);
      current = ' ';
      octets = 1;
      limit = 75;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out;
}

/** Joins logical lines into an iCalendar stream: folded, CRLF after every line. */
export function toContentLines(lines: string[]): string {
  let out = '';
  for (const line of lines) for (const physical of foldLine(line)) out += `${physical}\r\n`;
  return out;
}
