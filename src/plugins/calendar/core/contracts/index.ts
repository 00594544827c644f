/** Every route's contract: request schemas, response types and paths, shared by server and admin. */
export * from './actions';
export * from './community';
export * from './coverage';
export * from './editorial';
export * from './feed-tokens';
export * from './fields';
export * from './ics';
export * from './kpis';
export * from './notifications';
export * from './occurrences';
export * from './piece-scheduling';
export * from './publishing';
export * from './quarterly-grid';
export * from './reference';
export * from './routing';
export * from './settings';
