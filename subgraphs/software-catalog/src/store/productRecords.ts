import { dayOf, integerOf, type SqlTemporal } from '../../../../common/selectRows';
import type { ProductRow, ProductVersionRow } from './entities';

/**
 * The columns the catalog's hot reads select (products resolved for other
 * subgraphs, the public search) and the readers that turn a raw row into the
 * entity row the resolvers already use, with the values TypeORM hydrated.
 */

export interface ProductRecord {
  id: string;
  name: string;
  family: string;
  deployment: ProductRow['deployment'];
  downgrade_depth: number | string | null;
}

export const PRODUCT_COLUMNS = 'p.id, p.name, p.family, p.deployment, p.downgrade_depth';

export function readProduct(r: ProductRecord): ProductRow {
  return { id: r.id, name: r.name, family: r.family, deployment: r.deployment, downgradeDepth: r.downgrade_depth === null ? null : integerOf(r.downgrade_depth) };
}

/** A version's columns, null throughout when a LEFT JOIN found none. */
export interface VersionRecord {
  v_id: string | null;
  v_product_id: string;
  v_version: string;
  v_ordinal: number | string;
  v_release_date: SqlTemporal;
  v_languages: string;
  v_editions: string;
}

export const VERSION_COLUMNS =
  'v.id AS v_id, v.product_id AS v_product_id, v.version AS v_version, v.ordinal AS v_ordinal, v.release_date AS v_release_date, ' +
  'v.languages AS v_languages, v.editions AS v_editions';

/** Newest first, as every reader of a product's versions expects. */
export const VERSION_ORDER = 'v.ordinal DESC';

/** True when the row carries a version (a LEFT JOIN row without one has only nulls). */
export function hasVersion<R extends VersionRecord>(r: R): r is R & { v_id: string } {
  return r.v_id !== null;
}

export function readVersion(r: VersionRecord & { v_id: string }): ProductVersionRow {
  return {
    id: r.v_id,
    productId: r.v_product_id,
    version: r.v_version,
    ordinal: integerOf(r.v_ordinal),
    releaseDate: dayOf(r.v_release_date),
    languages: r.v_languages,
    editions: r.v_editions,
  };
}
