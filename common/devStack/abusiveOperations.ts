/**
 * Generates malformed and abusive requests for the gateway from a seed, so a
 * failing run can be replayed exactly.
 */

/** mulberry32: a small, well-known seeded PRNG (reproducible runs, not security). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FuzzRequest {
  kind: string;
  method: 'POST' | 'GET';
  contentType: string;
  body?: string;
  query?: string;
  withToken: boolean;
}

const VALID = [
  '{ products(first: 5) { totalCount nodes { id name deployment } } }',
  '{ product(id: "prod-windows-server") { id name family } }',
  '{ myOrganization { name agreements(first: 3) { nodes { number licenseLines { quantity product { name } } } } } }',
  '{ myOrganization { supportContracts { displayName incidentsRemaining } partnerMembership { program } } }',
  '{ mySupportContracts { accessId contractId } }',
];

export function generateRequest(random: () => number): FuzzRequest {
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  const int = (max: number) => Math.floor(random() * max);
  const base = pick(VALID);
  const json = (query: string, variables: unknown = {}) => JSON.stringify({ query, variables });
  const post = (kind: string, body: string, withToken = random() < 0.5): FuzzRequest => ({ kind, method: 'POST', contentType: 'application/json', body, withToken });
  switch (int(20)) {
    case 0:
      return post('truncated', json(base.slice(0, 1 + int(base.length - 1))));
    case 1:
      return post('wrong-type', json(pick(['{ products(first: "ten") { totalCount } }', '{ products(first: 1.5) { totalCount } }', '{ product(id: 42) { id } }', '{ products(deployment: MAINFRAME) { totalCount } }'])));
    case 2:
      return post('huge-string', json(`{ products(search: "${'x'.repeat(1000 + int(200_000))}") { totalCount } }`));
    case 3: {
      let sel = 'id';
      const depth = 5 + int(60);
      for (let i = 0; i < depth; i++) sel = `agreements { nodes { organization { ${sel} } } }`;
      return post('deep', json(`{ myOrganization { ${sel} } }`));
    }
    case 4: {
      const n = 20 + int(3000);
      return post('alias-flood', json(`{ ${Array.from({ length: n }, (_, i) => `a${i}: product(id: "p${i}") { id }`).join(' ')} }`));
    }
    case 5:
      return post('unknown-id', json(`{ product(id: "${Math.floor(random() * 1e12).toString(36)}") { id name } }`));
    case 6:
      return post('unknown-field', json(`{ products { nodes { ${pick(['password', 'secret', '__typename', 'key', 'sql'])} } } }`));
    case 7:
      return post('bad-variables', JSON.stringify({ query: 'query Q($n: Int) { products(first: $n) { totalCount } }', variables: { n: pick(['x', -1, 1e20, null, [1], { a: 1 }]) } }));
    case 8:
      return post('random-bytes', Array.from({ length: 1 + int(400) }, () => String.fromCharCode(int(256))).join(''));
    case 9:
      return post('not-an-operation', JSON.stringify(pick([[], {}, { query: 42 }, { query: null }, 'query', [{ query: base }, { query: base }]])));
    case 10:
      return { kind: 'wrong-content-type', method: 'POST', contentType: pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']), body: json(base), withToken: false };
    case 11:
      return { kind: 'get', method: 'GET', contentType: 'application/json', query: base, withToken: random() < 0.5 };
    case 12:
      return post('directive-flood', json(`{ products @skip(if: false) ${'@include(if: true) '.repeat(1 + int(200))} { totalCount } }`));
    case 13:
      // An operationName that names nothing, one given for an anonymous operation, or none for several.
      return post('operation-name', JSON.stringify(pick([
        { query: base, operationName: `Op${int(1000)}` },
        { query: 'query A { products { totalCount } } query B { products { totalCount } }', operationName: pick(['C', '', null, 42]) },
        { query: 'query A { products { totalCount } } query B { products { totalCount } }' },
      ])));
    case 14: {
      const cursor = pick(['offset:1e99', 'offset:0x10', 'offset:', 'offset:-1', 'offset:1.5', 'offset:99999999999999', `offset:${'9'.repeat(400)}`, 'x'.repeat(int(500)), '']);
      const after = random() < 0.8 ? Buffer.from(cursor).toString('base64url') : cursor;
      return post('bad-cursor', JSON.stringify({ query: 'query Q($a: String) { products(first: 3, after: $a) { totalCount } }', variables: { a: after } }));
    }
    case 15: {
      // Deeply nested variable values: JSON arrays or objects thousands of levels deep.
      const depth = 10 + int(8000);
      const value = random() < 0.5 ? `${'['.repeat(depth)}"x"${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
      return post('deep-variable', `{"query":"query Q($s: String) { products(search: $s) { totalCount } }","variables":{"s":${value}}}`);
    }
    case 16: {
      // The cost bypass: many aliased pages sized by a variable.
      const n = 2 + int(40);
      return post('variable-pages', JSON.stringify({ query: `query Q($n: Int) { ${Array.from({ length: n }, (_, i) => `p${i}: products(first: $n) { nodes { id name } }`).join(' ')} }`, variables: { n: pick([1, 20, 200, 201, 1e9, -1]) } }));
    }
    case 17:
      return post('enum-typo', JSON.stringify(pick([
        { query: '{ products(deployment: CLOUDS) { totalCount } }' },
        { query: 'query Q($d: Deployment) { products(deployment: $d) { totalCount } }', variables: { d: pick(['CLOUDS', 'on_premises', 1, null]) } },
      ])));
    case 18: {
      // A deeply nested list literal in the document itself.
      const depth = 10 + int(3000);
      return post('deep-literal', json(`{ products(search: ${'['.repeat(depth)}"x"${']'.repeat(depth)}) { totalCount } }`));
    }
    default:
      return post('valid', json(base));
  }
}

export interface FuzzReport {
  sent: number;
  byStatus: Record<string, number>;
  byCode: Record<string, number>;
  serverErrors: number;
  uncoded: number;
  internalErrors: number;
  samplesOfFailures: string[];
}

/**
 * Sends `count` generated requests (a few at a time) and counts what came back. `url` is the gateway's
 * base URL, or a subgraph's (with `headers` carrying its gateway secret): they must hold alike.
 */
