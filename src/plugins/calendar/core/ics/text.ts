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

/** UTF-8 length of one code point. */
const utf8Size = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** UTF-8 length of a string; `line.length * 3` bounds it, which skips the count for most lines. */
function utf8Length(line: string): number {
  let octets = 0;
  for (let i = 0; i < line.length; i += 1) {
    const code = line.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      octets += 4;
      i += 1;
    } else octets += utf8Size(code);
  }
  return octets;
}

/** Splits one logical line into physical lines of at most 75 octets; continuations start with a space. */
export function foldLine(line: string): string[] {
  if (line.length <= 25 || utf8Length(line) <= 75) return [line];
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Size(char.codePointAt(0)!);
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out;
}

/** Joins logical lines into an iCalendar stream: folded, CRLF after every line. */
export function toContentLines(lines: string[]): string {
  const out: string[] = [];
  for (const line of lines) for (const physical of foldLine(line)) out.push(physical);
  out.push('');
  return out.join('\r\n');
}
