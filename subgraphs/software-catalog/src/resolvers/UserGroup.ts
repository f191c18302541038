import type { UserGroupRow } from '../store/entities';
import type { CatalogContext } from './context';

/** MP-9. Members come from a per-request loader: one statement for every group of a page. */
export const UserGroup = {
  product: (group: UserGroupRow, _: unknown, ctx: CatalogContext) => ctx.loaders.productById.load(group.productId),
  members: (group: UserGroupRow, _: unknown, ctx: CatalogContext) => ctx.loaders.activeMembersByGroupId.load(group.id),
};
