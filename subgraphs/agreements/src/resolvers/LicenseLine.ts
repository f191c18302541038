import type { LicenseLineResolvers } from '../generated/resolvers';

export const LicenseLine: LicenseLineResolvers = {
  product: (line) => ({ id: line.productId }),
};
