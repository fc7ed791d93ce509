import { describe, expect, it } from 'vitest';
import { pooledZTest } from './proportion-tests.js';

describe('pooledZTest', () => {
  // References: z by the pooled formula in python, p = 2 * scipy.stats.norm.sf(|z|).
  it.each([
    [10000, 1000, 10000, 1100, 2.3066347738170103, 0.021075189273797826],
    [500, 60, 480, 41, -1.7800425547688188, 0.07506899663661344],
    // One arm converted nobody: the pooled variance is still positive, so the test answers.
    [200, 0, 210, 9, 2.960372404576802, 0.0030726737153973444],
  ])('%i users / %i conversions vs %i / %i → z %f, p %f', (usersA, convA, usersB, convB, z, p) => {
    const test = pooledZTest({ users: usersA, conversions: convA }, { users: usersB, conversions: convB });
    expect(test.z).toBeCloseTo(z, 10);
    expect(test.pValue).toBeCloseTo(p, 12);
  });

  it.each([
    ['nobody converted anywhere', 100, 0, 100, 0],
    ['everybody converted everywhere', 100, 100, 50, 50],
    ['an arm has a single user', 1, 1, 100, 3],
  ])('has nothing to say when %s', (_label, usersA, convA, usersB, convB) => {
    expect(pooledZTest({ users: usersA, conversions: convA }, { users: usersB, conversions: convB })).toEqual({
      z: null,
      pValue: null,
    });
  });
});
