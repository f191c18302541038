import type { SubgraphContext } from '../../../../common/subgraphServer';

/** What a transactional command needs from the request: the store, the clock, the request's logger (no loaders, no viewer: the caller passes the checked viewer). */
export type CommandContext = Pick<SubgraphContext<unknown>, 'db' | 'clock' | 'logger'>;
