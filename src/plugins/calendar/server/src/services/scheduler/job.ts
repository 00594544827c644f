/** A publish job row and a due draft version, as the queue reads them. */
export interface Job {
  id: number;
  pieceDocumentId: string;
  versionKey: string;
  dueAt: Date;
  /** Attempts so far, this one included. */
  attempts: number;
  claimedBy: string | null;
}

export interface DueVersion {
  documentId: string;
  versionKey: string;
  publishAt: Date;
}
