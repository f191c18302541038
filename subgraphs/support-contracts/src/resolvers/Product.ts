import { connectionFromArray, toConnection } from '../../../../common/connection';
import { ineligibility } from '../domain/eligibility';
import type { ProductResolvers } from '../generated/resolvers';

const EMPTY_WINDOW = { offset: 0, limit: 0 };

export const Product: ProductResolvers = {
  __resolveReference: (ref) => ref,

  /** SUP-4, through federation: the catalog supplies `deployment` (@requires). */
  async eligibleSupportContracts(product, _, ctx) {
    if (!product.deployment) return [];
    const deployment = product.deployment;
    const now = ctx.clock.now();
    const usable = await ctx.loaders.myUsableContracts();
    return usable.filter((c) => ineligibility(c, deployment, now) === null);
  },

  /** MP-7: the viewer's open requests for this product; batched across products. */
  async myOpenSupportRequests(product, args, ctx) {
    if (!ctx.viewer) return toConnection([], 0, EMPTY_WINDOW);
    return connectionFromArray(await ctx.loaders.myOpenIncidentsByProductId.load(product.id), args);
  },
};
