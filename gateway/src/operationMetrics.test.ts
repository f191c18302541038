import { ApolloServer } from '@apollo/server';
import { Registry } from 'prom-client';
import { BoundedLabels, MAX_OPERATION_LABELS, OperationLabels, operationMetrics } from './operationMetrics';
import { sha256Hex } from './trustedDocuments';

describe('BoundedLabels (metrics label cardinality)', () => {
  it('labels values as they first come, up to its bound; later and overlong ones share the overflow label', () => {
    const labels = new BoundedLabels(2, 'other');
    expect(labels.label('BenefitTiles')).toBe('BenefitTiles');
    expect(labels.label('x'.repeat(65))).toBe('other');
    expect(labels.label('Agreements')).toBe('Agreements');
    expect(labels.label('Minted1')).toBe('other');
    expect(labels.label('BenefitTiles')).toBe('BenefitTiles');
  });
});

describe('OperationLabels (trusted documents first)', () => {
  const TILES_HASH = 'a'.repeat(64);
  const trusted = new Map([[TILES_HASH, 'BenefitTiles']]);

  it('a trusted document keeps its name after junk names have spent the ad hoc bound', () => {
    const labels = new OperationLabels(trusted);
    for (let i = 0; i < MAX_OPERATION_LABELS; i++) expect(labels.label(`${i}`.padStart(64, 'f'), `Junk${i}`)).toBe(`Junk${i}`);
    expect(labels.label('b'.repeat(64), 'LateButReal')).toBe('other');
    expect(labels.label(TILES_HASH, 'BenefitTiles')).toBe('BenefitTiles');
  });

  it("an ad hoc document may not borrow a trusted operation's name nor the gateway's own labels", () => {
    const labels = new OperationLabels(trusted);
    expect(labels.label('c'.repeat(64), 'BenefitTiles')).toBe('other');
    for (const own of ['anonymous', 'invalid', 'other']) expect(labels.label('c'.repeat(64), own)).toBe('other');
    expect(labels.label('c'.repeat(64), null)).toBe('anonymous');
    expect(labels.label('c'.repeat(64), 'MyOwnQuery')).toBe('MyOwnQuery');
  });

  it('a trusted document is labelled by its manifest name whatever it is called in the request', () => {
    expect(new OperationLabels(trusted).label(TILES_HASH, null)).toBe('BenefitTiles');
  });
});

/** Apollo calls didResolveOperation even when nothing resolved: such a request runs nothing and must stay `invalid`. */
const TRUSTED_TEXT = 'query Tiles { a }';
const trusted = new Map([[sha256Hex(TRUSTED_TEXT), 'Tiles']]);

async function serverWithMetrics() {
  const registry = new Registry();
  const server = new ApolloServer({
    typeDefs: 'type Query { a: String b: String }',
    resolvers: { Query: { a: () => 'a', b: () => 'b' } },
    plugins: [operationMetrics(registry, trusted)],
  });
  await server.start();
  return { server, registry };
}

describe('operation metrics: a request whose operationName resolves to no operation', () => {
  it('a trusted document sent with an operationName it does not contain counts as invalid, not under the trusted name', async () => {
    const { server, registry } = await serverWithMetrics();
    try {
      const result = await server.executeOperation({ query: TRUSTED_TEXT, operationName: 'NotInTheDocument' });
      expect(result.body.kind === 'single' && result.body.singleResult.errors?.[0]?.extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
      const text = await registry.metrics();
      expect(text).not.toMatch(/^graphql_requests_total\{operation="Tiles"\}/m);
      expect(text).not.toMatch(/^graphql_errors_total\{operation="Tiles",code="OPERATION_RESOLUTION_FAILURE"\}/m);
      expect(text).toMatch(/^graphql_requests_total\{operation="invalid"\} 1$/m);
    } finally {
      await server.stop();
    }
  });

  it('an ad hoc document with two operations and no operationName counts as invalid, not anonymous', async () => {
    const { server, registry } = await serverWithMetrics();
    try {
      await server.executeOperation({ query: 'query A { a } query B { b }' });
      const text = await registry.metrics();
      expect(text).not.toMatch(/^graphql_requests_total\{operation="anonymous"\}/m);
      expect(text).toMatch(/^graphql_requests_total\{operation="invalid"\} 1$/m);
    } finally {
      await server.stop();
    }
  });
});
