import { toCsv } from './csv';

const BOM = '\uFEFF';

describe('toCsv', () => {
  it('starts with a UTF-8 byte order mark and ends every line with CRLF', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        [1, 2],
        [3, 4],
      ]
    );
    expect(csv).toBe(`${BOM}a,b\r\n1,2\r\n3,4\r\n`);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('quotes cells holding a comma, a double quote or a line break, doubling the quotes', () => {
    expect(toCsv(['x'], [['a,b'], ['say "hei"'], ['line\nbreak'], ['cr\rhere'], ['crlf\r\nhere']])).toBe(
      `${BOM}x\r\n"a,b"\r\n"say ""hei"""\r\n"line\nbreak"\r\n"cr\rhere"\r\n"crlf\r\nhere"\r\n`
    );
  });

  it('leaves plain text unquoted', () => {
    expect(toCsv(['channel', 'note'], [['Instagram', 'ok; fine']])).toBe(`${BOM}channel,note\r\nInstagram,ok; fine\r\n`);
  });

  it('writes null and undefined as empty cells, booleans as true/false', () => {
    expect(toCsv(['a', 'b', 'c', 'd', 'e'], [[null, undefined, '', true, false]])).toBe(`${BOM}a,b,c,d,e\r\n,,,true,false\r\n`);
  });

  it('writes numbers as they are', () => {
    expect(toCsv(['n'], [[0], [12.5], [-5], [-0.25]])).toBe(`${BOM}n\r\n0\r\n12.5\r\n-5\r\n-0.25\r\n`);
  });

  it('prefixes text that a spreadsheet would read as a formula with a single quote', () => {
    const cells = ['=SUM(A1:A2)', '+358401234567', '-5', '@cmd', '\tx', '\rx', 'a=b', ' =x'];
    expect(
      toCsv(
        ['v'],
        cells.map((c) => [c])
      )
    ).toBe(`${BOM}v\r\n'=SUM(A1:A2)\r\n'+358401234567\r\n'-5\r\n'@cmd\r\n'\tx\r\n"'\rx"\r\na=b\r\n =x\r\n`);
  });

  it('quotes an injected formula that also needs quoting', () => {
    expect(toCsv(['v'], [['=HYPERLINK("http://x","y")']])).toBe(`${BOM}v\r\n"'=HYPERLINK(""http://x"",""y"")"\r\n`);
  });

  it('guards the header too', () => {
    expect(toCsv(['=evil', 'ok'], [])).toBe(`${BOM}'=evil,ok\r\n`);
  });

  it('keeps Finnish text intact', () => {
    const csv = toCsv(['Kanava', 'Tekijä', 'Minuutit'], [['Äänekosken Työväenyhdistys', 'Östen Åberg', 45]]);
    expect(csv).toBe(`${BOM}Kanava,Tekijä,Minuutit\r\nÄänekosken Työväenyhdistys,Östen Åberg,45\r\n`);
    expect(Buffer.from(csv, 'utf8').toString('utf8')).toBe(csv);
  });
});
