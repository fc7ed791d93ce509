import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entityTypesFile, planTypesFile, renderEntityTypes, renderPlanTypes } from './plan-types.js';

describe('src/core/plan.ts', () => {
  it('matches the collection declarations (run `npx tsx scripts/plan-types.ts` to update it)', async () => {
    expect(fs.readFileSync(planTypesFile, 'utf8')).toBe(await renderPlanTypes());
  });
});

describe('src/contract/entity-types.ts', () => {
  it('matches the collection declarations (run `npx tsx scripts/plan-types.ts` to update it)', async () => {
    expect(fs.readFileSync(entityTypesFile, 'utf8')).toBe(await renderEntityTypes());
  });
});
