import { defineConfig } from 'vitest/config';

/**
 * One run covers: unit tests (next to the code), the integration suite on SQLite, and — when
 * TEST_DATABASE_URL points at a PostgreSQL server — the same integration suite on PostgreSQL.
 */
const postgres = process.env.TEST_DATABASE_URL;

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // The JSON report lets CI print one summary line for all runners.
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'sqlite', include: ['test/**/*.test.ts'], env: { TEST_DIALECT: 'sqlite' } },
      },
      ...(postgres
        ? [
            {
              extends: true as const,
              test: { name: 'postgres', include: ['test/**/*.test.ts'], env: { TEST_DIALECT: 'postgres' } },
            },
          ]
        : []),
    ],
  },
});
