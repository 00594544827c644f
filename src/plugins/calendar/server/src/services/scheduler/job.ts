/** A publish job row and a due draft version, as the queue reads them. */
export interface Job {
  id: number;
  pieceDocumentId: string;
  /** The language version: each locale is published on its own time. */
  locale: string;
  versionKey: string;
  dueAt: Date;
  /** Attempts so far, this one included. */
  attempts: number;
  claimedBy: string | null;
}

export interface DueVersion {
  documentId: string;
  locale: string;
  versionKey: string;
  publishAt: Date;
}
