/** Unit tests (pure core, fast) and integration tests (a real Strapi per test file over HTTP). */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }];
// `*.postgres.test.ts` need several Strapi processes on one PostgreSQL database: they exist only
// in the PostgreSQL pass, so the SQLite pass neither runs nor reports them as skipped.
const postgresOnly = process.env.TEST_DATABASE === 'postgres' ? [] : ['\\.postgres\\.test\\.ts$'];

module.exports = {
  testTimeout: 120000,
  // Each integration suite boots a Strapi; in one long-lived process their leftovers add up (a
  // heap of gigabytes, GC pauses of seconds that look like stalls). A worker that has grown past
  // this is replaced between suites. Setting it also makes Jest use a worker where it would run
  // in band.
  workerIdleMemoryLimit: '1GB',
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: [
        '<rootDir>/src/plugins/calendar/core',
        '<rootDir>/src/plugins/calendar/server',
        '<rootDir>/src/plugins/calendar/admin',
        '<rootDir>/src/utils',
      ],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/e2e'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
      globalSetup: '<rootDir>/tests/e2e/global-setup.ts',
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/integration'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...postgresOnly],
      transform: { '^.+\\.tsx?$': tsJest },
      globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
    },
  ],
};
