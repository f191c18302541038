import type { KeyRevealResolvers } from '../generated/resolvers';
import { existing } from '../store/loaders';

/** CSP-8: a recorded reveal of a key. */
export const KeyReveal: KeyRevealResolvers = {
  key: (reveal, _, ctx) => existing(ctx.loaders.keyById.load(reveal.keyId), `key ${reveal.keyId}`),
  revealedByOrganizationId: (reveal) => reveal.revealedByOrgId,
};
