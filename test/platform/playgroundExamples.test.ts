import { parse, validate } from 'graphql';
import fs from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { SUPERGRAPH_PATH } from '../../common/composeSupergraph';
import { PLAYGROUND_EXAMPLES } from '../../gateway/src/playground/examples';

describe('playground examples', () => {
  const apiSchema = Supergraph.build(fs.readFileSync(SUPERGRAPH_PATH, 'utf8')).apiSchema().toGraphQLJSSchema();

  it.each(PLAYGROUND_EXAMPLES.map((e) => [e.title, e.query] as const))('"%s" is valid against the supergraph', (_title, query) => {
    expect(validate(apiSchema, parse(query)).map((e) => e.message)).toEqual([]);
  });

  it('keeps the public catalog first, so the playground answers before a token is set', () => {
    expect(PLAYGROUND_EXAMPLES[0].query).toMatch(/products\(/);
  });
});
