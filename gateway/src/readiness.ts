import type { SubgraphName } from '../../common/services';

/** How long the gateway's `/ready` waits for each subgraph's `/ready`. */
export const SUBGRAPH_READY_TIMEOUT_MS = 1000;
/** A probe's answer is reused this long: `/ready` is public, and each probe costs every subgraph a `SELECT 1`. */
const REUSE_MS = 250;

export interface Readiness {
  ready: boolean;
  /** Subgraphs whose `/ready` did not answer 200 within the bound, in a stable order. */
  notReady: SubgraphName[];
}

/** `http://host:4001/graphql` -> `http://host:4001/ready`. */
export function readyUrlOf(graphqlUrl: string): string {
  return new URL('/ready', graphqlUrl).toString();
}

async function answersReady(url: string, timeoutMs: number): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

/**
 * Asks every subgraph's `/ready` at once, each within `timeoutMs`. Calls that
 * arrive while a probe runs, or just after, share its answer, so a flood of
 * `/ready` requests cannot become a flood of database probes.
 */
export function subgraphReadiness(urls: Partial<Record<SubgraphName, string>>, timeoutMs = SUBGRAPH_READY_TIMEOUT_MS): () => Promise<Readiness> {
  const targets = (Object.entries(urls) as [SubgraphName, string][]).map(([name, url]) => ({ name, url: readyUrlOf(url) }));
  let last: { at: number; answer: Promise<Readiness> } | undefined;
  return () => {
    const now = performance.now();
    if (last && now - last.at < REUSE_MS) return last.answer;
    const answer = Promise.all(targets.map(async (t) => ((await answersReady(t.url, timeoutMs)) ? null : t.name))).then((failed) => {
      const notReady = failed.filter((name): name is SubgraphName => name !== null);
      return { ready: notReady.length === 0, notReady };
    });
    // Reused from when it settles: a slow probe is shared by everyone waiting on it, then kept REUSE_MS.
    last = { at: Infinity, answer };
    void answer.then(() => {
      if (last?.answer === answer) last.at = performance.now();
    });
    return answer;
  };
}
