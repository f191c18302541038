import type { AddressInfo } from 'node:net';
import { readGatewayConfig } from '../../common/config';
import type { Logger } from '../../common/logger';
import { SUBGRAPHS } from '../../common/services';
import { closeServer, listen } from '../../common/subgraphServer';
import { createGatewayService } from '../../gateway/src/server';
import { STACK_BASE_ENV, type Stack } from './stack';

export interface ExtraGateway {
  /** `http://127.0.0.1:<port>`: GraphQL at `/graphql`. */
  url: string;
  stop(): Promise<void>;
}

/**
 * A second gateway, configured by `env`, in front of a running stack's
 * subgraphs: a gateway setting can be tested without starting four more
 * subgraphs and their databases.
 */
export async function startGateway(stack: Stack, env: Record<string, string>, options: { logger?: Logger } = {}): Promise<ExtraGateway> {
  const gatewayEnv: Record<string, string> = { ...STACK_BASE_ENV, ...env };
  for (const d of SUBGRAPHS) gatewayEnv[`${d.envPrefix}_URL`] = stack.subgraphs[d.name].url;
  const service = await createGatewayService(readGatewayConfig(gatewayEnv), { logger: options.logger });
  const server = await listen(service.handler, 0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async stop() {
      server.closeAllConnections();
      await closeServer(server);
      await service.close();
    },
  };
}
