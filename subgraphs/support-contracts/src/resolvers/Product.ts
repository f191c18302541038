import { connectionFromArray, toConnection, type Connection, type ConnectionArgs } from '../../../../common/connection';
import { ineligibility } from '../domain/eligibility';
import type { Deployment, SupportContractRow, SupportIncidentRow } from '../store/entities';
import type { SupportContext } from './context';

interface ProductRef {
  id: string;
  deployment?: Deployment;
}

const EMPTY_WINDOW = { offset: 0, limit: 0 };

export const Product = {
  __resolveReference: (ref: ProductRef): ProductRef => ref,

  /** SUP-4, through federation: the catalog supplies `deployment` (@requires). */
  async eligibleSupportContracts(product: ProductRef, _: unknown, ctx: SupportContext): Promise<SupportContractRow[]> {
    if (!ctx.viewer || !product.deployment) return [];
    const deployment = product.deployment;
    const now = ctx.clock.now();
    const usable = await ctx.loaders.usableContracts.load(ctx.viewer.userId);
    return usable.filter((c) => ineligibility(c, deployment, now) === null);
  },

  /** MP-7: the viewer's open requests for this product; batched across products. */
  async myOpenSupportRequests(product: ProductRef, args: ConnectionArgs, ctx: SupportContext): Promise<Connection<SupportIncidentRow>> {
    if (!ctx.viewer) return toConnection([], 0, EMPTY_WINDOW);
    return connectionFromArray(await ctx.loaders.myOpenIncidentsByProductId.load(product.id), args);
  },
};
