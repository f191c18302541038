import { addDays, isoDate } from '../../common/clock';
import { ProductRow, ProductVersionRow } from '../../subgraphs/software-catalog/src/store/entities';
import { table, type TableRows } from './insertRows';
import { PER_SCALE_UNIT, type BenchProduct, type BenchWorld } from './world';

/** Versions come out every two years; the newest a few months before `now`, so every release date is in the past. */
const YEARS_BETWEEN_VERSIONS = 2;
const NEWEST_RELEASE_DAYS_AGO = 90;

/** A product's versions, oldest first (ordinal 1), labelled by release year like the demo catalog's. */
function versions(p: BenchProduct, now: Date): ProductVersionRow[] {
  const count = PER_SCALE_UNIT.versionsPerProduct;
  return Array.from({ length: count }, (_, k) => {
    const released = addDays(now, -NEWEST_RELEASE_DAYS_AGO - (count - 1 - k) * YEARS_BETWEEN_VERSIONS * 365);
    const version = p.deployment === 'CLOUD' ? `${released.getUTCFullYear()}.${k + 1}` : String(released.getUTCFullYear());
    return {
      id: `${p.id}@${version}`,
      productId: p.id,
      version,
      ordinal: k + 1,
      releaseDate: isoDate(released),
      languages: p.languages,
      editions: p.editions,
    };
  });
}

/** Rows of the software-catalog store: products and their versions (the catalog and agreements workloads read them). */
export function catalogRows(world: BenchWorld, now: Date): TableRows[] {
  const products: ProductRow[] = world.products.map((p) => ({ id: p.id, name: p.name, family: p.family, deployment: p.deployment, downgradeDepth: p.downgradeDepth }));
  return [table(ProductRow, products), table(ProductVersionRow, world.products.flatMap((p) => versions(p, now)))];
}
