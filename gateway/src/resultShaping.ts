import {
  ERRORS,
  assert,
  isSubtype,
  Variable,
  type CompositeType,
  type EnumType,
  type FieldSelection,
  type NamedType,
  type Operation,
  type Schema,
  type Selection,
  type SelectionSet,
  type Type,
} from '@apollo/federation-internals';
import type { GraphQLError } from 'graphql';
// The module object itself (a namespace import may be a copy with getters, as tsx makes it).
import apolloResultShaping = require('@apollo/gateway/dist/resultShaping');
import { version as apolloGatewayVersion } from '@apollo/gateway/package.json';

/**
 * The gateway's last step: the merged subgraph answers cut to what the client asked (aliases, `@skip`/
 * `@include`, fragments on the runtime type, `__typename`), leaf values checked against their type, and
 * nulls carried up to the nearest nullable field. It does what `@apollo/gateway`'s `computeResponse`
 * (dist/resultShaping.js, 2.14.x) does, answer for answer and error for error, and is installed in its
 * place (`installResultShaping`).
 *
 * Why our own: on a page of 50 agreements that function was about 40 % of the gateway's CPU. It asks the
 * operation, for every selection of every object, whether `@skip`/`@include` applies and what its response
 * name and type are, reaches every helper through a re-exporting getter, turns every number into a string
 * to check it is an integer, and allocates a result object per value. Here a selection set's steps are
 * worked out once per answer (directives and variables do not change within one) and leaf checks once per
 * type; the walk itself allocates only the output, as plain objects (V8 keeps `Object.create(null)`
 * objects in dictionary mode, slower to fill and to serialise); a response name that `Object.prototype`
 * also has is read and written as an own property, so no alias reaches the prototype.
 */

/** The signature of `@apollo/gateway`'s `computeResponse`. */
export type ComputeResponse = (args: {
  operation: Operation;
  variables?: Record<string, unknown>;
  input: Record<string, unknown> | null | undefined;
  introspectionHandling: (introspectionSelection: FieldSelection) => unknown;
}) => { data: Record<string, unknown> | null | undefined; errors: GraphQLError[] };

type JsonObject = Record<string, unknown>;

/** One selection of a selection set, as the walk needs it (already known not to be skipped). */
type Step =
  | {
      readonly kind: 'field';
      readonly selection: FieldSelection;
      readonly responseName: string;
      /** A name `Object.prototype` has (`constructor`, `__proto__`…): read and written as an own property only. */
      readonly inherited: boolean;
      readonly isTypename: boolean;
      readonly isIntrospection: boolean;
      readonly type: Type;
      readonly selectionSet: SelectionSet | undefined;
    }
  | { readonly kind: 'fragment'; readonly typeCondition: CompositeType | undefined; readonly selectionSet: SelectionSet }
  /** Its `@skip`/`@include` could not be decided (a variable not a boolean): fails when the walk gets there, as Apollo's would. */
  | { readonly kind: 'fail'; readonly error: unknown };

/** The state of one answer's shaping. `isInvalid`/`hasErrors` are what `update` returns besides the value. */
interface Shaping {
  readonly schema: Schema;
  readonly variables: Record<string, unknown>;
  readonly errors: GraphQLError[];
  readonly introspectionHandling: (introspectionSelection: FieldSelection) => unknown;
  readonly steps: Map<SelectionSet, readonly Step[]>;
  isInvalid: boolean;
  hasErrors: boolean;
}

const TYPENAME = '__typename';
const OK = 0;
const NULL_BUBBLE_UP = 1;
type ApplyResult = typeof OK | typeof NULL_BUBBLE_UP;

export const computeResponse: ComputeResponse = ({ operation, variables, input, introspectionHandling }) => {
  if (!input) return { data: input, errors: [] };
  const schema = operation.schema();
  const shaping: Shaping = {
    schema,
    variables: { __proto__: null, ...operation.collectDefaultedVariableValues(), ...variables } as Record<string, unknown>,
    errors: [],
    introspectionHandling,
    steps: new Map(),
    isInvalid: false,
    hasErrors: false,
  };
  const data: JsonObject = {};
  const result = applySelectionSet(shaping, input, operation.selectionSet, data, [], schema.schemaDefinition.rootType(operation.rootKind) as CompositeType);
  return { data: result === NULL_BUBBLE_UP ? null : data, errors: shaping.errors };
};

