import fs from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { getOperationAST, parse } from 'graphql';
import { SUPERGRAPH_PATH } from '../../common/composeSupergraph';
import { readOperationLimits } from '../../common/config';
import { operationCost } from '../../common/operationLimits';
import { PLAYGROUND_EXAMPLES } from '../../gateway/src/playground/examples';
import { AGREEMENTS_QUERY, CATALOG_QUERY, SUBMIT_MUTATION, TILES_QUERY } from '../../bench/workloads';

/**
 * The cost model (common/operationLimits.ts) against what the graph's users
 * really send: every one must pass the default OPERATION_MAX_COST, and the
 * abuse it exists for must not.
 */
const apiSchema = Supergraph.build(fs.readFileSync(SUPERGRAPH_PATH, 'utf8')).apiSchema().toGraphQLJSSchema();
const maxCost = readOperationLimits({}).maxCost;

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  return operationCost(apiSchema, document, getOperationAST(document)!, variables);
}

/** The benefit-tiles component's query: a trusted document it sends by hash (client/operations). */
const tilesView = fs.readFileSync(path.resolve(__dirname, '..', '..', 'client', 'operations', 'BenefitTiles.graphql'), 'utf8');

describe('operation cost', () => {
  it.each([
    ...PLAYGROUND_EXAMPLES.map((e) => [`playground: ${e.title}`, e.query, {}] as const),
    ['bench: tiles', TILES_QUERY, {}],
    ['bench: agreements', AGREEMENTS_QUERY, {}],
    ['bench: catalog', CATALOG_QUERY, { search: 'server' }],
    ['bench: submit', SUBMIT_MUTATION, { input: { supportContractId: 'sc-1', productId: 'prod-1', severity: 'B', description: 'd', idempotencyKey: 'k' } }],
    ['benefit tiles view (100 a page)', tilesView, { first: 100 }],
  ] as const)('%s passes the default limit', (_name, query, variables) => {
    expect(cost(query, variables)).toBeLessThanOrEqual(maxCost);
  });

  it('costs a page by its size whether it is written in, passed as a variable, or left to the schema default', () => {
    const literal = cost('{ products(first: 200) { nodes { id name } } }');
    expect(cost('query($n: Int) { products(first: $n) { nodes { id name } } }', { n: 200 })).toBe(literal);
    expect(literal).toBe(1 + 200 * 3);
    // Not given: the schema default (20); given as null: the largest page (200); not coercible: the client's fault.
    expect(cost('query($n: Int) { products(first: $n) { nodes { id } } }')).toBe(1 + 20 * 2);
    expect(cost('query($n: Int) { products(first: $n) { nodes { id } } }', { n: null })).toBe(1 + 200 * 2);
    expect(() => cost('query($n: Int) { products(first: $n) { nodes { id } } }', { n: 'x' })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
  });

  it('multiplies nested pages and counts a fragment wherever it is spread', () => {
    expect(cost('{ myAgreements(first: 10) { nodes { servicesAdministrators(first: 5) { nodes { email } } } } }')).toBe(1 + 10 * (1 + 1 + 5 * 2));
    const viaFragments = cost('query { a: products(first: 10) { ...P } b: products(first: 10) { ...P } } fragment P on ProductConnection { nodes { id } }');
    expect(viaFragments).toBe(2 * (1 + 10 * 2));
  });

  it('skips what @skip/@include leave out, and refuses a fragment bomb unwalked', () => {
    expect(cost('query($no: Boolean!) { products(first: 200) @include(if: $no) { nodes { id } } }', { no: false })).toBe(0);
    const levels = Array.from({ length: 16 }, (_, i) => `fragment F${i} on Product { ...F${i + 1} ...F${i + 1} }`).join(' ');
    expect(cost(`{ products(first: 1) { nodes { ...F0 } } } ${levels} fragment F16 on Product { id name }`)).toBe(Number.POSITIVE_INFINITY);
  });

  it('refuses 20 aliases of a page of 200 by default', () => {
    const pages = Array.from({ length: 20 }, (_, i) => `p${i}: products(first: $n) { nodes { id name } }`).join(' ');
    expect(cost(`query($n: Int) { ${pages} }`, { n: 200 })).toBeGreaterThan(maxCost);
  });
});
