import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError } from 'graphql';
import { createFormatError } from './errors';
import type { Logger } from './logger';

/** Apollo Server options every service (gateway and subgraphs) runs with. */
export function apolloDefaults(logger: Logger): {
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  includeStacktraceInErrorResponses: false;
  stopOnTerminationSignals: false;
  plugins: ApolloServerPlugin[];
} {
  return {
    formatError: createFormatError(logger),
    includeStacktraceInErrorResponses: false,
    // Our process handler owns shutdown (stop accepting, drain, close the store, exit 0); Apollo's own
    // handler would stop the server and re-raise the signal, killing the process half-way.
    stopOnTerminationSignals: false,
    // The playground is ours (offline GraphiQL), and nothing is reported to Apollo's cloud.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginUsageReportingDisabled()],
  };
}
