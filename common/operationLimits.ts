import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  getVariableValues,
  GraphQLError,
  Kind,
  visit,
  type DocumentNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ParseOptions,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { OperationLimits } from './config';

/**
 * The operation limits of the gateway and of every subgraph, in one place so
 * a subgraph reached directly is no softer than its gateway (design.md,
 * "Identity"). Depth, aliases and directives are graphql-armor validation
 * rules; tokens are graphql-js's own parse option; the cost is
 * graphql-query-complexity's, with our estimator (below), run once variables
 * are known, because armor's cost rule is a validation rule and validation never sees
 * variables: `first: $n` counted as 1 there, so 20 aliases of a page of 200
 * passed when written with a variable.
 */

/** Largest page any connection serves (common/connection.ts `pageWindow`). */
export const MAX_PAGE_SIZE = 200;

/** Refusals of the cost limit carry this code, like armor's other limits (validation failures). */
export const COST_LIMIT_CODE = 'GRAPHQL_VALIDATION_FAILED';

type Variables = Readonly<Record<string, unknown>> | undefined;

/**
 * Most selections the cost estimate walks (fragments expanded). A document
 * within the token limit can still spread fragments into an exponential
 * tree; past this many nodes it is refused as too costly, unwalked.
 */
const MAX_COST_NODES = 20_000;

/**
 * How many times a field's selection resolves per resolution of the field:
 * its page size for a connection (`first`/`last`, as coerced with the
 * request's variables and the schema default, so a literal and a variable
 * cost the same), the number of representations for `_entities`, else 1.
 * A page that is not known (null) counts as the largest. An argument read
 * here must also be one `costInputsOf` keys the memo on, or a cost computed
 * for one value of it would be reused for another.
 */
function listSize(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  if (field.name === '_entities') {
    // The gateway already costed these objects in the client's whole operation (it multiplies by every
    // page above them); one `_entities` fetch is costed here like one page of them, so a plan the gateway
    // accepted is not refused for how it was split, while pages nested inside still multiply.
    const representations = args.representations;
    return Array.isArray(representations) ? Math.min(representations.length, MAX_PAGE_SIZE) : MAX_PAGE_SIZE;
  }
  const pageArg = field.args.find((a) => a.name === 'first' || a.name === 'last');
  if (!pageArg) return 1;
  const value = args[pageArg.name];
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : MAX_PAGE_SIZE;
}

/**
 * graphql-query-complexity estimator: every field counts 1 each time it
 * resolves, and its selection resolves `listSize` times per resolution.
 * `__typename` and introspection count 0 (no resolver work; the gateway adds
 * `__typename` to every subgraph query).
 */
const pagedFieldEstimator: ComplexityEstimator = ({ field, args, childComplexity }) =>
  field.name.startsWith('__') ? 0 : 1 + listSize(field, args) * childComplexity;

/**
 * Estimated cost of one operation (graphql-query-complexity, which evaluates
 * arguments with the request's variables, expands fragments wherever they are
 * spread and honours @skip/@include). Variables that do not coerce are the
 * client's fault: BAD_USER_INPUT (400), as execution would answer.
 *
 * The walk is memoized per parsed operation (Apollo Server caches parsed
 * documents, so the same operation arrives as the same object) and per value
 * of what can change the cost: the variables given to a page size
 * (`first`/`last`), the length of the variables given to `representations`
 * (`_entities`), and the variables of `@skip`/`@include`. Every other
 * variable leaves the cost as it is. The coercion still runs every time.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, rawVariables: Variables): number {
  const coercion = getVariableValues(schema, operation.variableDefinitions ?? [], { ...(rawVariables ?? {}) }, { maxErrors: 1 });
  if (coercion.errors) {
    throw new GraphQLError(coercion.errors[0].message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  }
  const memo = costMemoOf(schema, document, operation);
  const key = costKey(memo.inputs, coercion.coerced);
  const known = memo.costs.get(key);
  if (known !== undefined) return known;
  const cost = walkCost(schema, document, operation, rawVariables);
  // Bounded: a client varying `$first` (or several page variables at once) cannot grow it without end.
  if (memo.costs.size >= MAX_COSTS_PER_OPERATION) memo.costs.delete(memo.costs.keys().next().value as string);
  memo.costs.set(key, cost);
  return cost;
}

function walkCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, rawVariables: Variables): number {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName: operation.name?.value,
      variables: { ...(rawVariables ?? {}) },
      estimators: [pagedFieldEstimator],
      maxQueryNodes: MAX_COST_NODES,
    });
  } catch {
    // Too many nodes to walk (or a document validation already refused): costlier than any limit.
    return Number.POSITIVE_INFINITY;
  }
}

/** The variables an operation's cost depends on (see `operationCost`), by how they count. */
interface CostInputs {
  /** Given to `first`/`last`: the value counts. */
  pages: readonly string[];
  /** Given to `representations`: the length counts. */
  lists: readonly string[];
  /** Given to `@skip(if:)`/`@include(if:)`: the value counts. */
  conditions: readonly string[];
}

interface CostMemo {
  inputs: CostInputs;
  costs: Map<string, number>;
}

/** Distinct costs kept per operation; past it the oldest goes. */
const MAX_COSTS_PER_OPERATION = 64;

/** Per schema (the gateway's and each subgraph's differ), per parsed operation: both weak, so they go when Apollo drops the document. */
const costMemos = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, CostMemo>>();

function costMemoOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): CostMemo {
  let bySchema = costMemos.get(schema);
  if (!bySchema) costMemos.set(schema, (bySchema = new WeakMap()));
  let memo = bySchema.get(operation);
  if (!memo) bySchema.set(operation, (memo = { inputs: costInputsOf(document), costs: new Map() }));
  return memo;
}

/**
 * Every variable of the document (its fragments included: they are spread
 * into the operation) used where it can change the cost. Any field's
 * `first`/`last`/`representations` counts, whatever its type: taking one too
 * many only splits the memo, taking one too few would reuse a wrong cost.
 */
function costInputsOf(document: DocumentNode): CostInputs {
  const pages = new Set<string>();
  const lists = new Set<string>();
  const conditions = new Set<string>();
  visit(document, {
    Field(field) {
      for (const arg of field.arguments ?? []) {
        if (arg.value.kind !== Kind.VARIABLE) continue;
        if (arg.name.value === 'first' || arg.name.value === 'last') pages.add(arg.value.name.value);
        else if (arg.name.value === 'representations') lists.add(arg.value.name.value);
      }
    },
    Directive(directive) {
      if (directive.name.value !== 'skip' && directive.name.value !== 'include') return;
      for (const arg of directive.arguments ?? []) if (arg.value.kind === Kind.VARIABLE) conditions.add(arg.value.name.value);
    },
  });
  return { pages: [...pages], lists: [...lists], conditions: [...conditions] };
}

/** The memo key: the coerced values (defaults applied) of the cost's inputs; an absent variable differs from null. */
function costKey(inputs: CostInputs, coerced: Record<string, unknown>): string {
  const valueOf = (name: string): string => (name in coerced ? JSON.stringify(coerced[name]) ?? 'undefined' : '-');
  const lengthOf = (name: string): string => {
    const value = coerced[name];
    return Array.isArray(value) ? String(value.length) : valueOf(name);
  };
  return [...inputs.pages.map(valueOf), '|', ...inputs.lists.map(lengthOf), '|', ...inputs.conditions.map(valueOf)].join(',');
}

/** Refuses, before any execution (at the gateway: before planning or any subgraph call), an operation costing more than `maxCost`. */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation, request.variables);
          if (cost <= maxCost) return;
          const shown = Number.isFinite(cost) && cost < 1e15 ? String(cost) : 'too large to count';
          throw new GraphQLError(`The operation's estimated cost (${shown}) is over the limit of ${maxCost}: ask for smaller pages or fewer aliases.`, {
            // A client fault: 400, not the 500 Apollo gives errors thrown from plugin hooks by default.
            extensions: { code: COST_LIMIT_CODE, limit: 'cost', maxCost, http: { status: 400 } },
          });
        },
      };
    },
  };
}

/**
 * An `operationName` that names no operation of the document (or one given for
 * a lone anonymous operation, or none for several) is the client's fault:
 * refused with 400 and a code. Left alone, Apollo hands the gateway an
 * unresolved operation and answers 500. The name is not echoed back.
 */
export function operationResolutionPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          const message = request.operationName
            ? 'The operationName does not name an operation of this document.'
            : 'The document holds several operations: say which to run with operationName.';
          throw new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
        },
      };
    },
  };
}

/**
 * In production a subgraph refuses `_service { sdl }`: the gateway runs the
 * committed supergraph and never asks for it, and nobody else should read
 * the subgraph's schema. Refused like an unknown field.
 */
export const noServiceFieldRule: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '_service' && context.getParentType() === context.getSchema().getQueryType()) {
      context.reportError(new GraphQLError('Cannot query field "_service" on type "Query".', { nodes: [node] }));
    }
  },
});

/**
 * Most introspection roots (`__schema`, `__type`) in one operation. The cost
 * counts introspection as free (it reads the schema, not the stores), so the
 * fan-out of many aliased `__schema` trees is bounded here instead: tools
 * such as GraphiQL ask for one `__schema` per query.
 */
export const MAX_INTROSPECTION_ROOTS = 3;

export const introspectionRootsRule: ValidationRule = (context) => {
  let roots = 0;
  return {
    Field(node) {
      if (node.name.value !== '__schema' && node.name.value !== '__type') return;
      roots += 1;
      if (roots === MAX_INTROSPECTION_ROOTS + 1) {
        context.reportError(new GraphQLError(`An operation may ask for at most ${MAX_INTROSPECTION_ROOTS} introspection fields (__schema, __type).`, { nodes: [node] }));
      }
    },
  };
};

/** The Apollo Server options that enforce `limits`, for the gateway and for each subgraph. */
export function operationLimitOptions(limits: OperationLimits, options: { subgraph: boolean; production: boolean }): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
} {
  // Abusive operations are refused while parsing and validating, before a query plan or any subgraph call.
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases },
    // Token counting is graphql-js's own parse option (below): armor's Apollo plugin throws from a
    // plugin hook, which Apollo answers with HTTP 500, even for a plain syntax error.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    // Replaced by costLimitPlugin, which sees variables.
    costLimit: { enabled: false },
    // Masked in formatError (common/apolloDefaults.ts), which also covers enum-value suggestions.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    plugins: [...armor.plugins, operationResolutionPlugin(), costLimitPlugin(limits.maxCost)],
    validationRules: [...armor.validationRules, introspectionRootsRule, ...(options.subgraph && options.production ? [noServiceFieldRule] : [])],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
