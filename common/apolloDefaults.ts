import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError } from 'graphql';
import { createFormatError } from './errors';
import type { Logger } from './logger';

/**
 * "Did you mean …?" hints name fields and enum values near what was typed: in production they map the
 * schema for whoever probes it (introspection is off there), so they are cut, for fields and enum values
 * alike, in validation and in variable coercion.
 */
export function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const message = formatted.message.replace(/\s*Did you mean [^?]*\?/g, '').trim();
  return message === formatted.message ? formatted : { ...formatted, message };
}

/** Apollo Server options every service (gateway and subgraphs) runs with. */
export function apolloDefaults(logger: Logger, options: { production: boolean }): {
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  includeStacktraceInErrorResponses: false;
  stopOnTerminationSignals: false;
  plugins: ApolloServerPlugin[];
} {
  const format = createFormatError(logger);
  return {
    formatError: options.production ? (formatted, error) => withoutSuggestions(format(formatted, error)) : format,
    includeStacktraceInErrorResponses: false,
    // Our process handler owns shutdown (stop accepting, drain, close the store, exit 0); Apollo's own
    // handler would stop the server and re-raise the signal, killing the process half-way.
    stopOnTerminationSignals: false,
    // The playground is ours (offline GraphiQL), and nothing is reported to Apollo's cloud.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginUsageReportingDisabled()],
  };
}
