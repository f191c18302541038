import { currentStep } from '../domain/noticeContactFlow';
import type { NoticeContactResolvers } from '../generated/resolvers';

export const NoticeContact: NoticeContactResolvers = {
  step: (row) => currentStep(row),
};
