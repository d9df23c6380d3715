/**
 * What became of one thing the worker asked for, shown next to the control that asked for it.
 * `issues` are the store's validation lines (`path: what is wrong`), which never quote the data.
 */
export type Outcome =
  | { kind: 'idle' }
  | { kind: 'working'; message: string }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string; issues?: string[] };

export const IDLE: Outcome = { kind: 'idle' };
