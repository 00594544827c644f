import { escapeText, foldLine, toContentLines } from './text';

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines (RFC 5545 §3.3.11)', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
  it('leaves colons and quotes alone', () => {
    expect(escapeText('Aika: "klo 9"')).toBe('Aika: "klo 9"');
  });
});

describe('foldLine', () => {
  const octets = (s: string) => Buffer.byteLength(s, 'utf8');

  it('keeps a line of 75 octets whole', () => {
    expect(foldLine('x'.repeat(75))).toEqual(['x'.repeat(75)]);
  });

  it('folds longer lines into pieces of at most 75 octets, continuations starting with a space', () => {
    const lines = foldLine(`SUMMARY:${'y'.repeat(200)}`);
    expect(lines.length).toBe(3);
    lines.forEach((l) => expect(octets(l)).toBeLessThanOrEqual(75));
    lines.slice(1).forEach((l) => expect(l.startsWith(' ')).toBe(true));
    expect(
      lines[0] +
        lines
          .slice(1)
          .map((l) => l.slice(1))
          .join('')
    ).toBe(`SUMMARY:${'y'.repeat(200)}`);
  });

  it('never splits a multi-byte character', () => {
    const text = `SUMMARY:${'äö€😀'.repeat(40)}`;
    const lines = foldLine(text);
    lines.forEach((l) => {
      expect(octets(l)).toBeLessThanOrEqual(75);
      expect(l).not.toContain('\uFFFD');
    });
    expect(
      lines[0] +
        lines
          .slice(1)
          .map((l) => l.slice(1))
          .join('')
    ).toBe(text);
  });
});

describe('toContentLines', () => {
  it('ends every line with CRLF', () => {
    expect(toContentLines(['BEGIN:VCALENDAR', 'END:VCALENDAR'])).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });
});