function stepsOf(shaping: Shaping, selectionSet: SelectionSet): readonly Step[] {
  const known = shaping.steps.get(selectionSet);
  if (known) return known;
  const steps: Step[] = [];
  for (const selection of selectionSet.selections()) {
    let skip: boolean;
    try {
      skip = shouldSkip(selection, shaping);
    } catch (error) {
      // Apollo decides a selection's directives only on reaching it: an answer whose walk stops earlier (a
      // null carried up) must not fail here. Nothing after it can be reached, so the steps end with it.
      steps.push({ kind: 'fail', error });
      break;
    }
    if (skip) continue;
    if (selection.kind === 'FieldSelection') {
      const field = selection.element;
      const responseName = field.responseName();
      steps.push({
        kind: 'field',
        selection,
        responseName,
        inherited: responseName in Object.prototype,
        isTypename: field.name === TYPENAME,
        isIntrospection: field.definition.isSchemaIntrospectionField(),
        type: field.definition.type as Type,
        selectionSet: selection.selectionSet,
      });
    } else {
      steps.push({ kind: 'fragment', typeCondition: selection.element.typeCondition, selectionSet: selection.selectionSet });
    }
  }
  shaping.steps.set(selectionSet, steps);
  return steps;
}

function shouldSkip(selection: Selection, shaping: Shaping): boolean {
  const element = selection.element;
  const skip = element.appliedDirectivesOf(shaping.schema.skipDirective())[0];
  const include = element.appliedDirectivesOf(shaping.schema.includeDirective())[0];
  return Boolean((skip && ifValue(skip, shaping.variables)) || (include && !ifValue(include, shaping.variables)));
}

function ifValue(directive: { arguments(): { if: boolean | Variable } }, variables: Record<string, unknown>): boolean {
  const ifArg: unknown = directive.arguments().if;
  if (ifArg instanceof Variable) {
    const value = variables[ifArg.name];
    assert(value !== undefined && typeof value === 'boolean', () => `Unexpected value ${String(value)} for variable ${String(ifArg)} of ${String(directive)}`);
    return value;
  }
  return ifArg as boolean;
}

function typeConditionApplies(schema: Schema, typeCondition: CompositeType | undefined, typename: string | undefined, parentType: CompositeType): boolean {
  if (!typeCondition) return true;
  if (typename) {
    const type = schema.type(typename);
    return !!type && isSubtype(typeCondition, type);
  }
  return isSubtype(typeCondition, parentType);
}

