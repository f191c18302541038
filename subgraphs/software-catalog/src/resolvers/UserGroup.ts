import { existing } from '../store/loaders';
import type { UserGroupResolvers } from '../generated/resolvers';

/** MP-9. Members come from a per-request loader: one statement for every group of a page. */
export const UserGroup: UserGroupResolvers = {
  product: (group, _, ctx) => existing(ctx.loaders.productById.load(group.productId), `product ${group.productId}`),
  members: (group, _, ctx) => ctx.loaders.activeMembersByGroupId.load(group.id),
};
