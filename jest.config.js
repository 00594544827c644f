/** Unit tests (pure core, fast) and integration tests (a real Strapi per test file over HTTP). */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }];

module.exports = {
  testTimeout: 120000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/src/plugins/calendar/core', '<rootDir>/src/plugins/calendar/server', '<rootDir>/src/plugins/calendar/admin', '<rootDir>/src/utils'],
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
      transform: { '^.+\\.tsx?$': tsJest },
      globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
    },
  ],
};
