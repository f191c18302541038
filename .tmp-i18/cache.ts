import { createGatewayCache } from '../gateway/src/sharedCache';
import { createLogger } from '../common/logger';
async function main() {
  const logger = createLogger('t');
  for (const url of ['redis://127.0.0.1:6379', 'redis://127.0.0.1:6399']) {
    const c = createGatewayCache({ redisUrl: url, redisKeyPrefix: 'i18test:' }, logger);
    await new Promise((r) => setTimeout(r, 200));
    const t0 = Date.now();
    await c.cache.set('k', 'v', { ttl: 10 });
    const v = await c.cache.get('k');
    console.log(url, v, Date.now() - t0, 'ms');
    const t1 = Date.now();
    for (let i = 0; i < 5; i++) await c.cache.get('k' + i);
    console.log('5 gets', Date.now() - t1, 'ms');
    await c.close();
  }
}
main();
