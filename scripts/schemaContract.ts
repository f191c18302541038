import { buildSchema } from 'graphql';
import { CriticalityLevel, diff, DiffRule, type Change } from '@graphql-inspector/core';

/**
 * The client contract: what in a change of schema/api.graphql breaks a client
 * that worked before (a removed field, a changed type, a new required
 * argument…), per @graphql-inspector/core. A field removed after being
 * `@deprecated` on the base is not breaking: deprecating first is how a
 * field is retired (clients had the warning in their tools and codegen).
 */
export async function breakingChanges(baseSdl: string, headSdl: string): Promise<Change[]> {
  const changes = await diff(buildSchema(baseSdl), buildSchema(headSdl), [DiffRule.suppressRemovalOfDeprecatedField]);
  return changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
}