function getOwn(object: JsonObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/** Writes a field of the answer; a name `Object.prototype` has is defined as an own property (`__proto__` is a setter). */
function put(object: JsonObject, key: string, inherited: boolean, value: unknown): void {
  if (inherited) Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  else object[key] = value;
}

function applySelectionSet(shaping: Shaping, input: JsonObject, selectionSet: SelectionSet, output: JsonObject, path: (string | number)[], parentType: CompositeType): ApplyResult {
  // A subgraph that sends a list where an object belongs: its fields are read as own properties only, so
  // `values`, `map`… are not Array.prototype's (Apollo reads every field so).
  const listInput = Array.isArray(input);
  for (const step of stepsOf(shaping, selectionSet)) {
    if (step.kind === 'fail') throw step.error;
    if (step.kind === 'field') {
      const responseName = step.responseName;
      const inherited = step.inherited;
      const outputValue = inherited ? getOwn(output, responseName) : output[responseName];
      if (step.isIntrospection) {
        if (outputValue === undefined) put(output, responseName, inherited, shaping.introspectionHandling(step.selection));
        continue;
      }
      let inputValue = (inherited || listInput ? getOwn(input, responseName) : input[responseName]) ?? null;
      if (step.isTypename) {
        if (outputValue === undefined) {
          if (inputValue === null && responseName !== TYPENAME) inputValue = input[TYPENAME] ?? null;
          const type = inputValue !== null && typeof inputValue === 'string' ? (shaping.schema.type(inputValue) ?? parentType) : parentType;
          if (type.kind !== 'ObjectType') return NULL_BUBBLE_UP;
          put(output, responseName, inherited, type.name);
        }
        continue;
      }
      path.push(responseName);
      put(output, responseName, inherited, update(shaping, outputValue, step.type, inputValue, step.selectionSet, path, parentType));
      path.pop();
      if (shaping.isInvalid) return NULL_BUBBLE_UP;
    } else {
      const typename = input[TYPENAME];
      assert(!typename || typeof typename === 'string', () => `Got unexpected value for __typename: ${String(typename)}`);
      if (typeConditionApplies(shaping.schema, step.typeCondition, typename as string | undefined, parentType)) {
        const result = applySelectionSet(shaping, input, step.selectionSet, output, path, step.typeCondition ?? parentType);
        if (result === NULL_BUBBLE_UP) return NULL_BUBBLE_UP;
      }
    }
  }
  return OK;
}

function describeLast(path: readonly (string | number)[], currentType: Type, parentType: CompositeType): string {
  const element = path[path.length - 1];
  assert(element !== undefined, 'Should not have been called on an empty path');
  return typeof element === 'string' ? `field ${String(parentType)}.${element}` : `array element of type ${String(currentType)} at index ${element}`;
}

/** federation-internals' failed `assert` (the same error), with its message built only when it fails. */
function fail(message: string): never {
  assert(false, message);
  throw new Error(message);
}

function done(shaping: Shaping, value: unknown, isInvalid: boolean, hasErrors: boolean): unknown {
  shaping.isInvalid = isInvalid;
  shaping.hasErrors = hasErrors;
  return value;
}

/** `updateOutputValue`: returns the updated value and leaves `isInvalid`/`hasErrors` on `shaping` for the caller. */
function update(shaping: Shaping, outputValue: unknown, type: Type, inputValue: unknown, selectionSet: SelectionSet | undefined, path: (string | number)[], parentType: CompositeType): unknown {
  if (inputValue === undefined) fail('Should not pass undefined for `inputValue` to this method');
  if (outputValue === null || (outputValue !== undefined && !selectionSet)) return done(shaping, outputValue, false, false);
  if (type.kind === 'NonNullType') {
    const updated = update(shaping, outputValue, type.ofType, inputValue, selectionSet, path, parentType);
    if (updated === null) {
      if (!shaping.hasErrors) {
        shaping.errors.push(ERRORS.INVALID_GRAPHQL.err(`Cannot return null for non-nullable ${describeLast(path, type.ofType, parentType)}.`, { path: Array.from(path) }));
      }
      return done(shaping, null, true, true);
    }
    return done(shaping, updated, false, false);
  }
  if (inputValue === null) return done(shaping, null, false, false);
  if (type.kind === 'ListType') {
    if (!Array.isArray(inputValue)) fail(`Invalid non-list value ${String(inputValue)} returned by subgraph for list type ${String(type)}`);
    if (outputValue !== undefined && !Array.isArray(outputValue)) fail(`Invalid non-list value ${String(outputValue)} returned by subgraph for list type ${String(type)}`);
    const inputList = inputValue as unknown[];
    const outputList = outputValue as unknown[] | undefined;
    if (outputList !== undefined && inputList.length !== outputList.length) {
      fail(`[${String(inputList)}].length (${inputList.length}) !== [${String(outputList)}].length (${outputList.length})`);
    }
    const updated = new Array<unknown>(inputList.length);
    let shouldNullify = false;
    let hasErrors = false;
    for (let index = 0; index < inputList.length; index++) {
      path.push(index);
      updated[index] = update(shaping, outputList?.[index], type.ofType, inputList[index], selectionSet, path, parentType);
      path.pop();
      shouldNullify ||= shaping.isInvalid;
      hasErrors ||= shaping.hasErrors;
    }
    return done(shaping, shouldNullify ? null : updated, false, hasErrors);
  }
  if (type.kind === 'ObjectType' || type.kind === 'InterfaceType' || type.kind === 'UnionType') {
    if (!selectionSet) fail(`Invalid empty selection set for composite type ${String(type)}`);
    if (typeof inputValue !== 'object') fail(`Invalid non-object value ${String(inputValue)} returned by subgraph for composite type ${String(type)}`);
    if (outputValue !== undefined && typeof outputValue !== 'object') fail(`Invalid non-object value ${String(inputValue)} returned by subgraph for composite type ${String(type)}`);
    const inputObject = inputValue as JsonObject;
    const inputTypename = inputObject[TYPENAME];
    if (inputTypename !== undefined && typeof inputTypename !== 'string') fail(`Invalid non-string value ${String(inputTypename)} for __typename at ${String(path)}`);
    let objectType: CompositeType = type;
    if (inputTypename) {
      const typenameType = shaping.schema.type(inputTypename as string);
      if (!typenameType || !isComposite(typenameType)) {
        shaping.errors.push(ERRORS.INVALID_GRAPHQL.err(`Invalid __typename found for object at ${describeLast(path, type, parentType)}.`, { path: Array.from(path) }));
        return done(shaping, null, false, true);
      }
      objectType = typenameType;
    }
    const outputObject: JsonObject = outputValue === undefined ? {} : (outputValue as JsonObject);
    const hasErrors = applySelectionSet(shaping, inputObject, selectionSet, outputObject, path, objectType) === NULL_BUBBLE_UP;
    return done(shaping, hasErrors ? null : outputObject, false, hasErrors);
  }
  if (outputValue !== undefined) fail(`Excepted output to be undefined but got ${String(type)} for type ${String(type)}`);
  const valid = leafCheck(shaping.schema, type)(inputValue);
  if (!valid) {
    shaping.errors.push(ERRORS.INVALID_GRAPHQL.err(`Invalid value found for ${describeLast(path, type, parentType)}.`, { path: Array.from(path) }));
  }
  return done(shaping, valid ? inputValue : null, false, !valid);
}

function isComposite(type: NamedType): type is CompositeType {
  return type.kind === 'ObjectType' || type.kind === 'InterfaceType' || type.kind === 'UnionType';
}

const BUILT_IN_SCALARS = new Set(['Int', 'Float', 'String', 'Boolean', 'ID']);
const leafChecks = new WeakMap<Type, (value: unknown) => boolean>();

/**
 * federation-internals' `isValidLeafValue` for one type, decided once: a custom scalar takes anything; Int
 * and ID take a finite number whose decimal form is an integer (below 1e21 it is plain digits), ID and
 * String take a string; an enum takes one of its values.
 */
function leafCheck(schema: Schema, type: Type): (value: unknown) => boolean {
  let check = leafChecks.get(type);
  if (check) return check;
  const isInt = type === schema.intType();
  const isId = type === schema.idType();
  const isFloat = type === schema.floatType();
  const isBoolean = type === schema.booleanType();
  if (type.kind === 'ScalarType' && !BUILT_IN_SCALARS.has(type.name)) {
    check = () => true;
  } else if (type.kind === 'EnumType') {
    const values = new Set((type as EnumType).values.map((value) => value.name));
    check = (value) => typeof value === 'string' && values.has(value);
  } else {
    check = (value) => {
      if (typeof value === 'boolean') return isBoolean;
      if (typeof value === 'number' && Number.isFinite(value)) {
        if (isInt || isId) return Number.isInteger(value) && Math.abs(value) < 1e21;
        return isFloat;
      }
      if (typeof value === 'string') return !isBoolean && !isInt && !isFloat;
      return false;
    };
  }
  leafChecks.set(type, check);
  return check;
}

/** The `@apollo/gateway` line whose `computeResponse` this one was written from and tested against. */
export const SHAPED_LIKE_GATEWAY = /^2\.14\./;

/**
 * Puts `computeResponse` in place of `@apollo/gateway`'s: its query-plan executor calls it through the
 * module's exports object on every operation. Only on the gateway line it was written from: on another,
 * Apollo's stays (an upgrade must re-run `resultShaping.test.ts`, which compares the two, and move
 * `SHAPED_LIKE_GATEWAY`). Returns whether it is in place.
 */
export function installResultShaping(): boolean {
  if (!SHAPED_LIKE_GATEWAY.test(apolloGatewayVersion)) return false;
  const exported = apolloResultShaping as { computeResponse: unknown };
  if (typeof exported.computeResponse !== 'function') return false;
  try {
    exported.computeResponse = computeResponse;
  } catch {
    return false;
  }
  return apolloResultShaping.computeResponse === computeResponse;
}
