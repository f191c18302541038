import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import type { DataSource } from 'typeorm';
import { openStore } from '../../common/database';
import { createLogger } from '../../common/logger';
import { inSpan, startTracing, type TracingRuntime } from '../../common/tracing';
import { catalogStore } from '../../subgraphs/software-catalog/src/store';

/**
 * Tracing on the embedded SQLite store (`npm start` with an OTLP endpoint).
 * `traceStatements` (common/database.ts) wraps the `query` of the runners
 * `createQueryRunner` returns; better-sqlite3 returns ONE runner per store,
 * which used to be wrapped again on every call: one statement then made a
 * span per earlier call, and after about 8,200 statements every query failed
 * with "Maximum call stack size exceeded". Found by an outside review.
 */

const exporter = new InMemorySpanExporter();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), `lgt-trc-${crypto.randomBytes(4).toString('hex')}-`));
let tracing: TracingRuntime;
let db: DataSource;

beforeAll(async () => {
  tracing = (await startTracing({ serviceName: 'sqlite-tracing', exporter }))!;
  ({ dataSource: db } = await openStore({ kind: 'sqlite', file: path.join(dir, 'software_catalog.sqlite') }, catalogStore, createLogger('sqlite-tracing')));
});
afterAll(async () => {
  await db?.destroy();
  await tracing?.shutdown();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('one statement is one CLIENT span, however many statements ran before it', async () => {
  for (let i = 0; i < 5; i++) await db.transaction(async (tx) => void (await tx.query('SELECT 1')));
  await db.query('SELECT 1');
  exporter.reset();
  await inSpan('request', {}, async () => void (await db.query('SELECT 2')));
  expect(exporter.getFinishedSpans().filter((s) => s.name.startsWith('SELECT')).length).toBe(1);
});
