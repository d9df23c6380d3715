import * as z from 'zod';
import { mergeOverrides, type ProcedureOverrides } from './merge-overrides';
import { type Procedure, ProcedureSchema } from './procedure';

export { mergeOverrides, type ProcedureOverrides } from './merge-overrides';

/**
 * `procedure` with any fields replaced, at any depth, then validated (throws a readable error).
 * How the fields are merged and sourced: `mergeOverrides` (./merge-overrides.ts).
 */
export function withOverrides(procedure: Procedure, overrides: ProcedureOverrides): Procedure {
  const result = ProcedureSchema.safeParse(mergeOverrides(procedure, overrides));
  if (!result.success) {
    throw new Error(`Invalid procedure override:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}
