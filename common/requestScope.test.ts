import { Writable } from 'node:stream';
import { ApolloServer } from '@apollo/server';
import { createLogger, type Logger } from './logger';
import { RequestContext } from './requestScope';

/**
 * A request's logger is made the first time something logs, also after
 * Apollo has copied the context (it does so for every operation): a request
 * that logs nothing makes no child logger.
 */
function capture(): { lines: string[]; logger: Logger; children: () => number } {
  const lines: string[] = [];
  const logger = createLogger('test', new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(chunk.toString()), done()) }));
  logger.level = 'info';
  let made = 0;
  const child = logger.child.bind(logger);
  logger.child = ((...args: Parameters<Logger['child']>) => {
    made += 1;
    return child(...args);
  }) as Logger['child'];
  return { lines, logger, children: () => made };
}

const server = new ApolloServer<RequestContext>({
  typeDefs: 'type Query { quiet: Int, loud: Int }',
  resolvers: {
    Query: {
      quiet: () => 1,
      loud: (_root, _args, context: RequestContext) => {
        context.logger.info('resolving loud');
        context.logger.info('still loud');
        return 2;
      },
    },
  },
});
beforeAll(() => server.start());
afterAll(() => server.stop());

describe('RequestContext', () => {
  it('makes no child logger for a request that logs nothing, through Apollo', async () => {
    const { logger, children } = capture();
    const result = await server.executeOperation({ query: '{ quiet }' }, { contextValue: new RequestContext(logger, 'a'.repeat(32)) });
    expect(result.body.kind === 'single' && result.body.singleResult.data).toEqual({ quiet: 1 });
    expect(children()).toBe(0);
  });

  it('makes one child logger for a request that logs, whose lines carry the request id', async () => {
    const { logger, children, lines } = capture();
    await server.executeOperation({ query: '{ loud }' }, { contextValue: new RequestContext(logger, 'b'.repeat(32)) });
    expect(children()).toBe(1);
    expect(lines.map((l) => JSON.parse(l) as { msg: string; requestId: string })).toEqual([
      expect.objectContaining({ msg: 'resolving loud', requestId: 'b'.repeat(32) }),
      expect.objectContaining({ msg: 'still loud', requestId: 'b'.repeat(32) }),
    ]);
  });
});
