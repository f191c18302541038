/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/subgraphs', '<rootDir>/common', '<rootDir>/gateway', '<rootDir>/bench'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Type checking is `npm run typecheck` (part of `npm test`); jest only transpiles.
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  globalSetup: '<rootDir>/test/harness/globalSetup.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};
