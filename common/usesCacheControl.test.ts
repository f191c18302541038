import fs from 'node:fs';
import { parse } from 'graphql';
import { SUBGRAPHS } from './services';
import { subgraphSchemaPath } from './subgraphServer';
import { usesCacheControl } from './usesCacheControl';

describe('usesCacheControl', () => {
  it('finds an applied @cacheControl on a field or a type, not a bare declaration', () => {
    const declaration = 'directive @cacheControl(maxAge: Int) on FIELD_DEFINITION | OBJECT';
    expect(usesCacheControl(parse(`${declaration} type Query { a: Int }`))).toBe(false);
    expect(usesCacheControl(parse(`${declaration} type Query { a: Int @cacheControl(maxAge: 60) }`))).toBe(true);
    expect(usesCacheControl(parse(`${declaration} type Query { a: T } type T @cacheControl(maxAge: 5) { b: Int }`))).toBe(true);
    expect(usesCacheControl(parse('type Query { a: Int @deprecated }'))).toBe(false);
  });

  it('says which of our subgraphs give hints: the catalog only (the public products)', () => {
    const hinted = SUBGRAPHS.filter((s) => usesCacheControl(parse(fs.readFileSync(subgraphSchemaPath(s.name), 'utf8')))).map((s) => s.name);
    expect(hinted).toEqual(['software-catalog']);
  });
});