export async function runFuzz(gatewayUrl: string, token: string, count: number, seed: number, concurrency = 8, extraHeaders: Record<string, string> = {}): Promise<FuzzReport> {
  const random = seededRandom(seed);
  const requests = Array.from({ length: count }, () => generateRequest(random));
  const report: FuzzReport = { sent: 0, byStatus: {}, byCode: {}, serverErrors: 0, uncoded: 0, internalErrors: 0, samplesOfFailures: [] };
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const req = requests[next++];
      const headers: Record<string, string> = { 'content-type': req.contentType, 'apollo-require-preflight': 'true', ...extraHeaders };
      if (req.withToken) headers.authorization = `Bearer ${token}`;
      const url = req.method === 'GET' ? `${gatewayUrl}/graphql?query=${encodeURIComponent(req.query ?? '')}` : `${gatewayUrl}/graphql`;
      const res = await fetch(url, { method: req.method, headers, body: req.method === 'POST' ? req.body : undefined });
      const text = await res.text();
      report.sent += 1;
      report.byStatus[res.status] = (report.byStatus[res.status] ?? 0) + 1;
      if (res.status >= 500) {
        report.serverErrors += 1;
        if (report.samplesOfFailures.length < 10) report.samplesOfFailures.push(`${req.kind}: ${res.status} ${text.slice(0, 200)}`);
      }
      let errors: { extensions?: { code?: string } }[] = [];
      try {
        const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
        errors = parsed.errors ?? [];
      } catch {
        report.uncoded += 1;
        if (report.samplesOfFailures.length < 10) report.samplesOfFailures.push(`${req.kind}: non-JSON ${res.status} ${text.slice(0, 120)}`);
        continue;
      }
      for (const e of errors) {
        const code = e.extensions?.code;
        if (!code) {
          report.uncoded += 1;
          if (report.samplesOfFailures.length < 10) report.samplesOfFailures.push(`${req.kind}: uncoded ${JSON.stringify(e).slice(0, 200)}`);
          continue;
        }
        if (code === 'INTERNAL_SERVER_ERROR') {
          report.internalErrors += 1;
          if (report.samplesOfFailures.length < 10) report.samplesOfFailures.push(`${req.kind}: internal ${JSON.stringify(e).slice(0, 200)}`);
        }
        report.byCode[code] = (report.byCode[code] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return report;
}
