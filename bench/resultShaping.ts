/**
 * `npx tsx bench/resultShaping.ts [rounds]`: the gateway's result shaping alone, `@apollo/gateway`'s
 * `computeResponse` against ours (gateway/src/resultShaping.ts), in alternating rounds in one process, on
 * the bench's agreements page (50 agreements, 3 licence lines and 8 SA services each, as the subgraphs
 * answer it). Each figure is the mean per page of 300 pages; parsing the operation and building the page
 * are timed apart ("setup") and left out.
 */
import fs from 'node:fs';
import { parse } from 'graphql';
import { operationFromDocument, Supergraph, type Operation } from '@apollo/federation-internals';
import apolloResultShaping = require('@apollo/gateway/dist/resultShaping');
import { SUPERGRAPH_PATH } from '../common/composeSupergraph';
import { AGREEMENTS_QUERY } from './workloads';
import { computeResponse, type ComputeResponse } from '../gateway/src/resultShaping';

const apollo = apolloResultShaping.computeResponse as ComputeResponse;
const apiSchema = Supergraph.build(fs.readFileSync(SUPERGRAPH_PATH, 'utf8')).apiSchema();
const PAGES = 300;

/** An agreements page as the agreements subgraph and the catalog's entities merge into it. */
function page(): Record<string, unknown> {
  const nodes = Array.from({ length: 50 }, (_, n) => ({
    __typename: 'Agreement',
    id: `agreement-${n}`,
    number: `E-${1000 + n}`,
    program: 'ENTERPRISE',
    status: 'ACTIVE',
    portal: 'EOPEN',
    saCoveredLicenseCount: 120 + n,
    licenseLines: Array.from({ length: 3 }, (_, l) => ({
      quantity: 40 + l,
      saCoveredUntil: '2027-06-30',
      product: { __typename: 'Product', id: `product-${(n + l) % 50}`, name: `Product ${l}`, deployment: 'ON_PREMISES', latestVersion: { version: '2024' } },
    })),
    saServices: Array.from({ length: 8 }, () => ({ kind: 'HOME_USE_PROGRAM', unit: 'NONE', status: 'NOT_ACTIVATED', entitledQuantity: null, remainingQuantity: null })),
  }));
  return { myAgreements: { totalCount: 60, nodes } };
}

function operation(): Operation {
  return operationFromDocument(apiSchema, parse(AGREEMENTS_QUERY), { validate: false });
}

function msPerPage(shape: ComputeResponse | null): number {
  const inputs = Array.from({ length: PAGES }, () => ({ operation: operation(), input: page() }));
  const start = process.hrtime.bigint();
  if (shape) for (const { operation: op, input } of inputs) shape({ operation: op, input, introspectionHandling: () => null });
  else for (let i = 0; i < PAGES; i++) {
    operation();
    page();
  }
  return Number(process.hrtime.bigint() - start) / 1e6 / PAGES;
}

const rounds = Number(process.argv[2] ?? 5);
for (let round = 1; round <= rounds; round++) {
  const order: [string, ComputeResponse][] = round % 2 ? [['apollo', apollo], ['ours', computeResponse]] : [['ours', computeResponse], ['apollo', apollo]];
  const figures = order.map(([name, shape]) => `${name} ${msPerPage(shape).toFixed(3)} ms`);
  console.log(`round ${round}: ${figures.join(', ')} per page (setup ${msPerPage(null).toFixed(3)} ms, not included)`);
}
