/**
 * Writes a large response as a list of bounded byte chunks instead of one string: a year of
 * occurrences is ten megabytes and more, and a string that size (plus its UTF-8 copy) is what
 * made a feed's peak memory twice its size. Small strings are gathered and encoded together, so
 * there is one Buffer per `chunkBytes`, not one per write.
 */
export const CHUNK_BYTES = 64 * 1024;

export class ChunkWriter {
  private parts: string[] = [];
  private pending = 0;
  private readonly chunks: Buffer[] = [];
  private total = 0;

  constructor(private readonly chunkBytes = CHUNK_BYTES) {}

  write(text: string): void {
    this.parts.push(text);
    // String length counts UTF-16 units; a unit is at most 3 bytes, so a chunk stays bounded.
    this.pending += text.length;
    if (this.pending >= this.chunkBytes) this.flush();
  }

  /** The chunks written, in order; the writer is spent. */
  end(): { chunks: Buffer[]; length: number } {
    this.flush();
    return { chunks: this.chunks, length: this.total };
  }

  private flush() {
    if (this.parts.length === 0) return;
    const chunk = Buffer.from(this.parts.join(''), 'utf8');
    this.parts = [];
    this.pending = 0;
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.total += chunk.length;
  }
}
