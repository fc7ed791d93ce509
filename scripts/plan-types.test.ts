import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planTypesFile, renderPlanTypes } from './plan-types.js';

describe('src/core/plan.ts', () => {
  it('matches the collection declarations (run `npx tsx scripts/plan-types.ts` to update it)', async () => {
    expect(fs.readFileSync(planTypesFile, 'utf8')).toBe(await renderPlanTypes());
  });
});
