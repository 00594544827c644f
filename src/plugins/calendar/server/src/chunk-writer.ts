/**
 * Writes a large response as a list of bounded byte chunks instead of one string: a year of
 * occurrences is ten megabytes and more, and a string that size (plus its UTF-8 copy) is what
 * made a feed's peak memory twice its size. Text is encoded straight into the current chunk, and
 * bytes encoded once (a piece version's part of every one of its occurrences) are copied in.
 */
export const CHUNK_BYTES = 64 * 1024;

export class ChunkWriter {
  private current: Buffer;
  private offset = 0;
  private readonly chunks: Buffer[] = [];
  private total = 0;

  constructor(private readonly chunkBytes = CHUNK_BYTES) {
    this.current = Buffer.allocUnsafe(chunkBytes);
  }

  write(text: string): void {
    // A UTF-16 unit is at most 3 bytes of UTF-8: with that much room the text fits whole.
    this.reserve(text.length * 3);
    this.offset += this.current.write(text, this.offset, 'utf8');
  }

  /** One byte (an ASCII separator). */
  writeByte(byte: number): void {
    this.reserve(1);
    this.current[this.offset++] = byte;
  }

  /**
   * What `write` puts straight into the chunk: it writes at most `maxBytes` at `at` and returns
   * how many. Its arguments are passed through, so a caller in a loop makes no closure per call.
   */
  writeWith<A, B>(maxBytes: number, write: (target: Buffer, at: number, a: A, b: B) => number, a: A, b: B): void {
    this.reserve(maxBytes);
    this.offset += write(this.current, this.offset, a, b);
  }

  writeBytes(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.current.set(bytes, this.offset);
    this.offset += bytes.length;
  }

  /** The chunks completed since the last take, for a body sent while it is written. */
  take(): Buffer[] {
    return this.chunks.splice(0, this.chunks.length);
  }

  /** The chunks written (since the last take), in order, and the length of all written; the writer is spent. */
  end(): { chunks: Buffer[]; length: number } {
    this.flush(0);
    return { chunks: this.chunks, length: this.total };
  }

  /** Starts a new chunk when the current one has less than `bytes` left (big enough for them). */
  private reserve(bytes: number) {
    if (this.current.length - this.offset < bytes) this.flush(bytes);
  }

  private flush(room: number) {
    if (this.offset > 0) {
      const written = this.current.subarray(0, this.offset);
      // The last chunk of a small body is copied out, so a kept 2 KB feed does not hold 64 KB.
      this.chunks.push(room === 0 && this.offset < this.current.length / 2 ? Buffer.from(written) : written);
      this.total += this.offset;
    }
    this.current = room > 0 ? Buffer.allocUnsafe(Math.max(this.chunkBytes, room)) : Buffer.alloc(0);
    this.offset = 0;
  }
}
