import { requireViewer } from '../../../../common/identity';
import type { SupportContractRow } from '../store/entities';
import type { SupportContext } from './context';

export const Query = {
  mySupportContracts(_: unknown, __: unknown, ctx: SupportContext): Promise<SupportContractRow[]> {
    const viewer = requireViewer(ctx.viewer);
    return ctx.loaders.contractsByOrganizationId.load(viewer.orgId);
  },
};
