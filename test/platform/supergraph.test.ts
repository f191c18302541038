import fs from 'node:fs';
import { buildASTSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, parse, type GraphQLNamedType } from 'graphql';
import { Supergraph } from '@apollo/federation-internals';
import { composeSupergraph, SUPERGRAPH_PATH } from '../../common/composeSupergraph';

const committed = fs.readFileSync(SUPERGRAPH_PATH, 'utf8');

describe('schema/supergraph.graphql', () => {
  it('is exactly what `npm run compose` produces from the committed SDL', () => {
    const result = composeSupergraph();
    if (!result.ok) throw new Error(`composition failed:\n${result.errors.join('\n')}`);
    expect(committed).toBe(result.supergraphSdl);
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

  it('is a valid GraphQL document the gateway can load', () => {
    expect(() => buildASTSchema(parse(committed), { assumeValidSDL: true })).not.toThrow();
  });
});
