import fs from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import type { DataSource } from 'typeorm';
import { systemClock } from '../../common/clock';
import { openStore } from '../../common/database';
import { createLogger } from '../../common/logger';
import { mountEventReceiver, writeOutboxEvent } from '../../common/outbox';
import { MAX_BATCH_BYTES } from '../../common/outbox/batch';
import { OutboxRelay } from '../../common/outbox/relay';
import { closeServer, listen } from '../../common/subgraphServer';
import { catalogStore } from '../../subgraphs/software-catalog/src/store';

/**
 * The relay closes a batch before its body passes 256 KB, counting each
 * payload's UTF-8 bytes: the outbox accepts payloads of 4,000 characters,
 * and in 3-byte text (CJK, €, curly quotes) that is 12 KB. Counted in
 * characters, a batch of such payloads came to about 720 KB and the receiver
 * (512 KB cap) refused it with 413 on every pass. Found by an outside review.
 */

const SECRET = 'batch-size-secret-0123456789-0123456789-01';
const logger = createLogger('outbox-batch-size');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lgt-obx-size-'));
let sender: DataSource;
let receiver: DataSource;
let server: http.Server;
let base: string;
const batchAnswers: number[] = [];

beforeAll(async () => {
  ({ dataSource: sender } = await openStore({ kind: 'sqlite', file: path.join(dir, 'sender.sqlite') }, catalogStore, logger));
  ({ dataSource: receiver } = await openStore({ kind: 'sqlite', file: path.join(dir, 'receiver.sqlite') }, catalogStore, logger));
  const app = express();
  app.use('/events/batch', (_req, res, next) => {
    res.on('finish', () => batchAnswers.push(res.statusCode));
    next();
  });
  mountEventReceiver(app, { db: receiver, secret: SECRET, handlers: { async NoteWritten() {} }, clock: systemClock, logger });
  server = await listen(app, 0, '127.0.0.1');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`;
});
afterAll(async () => {
  if (server) await closeServer(server);
  await sender?.destroy();
  await receiver?.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('a batch the relay builds from payloads the outbox accepts fits under the receiver limit (no 413)', async () => {
  // 3,980 characters of 3-byte UTF-8 text: within the outbox's 4,000-character payload limit.
  const note = '漢'.repeat(3980);
  await sender.transaction(async (tx) => {
    for (let i = 0; i < 70; i++) await writeOutboxEvent(tx, { destination: 'agreements', type: 'NoteWritten', payload: { note } }, new Date());
  });
  const relay = new OutboxRelay({
    db: sender,
    source: 'software-catalog',
    secret: SECRET,
    target: () => base,
    timing: { pollIntervalMs: 10, retryBaseMs: 10, maxBackoffMs: 100, sweepIntervalMs: 0, requestTimeoutMs: 5000, leaseMs: 30_000, batchMax: 100 },
    logger,
  });
  expect(await relay.runOnce()).toEqual({ delivered: 70, failed: 0 });
  expect(MAX_BATCH_BYTES).toBe(512 * 1024);
  // Taken whole, in batches: no 413, no fallback to single events.
  expect(batchAnswers.length).toBeGreaterThan(1);
  expect(batchAnswers.every((status) => status === 200)).toBe(true);
});
