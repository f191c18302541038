import http from 'node:http';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { freePort } from '../harness/freePort';

/**
 * The production path of tracing: a gateway process started as `npm run
 * start:gateway` starts it, with OTEL_EXPORTER_OTLP_ENDPOINT set, sends its
 * spans over OTLP/HTTP to a collector this test plays, and flushes them on
 * SIGTERM. (In-process tests use an in-memory exporter: the OTLP exporter
 * imports modules dynamically, which jest's sandbox refuses.)
 */
const root = path.resolve(__dirname, '..', '..');
let child: ChildProcess | undefined;
let output = '';
afterAll(() => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

interface OtlpExport {
  resourceSpans: { resource: { attributes: { key: string; value: { stringValue?: string } }[] }; scopeSpans: { spans: { name: string; traceId: string }[] }[] }[];
}

it('a gateway process with OTEL_EXPORTER_OTLP_ENDPOINT exports its request spans to <endpoint>/v1/traces, flushed by SIGTERM', async () => {
  const exports: { path?: string; body: OtlpExport }[] = [];
  const collector = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      exports.push({ path: req.url, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpExport });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  try {
    const port = await freePort();
    child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'gateway', 'src', 'index.ts')], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        GATEWAY_PORT: String(port),
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as AddressInfo).port}`,
        LOG_LEVEL: 'info',
        // No subgraph runs: the gateway still plans and answers (SUBGRAPH_UNAVAILABLE); enough for spans.
        AGREEMENTS_URL: 'http://127.0.0.1:1/graphql',
        SUPPORT_CONTRACTS_URL: 'http://127.0.0.1:1/graphql',
        SOFTWARE_CATALOG_URL: 'http://127.0.0.1:1/graphql',
        PARTNER_BENEFITS_URL: 'http://127.0.0.1:1/graphql',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    const deadline = Date.now() + 60_000;
    let requestId: string | null = null;
    while (!requestId && Date.now() < deadline && child.exitCode === null) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query Catalog { products(first: 1) { totalCount } }' }) });
        await res.text();
        requestId = res.headers.get('x-request-id');
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    expect({ requestId, output: requestId ? '' : output }).toEqual({ requestId: expect.stringMatching(/^[0-9a-f]{32}$/), output: '' });
    expect(output).toContain('"tracing":"otlp"');

    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);

    expect(exports.map((e) => e.path)).toContain('/v1/traces');
    const resourceSpans = exports.flatMap((e) => e.body.resourceSpans);
    const serviceNames = new Set(resourceSpans.flatMap((r) => r.resource.attributes.filter((a) => a.key === 'service.name').map((a) => a.value.stringValue)));
    expect([...serviceNames]).toEqual(['gateway']);
    const spans = resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans)).filter((s) => s.traceId === requestId);
    expect(spans.map((s) => s.name)).toEqual(expect.arrayContaining(['query Catalog', 'gateway.request', 'gateway.plan', 'gateway.fetch']));
  } finally {
    collector.closeAllConnections();
    await new Promise((resolve) => collector.close(resolve));
  }
}, 90_000);
