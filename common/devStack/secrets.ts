/** The secrets of every test stack, and of test processes started outside one. */
export const TEST_JWT_SECRET = 'test-secret-0123456789-0123456789-abcdef';
export const TEST_EVENT_SECRET = 'test-event-secret-0123456789-0123456789';
/** What the test gateway sends subgraphs in `x-gateway-secret` (SUBGRAPH_SECRET). */
export const TEST_SUBGRAPH_SECRET = 'test-subgraph-secret-0123456789-0123456789';
