import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { buildSchema, operationFromDocument, Supergraph, type FieldSelection, type Schema } from '@apollo/federation-internals';
import * as apolloResultShaping from '@apollo/gateway/dist/resultShaping';
import { SUPERGRAPH_PATH } from '../../common/composeSupergraph';
import { AGREEMENTS_QUERY, TILES_QUERY, CATALOG_QUERY, SUBMIT_MUTATION } from '../../bench/workloads';
import { computeResponse, installResultShaping, type ComputeResponse } from './resultShaping';

// Apollo's own, taken before any install in this process: the reference every answer is compared with.
const apollo = apolloResultShaping.computeResponse as ComputeResponse;
const apiSchema = Supergraph.build(fs.readFileSync(SUPERGRAPH_PATH, 'utf8')).apiSchema();

/** A schema with what the graph's does not have (interfaces, unions, lists of lists, custom scalars, Float). */
const shapes = buildSchema(`
  type Query { node(id: ID!): Node  search: [Result!]!  matrix: [[Int]]  strict: [Int!]!  things: [Thing!] me: Person! opt: Person settings: Settings }
  type Settings { values: [String] entries: [Int] keys: JSON at: String map: Int }
  interface Node { id: ID! }
  type Person implements Node { id: ID! name: String! age: Int score: Float tags: [String!] json: JSON when: Date mood: Mood }
  type Robot implements Node { id: ID! model: String! owner: Person! }
  union Result = Person | Robot
  type Thing { id: ID! person: Person }
  enum Mood { HAPPY SAD }
  scalar JSON
  scalar Date
`);

type Outcome = { data: string; errors: unknown[] } | { thrown: string };

function run(shape: ComputeResponse, schema: Schema, query: string, input: unknown, variables?: Record<string, unknown>): Outcome {
  const operation = operationFromDocument(schema, parse(query), { validate: false });
  try {
    const { data, errors } = shape({
      operation,
      variables,
      input: input as Record<string, unknown>,
      introspectionHandling: (selection: FieldSelection) => ({ introspected: selection.element.responseName() }),
    });
    // The key order is part of the answer a client receives, so compare the serialised form.
    return { data: JSON.stringify(data), errors: errors.map((e) => ({ message: e.message, path: e.path, extensions: e.extensions })) };
  } catch (error) {
    return { thrown: (error as Error).message };
  }
}

function expectSame(schema: Schema, query: string, input: unknown, variables?: Record<string, unknown>): Outcome {
  const theirs = run(apollo, schema, query, input, variables);
  const ours = run(computeResponse, schema, query, input, variables);
  expect(ours).toEqual(theirs);
  return ours;
}

