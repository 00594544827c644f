import { ChunkWriter } from './chunk-writer';

describe('ChunkWriter', () => {
  it('joins what was written, in order, into chunks of about the chunk size', () => {
    const writer = new ChunkWriter(10);
    const words = Array.from({ length: 25 }, (_, i) => `w${i};`);
    for (const w of words) writer.write(w);
    const { chunks, length } = writer.end();
    expect(Buffer.concat(chunks).toString('utf8')).toBe(words.join(''));
    expect(length).toBe(words.join('').length);
    expect(chunks.length).toBeGreaterThan(5);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(10 + 4);
  });

  it('counts bytes, not characters, in the length, and never splits a character', () => {
    const writer = new ChunkWriter(4);
    for (const w of ['Sisältö', ' ', '🎉', 'å']) writer.write(w);
    const { chunks, length } = writer.end();
    const text = 'Sisältö 🎉å';
    expect(length).toBe(Buffer.byteLength(text));
    expect(chunks.map((c) => c.toString('utf8')).join('')).toBe(text);
  });

  it('copies bytes in between text, across chunk boundaries, in order', () => {
    const writer = new ChunkWriter(8);
    const part = Buffer.from('«ä»', 'utf8');
    for (let i = 0; i < 20; i += 1) {
      writer.writeBytes(part);
      writer.write(String(i));
    }
    const { chunks, length } = writer.end();
    const expected = Array.from({ length: 20 }, (_, i) => `«ä»${i}`).join('');
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected);
    expect(length).toBe(Buffer.byteLength(expected));
    expect(chunks.length).toBeGreaterThan(5);
  });

  it('copies a small last chunk out of its buffer, so a small body holds little memory', () => {
    const writer = new ChunkWriter();
    writer.write('{"data":[]}');
    const { chunks } = writer.end();
    expect(chunks[0].toString()).toBe('{"data":[]}');
    expect(chunks[0].buffer.byteLength).toBeLessThan(64 * 1024);
  });

  it('gives no chunks for nothing written', () => {
    const writer = new ChunkWriter();
    writer.write('');
    expect(writer.end()).toEqual({ chunks: [], length: 0 });
  });
});

describe('ChunkWriter, written into directly', () => {
  it('puts single bytes and what a writer function writes in order, each whole in one chunk', () => {
    const writer = new ChunkWriter(8);
    const stamp = (target: Buffer, at: number, n: number, suffix: string) => target.write(`${n}${suffix}`, at, 'latin1');
    for (let i = 0; i < 30; i += 1) {
      if (i > 0) writer.writeByte(0x2c);
      writer.writeWith(6, stamp, i, 'x');
    }
    const { chunks, length } = writer.end();
    const expected = Array.from({ length: 30 }, (_, i) => `${i}x`).join(',');
    expect(Buffer.concat(chunks).toString('latin1')).toBe(expected);
    expect(length).toBe(expected.length);
    // A stamp is never split: every chunk ends at a stamp's end or at a comma.
    for (const chunk of chunks.slice(0, -1)) expect(chunk.toString('latin1')).toMatch(/(x|,)$/);
  });
});
