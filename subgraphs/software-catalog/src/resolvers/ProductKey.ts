import { maskProductKey } from '../domain/productKey';
import type { ProductKeyResolvers } from '../generated/resolvers';

/** The key value itself is never a field: only its mask, or a recorded reveal. */
export const ProductKey: ProductKeyResolvers = {
  maskedValue: (key) => maskProductKey(key.keyValue),
};
