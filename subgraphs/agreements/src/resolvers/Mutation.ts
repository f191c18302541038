import type { MutationResolvers } from '../generated/resolvers';
import { noticeContactMutations } from './mutations/noticeContact';
import { purchaseMutations } from './mutations/purchases';
import { saServiceMutations } from './mutations/saServices';
import { servicesAdministratorMutations } from './mutations/servicesAdministrators';

/** Every mutation runs in one transaction, after its input and rights are checked (see each module). */
export const Mutation: MutationResolvers = {
  ...noticeContactMutations,
  ...servicesAdministratorMutations,
  ...saServiceMutations,
  ...purchaseMutations,
};
