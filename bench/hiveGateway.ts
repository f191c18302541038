/**
 * The peer for `npm run bench`: Hive Gateway (`@graphql-hive/gateway`, a dev
 * dependency) executing the same `schema/supergraph.graphql` in front of the
 * same subgraphs, as one Node process like ours. Only the subgraph URLs are
 * rewritten (from the same `<SUBGRAPH>_URL` variables our gateway reads), and
 * the client's `Authorization` header is forwarded, as ours does: without it
 * every private field would fail and the comparison would be meaningless.
 * Like ours, it proves itself to the subgraphs with `SUBGRAPH_SECRET` in
 * `x-gateway-secret`, a static header of every HTTP transport.
 *
 * `HIVE_RUNTIME=rust` swaps the JavaScript query planner and executor for
 * Hive Router's Rust ones (`@graphql-hive/router-runtime`'s
 * `unifiedGraphHandler`, what `--hive-router-runtime` does on the CLI): the
 * fastest gateway that runs here.
 */
import fs from 'node:fs';
import http from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { readGatewayConfig } from '../common/config';
import { GATEWAY_SECRET_HEADER } from '../common/gatewaySecret';

const config = readGatewayConfig();
let supergraph = fs.readFileSync(config.supergraphPath, 'utf8');
for (const [name, url] of Object.entries(config.subgraphUrls)) {
  supergraph = supergraph.replace(new RegExp(`(@join__graph\\(name: "${name}", url: )"[^"]*"`), `$1"${url}"`);
}

const rust = process.env.HIVE_RUNTIME === 'rust';
const runtime = createGatewayRuntime({
  supergraph,
  ...(rust ? { unifiedGraphHandler } : {}),
  logging: 'warn',
  transportEntries: {
    '*.http': { headers: [[GATEWAY_SECRET_HEADER, config.gatewaySecret.secret]] },
  },
  propagateHeaders: {
    fromClientToSubgraphs({ request }) {
      const authorization = request.headers.get('authorization');
      return authorization ? { authorization } : {};
    },
  },
});

const port = Number(process.env.HIVE_GATEWAY_PORT ?? 4100);
const server = http.createServer(runtime);
server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`hive gateway${rust ? ' (rust planner)' : ''} ready on http://127.0.0.1:${port}/graphql\n`);
});
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 3000).unref();
});
