import fs from 'node:fs';
import path from 'node:path';
import {
  buildASTSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  type DefinitionNode,
  type GraphQLNamedType,
  type TypeDefinitionNode,
} from 'graphql';
import { Supergraph } from '@apollo/federation-internals';
import { API_SCHEMA_PATH, composeSupergraph, SCHEMA_DIR, SUPERGRAPH_PATH } from '../../common/composeSupergraph';
import { SUBGRAPHS } from '../../common/services';

const committed = fs.readFileSync(SUPERGRAPH_PATH, 'utf8');

const isTypeDefinition = (d: DefinitionNode): d is TypeDefinitionNode =>
  [Kind.OBJECT_TYPE_DEFINITION, Kind.INTERFACE_TYPE_DEFINITION, Kind.ENUM_TYPE_DEFINITION, Kind.INPUT_OBJECT_TYPE_DEFINITION, Kind.SCALAR_TYPE_DEFINITION, Kind.UNION_TYPE_DEFINITION].includes(d.kind);

/**
 * Why a type that several subgraphs define is one thing in the composed graph, or null when nothing
 * says so. Composition merges same-named types silently (an enum gets the union of the values), so
 * two unrelated types that happen to share a name become one type that is neither.
 */
function sharedIntent(definitions: TypeDefinitionNode[]): string | null {
  const kinds = new Set(definitions.map((d) => d.kind));
  if (kinds.size > 1) return null;
  const first = definitions[0];
  const directives = (d: TypeDefinitionNode) => (d.directives ?? []).map((x) => x.name.value);
  switch (first.kind) {
    case Kind.SCALAR_TYPE_DEFINITION:
      return 'a scalar';
    case Kind.OBJECT_TYPE_DEFINITION:
      if (['Query', 'Mutation'].includes(first.name.value)) return 'a root type';
      if (definitions.every((d) => directives(d).includes('key'))) return 'an entity (@key)';
      if (definitions.every((d) => directives(d).includes('shareable'))) return 'a value type (@shareable)';
      return null;
    case Kind.ENUM_TYPE_DEFINITION: {
      // Enums have no @shareable: the same set of values is what says "one enum, defined twice".
      const values = (d: TypeDefinitionNode) => (d.kind === Kind.ENUM_TYPE_DEFINITION ? (d.values ?? []).map((v) => v.name.value).sort().join(',') : '');
      return definitions.every((d) => values(d) === values(first)) ? 'one enum (same values)' : null;
    }
    default:
      return null;
  }
}

describe('schema/supergraph.graphql', () => {
  it('is exactly what `npm run compose` produces from the committed SDL', () => {
    const result = composeSupergraph();
    if (!result.ok) throw new Error(`composition failed:\n${result.errors.join('\n')}`);
    expect(committed).toBe(result.supergraphSdl);
  });

  it('has schema/api.graphql, the schema clients see, exactly as `npm run compose` produces it, without federation machinery', () => {
    const result = composeSupergraph();
    if (!result.ok) throw new Error(`composition failed:\n${result.errors.join('\n')}`);
    const api = fs.readFileSync(API_SCHEMA_PATH, 'utf8');
    expect(api).toBe(result.apiSdl);
    expect(api).not.toMatch(/join__|link__|@link|@key/);
    expect(api).toMatch(/myBenefitTiles/);
  });

  it('describes every type, field, argument and enum value analysts see', () => {
    // The API schema is what clients see: federation's own join__/link__ machinery is stripped.
    const apiSchema = Supergraph.build(committed).apiSchema().toGraphQLJSSchema();
    const missing: string[] = [];
    const own = (t: GraphQLNamedType) => !t.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name);
    for (const type of Object.values(apiSchema.getTypeMap()).filter(own)) {
      if (!type.description && !['Query', 'Mutation'].includes(type.name)) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          if ('args' in field) for (const arg of field.args) if (!arg.description && !['first', 'after'].includes(arg.name)) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('has no two types sharing a name across subgraphs unless @key, @shareable or identical enum values say they are one', () => {
    const byName = new Map<string, { subgraph: string; definition: TypeDefinitionNode }[]>();
    for (const s of SUBGRAPHS) {
      const doc = parse(fs.readFileSync(path.join(SCHEMA_DIR, `${s.name}.graphql`), 'utf8'));
      for (const definition of doc.definitions.filter(isTypeDefinition)) {
        byName.set(definition.name.value, [...(byName.get(definition.name.value) ?? []), { subgraph: s.name, definition }]);
      }
    }
    const clashes = [...byName]
      .filter(([, defs]) => defs.length > 1 && sharedIntent(defs.map((d) => d.definition)) === null)
      .map(([name, defs]) => `${name} (${defs.map((d) => d.subgraph).join(', ')})`);
    expect(clashes).toEqual([]);
  });

  it('keeps one name for each SoftwareSubscription field and marks the other deprecated, pointing at it', () => {
    const subscription = Supergraph.build(committed).apiSchema().toGraphQLJSSchema().getType('SoftwareSubscription');
    if (!isObjectType(subscription)) throw new Error('SoftwareSubscription is not an object type');
    const fields = subscription.getFields();
    expect(fields.product.deprecationReason).toBeUndefined();
    expect(fields.kind.deprecationReason).toBeUndefined();
    expect(fields.entitledProduct.deprecationReason).toMatch(/^Use `product`/);
    expect(fields.entitlementKind.deprecationReason).toMatch(/^Use `kind`/);
    // Same type as the field to use instead, so moving over changes nothing else in a client.
    expect(String(fields.entitlementKind.type)).toBe(String(fields.kind.type).replace(/!$/, ''));
  });

  it('is a valid GraphQL document the gateway can load', () => {
    expect(() => buildASTSchema(parse(committed), { assumeValidSDL: true })).not.toThrow();
  });
});