describe('result shaping: the same answers and errors as @apollo/gateway computeResponse', () => {
  it('an agreements page: extra key fields dropped, aliases and order as asked', () => {
    const page = {
      myAgreements: {
        totalCount: 2,
        nodes: [1, 2].map((n) => ({
          __typename: 'Agreement',
          id: `a${n}`,
          number: `N-${n}`,
          program: 'ENTERPRISE',
          status: 'ACTIVE',
          portal: 'EOPEN',
          saCoveredLicenseCount: n,
          licenseLines: [{ quantity: 3, saCoveredUntil: '2027-01-01', productId: 'p1', product: { __typename: 'Product', id: 'p1', name: 'Office', deployment: 'ON_PREMISES', latestVersion: { version: '2024' } } }],
          saServices: [{ kind: 'HOME_USE_PROGRAM', unit: 'NONE', status: 'ACTIVATED', entitledQuantity: 5, remainingQuantity: 2 }],
        })),
      },
    };
    const outcome = expectSame(apiSchema, AGREEMENTS_QUERY, page);
    expect(outcome).toMatchObject({ errors: [] });
    expect((outcome as { data: string }).data).not.toContain('productId');
  });

  it('nulls bubble up to the nearest nullable field, with one error per null', () => {
    const outcome = expectSame(apiSchema, AGREEMENTS_QUERY, {
      myAgreements: { totalCount: null, nodes: [{ number: null, program: 'ENTERPRISE', licenseLines: [], saServices: [] }] },
    });
    expect((outcome as { errors: unknown[] }).errors.length).toBeGreaterThan(0);
    expectSame(shapes, '{ strict }', { strict: [1, null, 3] });
    expectSame(shapes, '{ me { name } }', { me: { name: null } });
    expectSame(shapes, '{ things { id person { name } } }', { things: [{ id: '1', person: { name: null } }, { id: null }] });
  });

  it('leaf values are checked against their type', () => {
    for (const age of [1, -0, 1.5, 1e21, 123456789012345680000, Infinity, NaN, '3', true, null, {}]) {
      expectSame(shapes, '{ me { age } }', { me: { age } });
    }
    for (const id of ['x', 7, 7.5, false]) expectSame(shapes, '{ node(id: "1") { id } }', { node: { __typename: 'Person', id } });
    for (const score of [1, 1.5, '1.5', false]) expectSame(shapes, '{ me { score } }', { me: { score } });
    for (const name of ['n', 1, true]) expectSame(shapes, '{ me { name } }', { me: { name } });
    for (const mood of ['HAPPY', 'happy', 'ANGRY', 1]) expectSame(shapes, '{ me { mood } }', { me: { mood } });
    for (const json of [{ a: [1] }, 'x', 3, false]) expectSame(shapes, '{ me { json when } }', { me: { json, when: json } });
    expectSame(shapes, '{ me { tags } matrix }', { me: { tags: ['a', 2, null] }, matrix: [[1, 'x'], null, [2.5]] });
  });

  it('@skip and @include, literal, variable and defaulted variable', () => {
    const input = { me: { name: 'n', age: 3, score: 1.5 } };
    expectSame(shapes, '{ me { name @skip(if: true) age @include(if: false) score } }', input);
    expectSame(shapes, 'query($s: Boolean!, $i: Boolean = false) { me { name @skip(if: $s) age @include(if: $i) score } }', input, { s: false });
    expectSame(shapes, 'query($s: Boolean!) { me { ... @skip(if: $s) { name } age } }', input, { s: true });
    expectSame(shapes, 'query($s: Boolean!) { me { name @skip(if: $s) } }', input, {});
  });

  it('fragments on interfaces and unions follow the runtime __typename', () => {
    const search = [
      { __typename: 'Person', id: '1', name: 'Ada', model: 'x' },
      { __typename: 'Robot', id: '2', model: 'R2', owner: { __typename: 'Person', name: 'Luke' } },
    ];
    expectSame(shapes, '{ search { __typename ... on Person { name } ... on Robot { model owner { name } } ... on Node { id } } }', { search });
    expectSame(shapes, '{ search { kind: __typename ...P } } fragment P on Person { name }', { search });
    expectSame(shapes, '{ node(id: "1") { id ... on Person { name } } }', { node: { id: '1', name: 'no typename' } });
    expectSame(shapes, '{ search { __typename } }', { search: [{ __typename: 'Nope' }] });
    expectSame(shapes, '{ search { ... on Person { name } } }', { search: [{ __typename: 'Query' }] });
    expectSame(shapes, '{ node(id: "1") { t: __typename } }', { node: { __typename: 'Robot', t: null } });
    expectSame(shapes, '{ node(id: "1") { __typename } }', { node: {} });
  });

  it('the same response name selected twice is merged, not replaced', () => {
    expectSame(shapes, '{ me { name } me { age tags } ... on Query { me { name score } } }', { me: { name: 'n', age: 1, tags: ['a'], score: 2 } });
    expectSame(shapes, '{ things { id } things { person { name } } }', { things: [{ id: '1', person: { name: 'p' } }, { id: '2', person: null }] });
  });

  it('response names that Object.prototype also has stay own properties of the answer', () => {
    // As a subgraph's answer arrives: JSON.parse makes `__proto__` an own key.
    const input = JSON.parse('{"me":{"constructor":"c","__proto__":3,"toString":2.5,"hasOwnProperty":"h","name":"n"}}');
    const outcome = expectSame(shapes, '{ me { constructor: name __proto__: age toString: score hasOwnProperty: name valueOf: tags } }', input);
    expect((outcome as { data: string }).data).toBe('{"me":{"constructor":"c","__proto__":3,"toString":2.5,"hasOwnProperty":"h","valueOf":null}}');
    expect(Object.getPrototypeOf({})).not.toHaveProperty('me');
  });

  it('a directive variable that is not a boolean fails only where Apollo would reach it', () => {
    // The walk stops before it (a null carried up): partial data and the null's error, no failure.
    expectSame(shapes, 'query($s: Boolean = true) { opt { name age @skip(if: $s) } me { id } }', { opt: { age: 3 }, me: { id: '1' } }, { s: null });
    expectSame(shapes, 'query($s: Boolean) { me { name } opt @skip(if: $s) { name } }', { me: null }, { s: null });
    expectSame(shapes, 'query($s: Boolean!) { node(id: "1") { __typename id @include(if: $s) } }', { node: { __typename: 'Node', id: '1' } }, { s: 1 });
    expectSame(shapes, 'query($s: Boolean!) { me { tags age @skip(if: $s) } }', { me: { tags: 'x', age: 1 } }, { s: 1 });
    // The walk gets there: the same failure.
    const reached = expectSame(shapes, 'query($s: Boolean!) { me { name ... @skip(if: $s) { age } } }', { me: { name: 'n', age: 1 } }, { s: 1 });
    expect(reached).toEqual({ thrown: expect.stringContaining('Unexpected value 1 for variable $s') });
  });

  it('a list sent where an object belongs has no fields of Array.prototype', () => {
    expectSame(shapes, '{ settings { values } }', { settings: ['a'] });
    expectSame(shapes, '{ opt { keys: json } }', { opt: [] });
    expectSame(shapes, '{ settings { at map entries } }', { settings: [] });
    expectSame(shapes, '{ opt { map: name } }', { opt: [] });
  });

  it('introspection fields are answered by the gateway, once', () => {
    expectSame(shapes, '{ __schema { queryType { name } } me { name } __type(name: "Person") { name } }', { me: { name: 'n' } });
  });

  it('broken subgraph answers fail the same way', () => {
    expectSame(shapes, '{ things { id } }', { things: { id: '1' } });
    expectSame(shapes, '{ me { name } }', { me: 'n' });
    expectSame(shapes, '{ me { name } }', { me: { __typename: 3, name: 'n' } });
    expectSame(shapes, '{ search { __typename } }', { search: [{ __typename: 7 }] });
    expectSame(shapes, '{ me { name } }', null);
    expectSame(shapes, '{ me { name } }', undefined);
    expectSame(shapes, '{ me { name } }', {});
  });

  it('the bench operations and random answers around them (seeded) shape alike', () => {
    const random = mulberry32(19);
    const operations: [Schema, string][] = [
      [apiSchema, AGREEMENTS_QUERY],
      [apiSchema, TILES_QUERY],
      [apiSchema, CATALOG_QUERY],
      [apiSchema, SUBMIT_MUTATION],
      [shapes, '{ search { __typename ... on Person { name age score tags mood } ... on Robot { model owner { name } } } matrix things { id person { json } } me { n: name, name } }'],
    ];
    let compared = 0;
    for (const [schema, query] of operations) {
      for (let i = 0; i < 150; i++) {
        const input = randomValue(random, schema, query);
        expectSame(schema, query, input);
        compared++;
      }
    }
    expect(compared).toBe(750);
  });

  it('is installed in the gateway’s place, on the gateway line it was written from', () => {
    expect(apolloResultShaping.computeResponse).toBe(apollo);
    expect(installResultShaping()).toBe(true);
    // The very object @apollo/gateway's executor reads it from.
    expect(jest.requireActual<{ computeResponse: unknown }>('@apollo/gateway/dist/resultShaping').computeResponse).toBe(computeResponse);
  });

  it('is installed the same when the gateway runs through tsx (npm start, the process tests)', () => {
    const root = path.resolve(__dirname, '..', '..');
    const script = [
      "const { installResultShaping, computeResponse } = require('./gateway/src/resultShaping.ts');",
      "const installed = installResultShaping();",
      "console.log(JSON.stringify({ installed, used: require('@apollo/gateway/dist/resultShaping').computeResponse === computeResponse }));",
    ].join(' ');
    const output = execFileSync(process.execPath, [require.resolve('tsx/cli'), '-e', script], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(output.trim())).toEqual({ installed: true, used: true });
  }, 30_000);
});

