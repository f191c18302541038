import fs from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { buildSubgraphSchema } from '@apollo/subgraph';
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

  it('remembers the cost of a parsed operation per page size: a cost cached for `first: $n` is not reused for another $n', () => {
    // One parsed document, as Apollo Server's document cache hands it to every request with this text.
    const document = parse('query($n: Int, $m: Int = 3) { products(first: $n) { nodes { id versions { version } } } a: products(first: $m) { totalCount } }');
    const run = (variables: Record<string, unknown>) => operationCost(apiSchema, document, getOperationAST(document)!, variables);
    // products: 1 + n × nodes (1 + id 1 + versions (1 + version 1)); a: 1 + m × totalCount 1.
    const pages = (n: number, m: number) => 1 + n * 4 + 1 + m * 1;
    expect(run({ n: 1 })).toBe(pages(1, 3));
    expect(run({ n: 200 })).toBe(pages(200, 3));
    expect(run({ n: 1 })).toBe(pages(1, 3));
    expect(run({ n: 1, m: 200 })).toBe(pages(1, 200));
    // Left out: the schema default (20); null: the largest page; each its own cost.
    expect(run({})).toBe(pages(20, 3));
    expect(run({ n: null })).toBe(pages(200, 3));
    expect(run({ n: 1, m: null })).toBe(pages(1, 200));
    // A variable the cost does not depend on shares the memo, and still has to coerce.
    expect(() => run({ n: 'x' })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });

  it('remembers a cost per @skip/@include condition', () => {
    const document = parse('query($on: Boolean!) { products(first: 200) @include(if: $on) { nodes { id } } }');
    const run = (on: boolean) => operationCost(apiSchema, document, getOperationAST(document)!, { on });
    expect(run(false)).toBe(0);
    expect(run(true)).toBe(1 + 200 * 2);
    expect(run(false)).toBe(0);
  });

  it("remembers a subgraph's `_entities` cost per number of representations", () => {
    const sdl = fs.readFileSync(path.resolve(__dirname, '..', '..', 'schema', 'software-catalog.graphql'), 'utf8');
    const subgraphSchema = buildSubgraphSchema({ typeDefs: parse(sdl) });
    const document = parse('query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Product { name versions { version } } } }');
    const run = (count: number) =>
      operationCost(subgraphSchema, document, getOperationAST(document)!, { representations: Array.from({ length: count }, (_, i) => ({ __typename: 'Product', id: `p${i}` })) });
    expect(run(1)).toBe(1 + 1 * 3);
    expect(run(150)).toBe(1 + 150 * 3);
    expect(run(1)).toBe(1 + 1 * 3);
    // At most a page of them: the gateway already costed the objects above.
    expect(run(1000)).toBe(1 + 200 * 3);
  });

  it('refuses 20 aliases of a page of 200 by default', () => {
    const pages = Array.from({ length: 20 }, (_, i) => `p${i}: products(first: $n) { nodes { id name } }`).join(' ');
    expect(cost(`query($n: Int) { ${pages} }`, { n: 200 })).toBeGreaterThan(maxCost);
  });
});