/** A small seeded PRNG, so a failing case can be replayed. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An answer shaped like what the subgraphs send for `query`: mostly right, sometimes a field missing, null,
 * of the wrong type, with a wrong __typename or an extra key.
 */
function randomValue(random: () => number, schema: Schema, query: string): unknown {
  const operation = operationFromDocument(schema, parse(query), { validate: false });
  const leaves: unknown[] = ['s', 'HAPPY', 'ACTIVE', 'ENTERPRISE', 1, 2.5, -0, true, false, 1e21, {}, [1]];
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
  type SelectionSetLike = typeof operation.selectionSet;
  const objectFor = (selectionSet: SelectionSetLike | undefined, depth: number): Record<string, unknown> => {
    const object: Record<string, unknown> = {};
    if (random() < 0.3) object.__typename = pick(['Person', 'Robot', 'Agreement', 'Product', 'Nope', 'Query']);
    if (random() < 0.1) object.extraKey = 'extra';
    for (const selection of selectionSet?.selections() ?? []) {
      if (selection.kind === 'FragmentSelection') {
        Object.assign(object, objectFor(selection.selectionSet, depth));
        continue;
      }
      const roll = random();
      if (roll < 0.05) continue;
      const name = selection.element.responseName();
      if (roll < 0.12) object[name] = null;
      else if (roll < 0.18) object[name] = pick(leaves);
      else object[name] = valueFor(String(selection.element.definition.type), selection.selectionSet, depth + 1);
    }
    return object;
  };
  const valueFor = (type: string, selectionSet: SelectionSetLike | undefined, depth: number): unknown => {
    const named = type.replace(/[[\]!]/g, '');
    const list = type.replace(/!$/, '').startsWith('[');
    const one = (): unknown => {
      if (selectionSet) return depth > 6 ? null : objectFor(selectionSet, depth);
      switch (named) {
        case 'Int':
          return pick([1, 7, 2.5, '3']);
        case 'Float':
          return pick([1.5, 2, 'x']);
        case 'Boolean':
          return pick([true, false, 'true']);
        case 'ID':
        case 'String':
          return pick(['a', 'b', 4]);
        default:
          return pick(leaves);
      }
    };
    if (!list) return one();
    const length = Math.floor(random() * 4);
    const inner = type.replace(/!$/, '').slice(1, -1);
    return Array.from({ length }, () => (inner.replace(/!$/, '').startsWith('[') ? valueFor(inner, selectionSet, depth) : one()));
  };
  return objectFor(operation.selectionSet, 0);
}
