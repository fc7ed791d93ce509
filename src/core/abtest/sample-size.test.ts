import { describe, expect, it } from 'vitest';
import { detectableEffect, sampleSize, testDurationDays } from './sample-size.js';

describe('sampleSize', () => {
  // References: Evan Miller's formula evaluated in python with scipy.stats.norm.ppf for z_a and z_b
  // (unrounded value in the label), rounded up.
  it.each([
    ['20 %, +5 points absolute (1030.219)', { baseline: 0.2, mde: 0.05, absolute: true }, 1031],
    ['20 %, +10 % relative (6347.056)', { baseline: 0.2, mde: 0.1 }, 6348],
    ['5 %, +10 % relative (30244.405)', { baseline: 0.05, mde: 0.1 }, 30245],
    ['60 %, +10 % relative: reflected to 40 %, δ = 6 points (1052.002)', { baseline: 0.6, mde: 0.1 }, 1053],
    ['10 %, −20 % relative (3433.708)', { baseline: 0.1, mde: -0.2 }, 3434],
    [
      '3 %, +0.5 point, α 0.1, power 0.9 (20630.337)',
      { baseline: 0.03, mde: 0.005, absolute: true, alpha: 0.1, power: 0.9 },
      20631,
    ],
  ])('%s', (_label, input, perArm) => {
    expect(sampleSize(input)).toEqual({ defined: true, perArm, total: perArm * 2 });
  });

  it("matches Evan Miller's calculator on its default example", () => {
    // The calculator, at 20 % baseline, 5 % absolute MDE, power 80 %, α 5 %, shows 1,030 per
    // variation: it rounds 1030.22 to the nearest unit, where we round up.
    const result = sampleSize({ baseline: 0.2, mde: 0.05, absolute: true });
    expect(result.defined && result.perArm).toBe(1031);
  });

  it('counts every arm in the total', () => {
    expect(sampleSize({ baseline: 0.2, mde: 0.1, arms: 3 })).toMatchObject({ perArm: 6348, total: 19044 });
  });

  it.each([
    ['no effect', { baseline: 0.2, mde: 0 }, 'no_effect'],
    ['a target rate above 100 %', { baseline: 0.6, mde: 0.7 }, 'rate_out_of_range'],
    ['a target rate below 0', { baseline: 0.1, mde: -0.15, absolute: true }, 'rate_out_of_range'],
    ['a baseline of 0', { baseline: 0, mde: 0.1 }, 'rate_out_of_range'],
    ['a baseline of 100 %', { baseline: 1, mde: -0.1 }, 'rate_out_of_range'],
    [
      'a large drop from a reflected baseline (90 % → 70 %)',
      { baseline: 0.9, mde: -0.2, absolute: true },
      'rate_out_of_range',
    ],
  ])('refuses %s', (_label, input, reason) => {
    const result = sampleSize(input);
    expect(result).toMatchObject({ defined: false, reason });
    if (!result.defined) {
      expect(result.explanation.fr).not.toBe('');
      expect(result.explanation.en).not.toBe('');
    }
  });

  it('rejects an α or a power that no test has', () => {
    expect(() => sampleSize({ baseline: 0.2, mde: 0.1, alpha: 0 })).toThrow(/alpha/);
    expect(() => sampleSize({ baseline: 0.2, mde: 0.1, power: 1 })).toThrow(/power/);
  });
});

describe('detectableEffect', () => {
  // References: scipy.optimize.brentq solving Evan Miller's n(δ) = perArm in python.
  it.each([
    [0.2, 1031, 0.24990426250745038, 0.04998085250149008],
    [0.05, 5000, 0.24837630280678494, 0.012418815140339247],
    [0.7, 2000, 0.058299761821271355, 0.04080983327488995],
  ])('baseline %s with %s per arm → relative %s, absolute %s', (baseline, perArm, relative, absolute) => {
    expect(detectableEffect({ baseline, perArm })).toBeCloseTo(relative, 9);
    expect(detectableEffect({ baseline, perArm, absolute: true })).toBeCloseTo(absolute, 9);
  });

  it('inverts sampleSize', () => {
    const effect = detectableEffect({ baseline: 0.12, perArm: 8000, alpha: 0.1, power: 0.9 }) as number;
    const back = sampleSize({ baseline: 0.12, mde: effect, alpha: 0.1, power: 0.9 });
    expect(back.defined && back.perArm).toBe(8000);
  });

  it.each([
    ['no units', { baseline: 0.2, perArm: 0 }],
    ['no baseline', { baseline: 0, perArm: 1000 }],
    ['too few units for any effect short of 100 %', { baseline: 0.5, perArm: 2 }],
  ])('is null with %s', (_label, input) => {
    expect(detectableEffect(input)).toBeNull();
  });
});

describe('testDurationDays', () => {
  it.each([
    // 1,000 per arm, 50/50, 100 a day: the smaller arm gets 50 a day → 20 days.
    [1000, [1, 1], 100, 20],
    // Thirds: 333.33… a day per arm → 3 days exactly, not 4 from rounding dust.
    [1000, [1, 1, 1], 1000, 3],
    // 10/90: the 10 % arm needs 1,000 / 0.1 / 300 = 33.3 → 34 days.
    [1000, [9, 1], 300, 34],
    // An arm of weight 0 receives nothing and is not waited for.
    [1000, [1, 1, 0], 100, 20],
  ])('%s per arm, weights %j, %s a day → %s days', (perArm, weights, dailyTraffic, days) => {
    expect(testDurationDays({ perArm, weights, dailyTraffic })).toBe(days);
  });

  it.each([
    [0, [1, 1]],
    [-5, [1, 1]],
    [100, [0, 0]],
    [100, []],
  ])('is null with %s a day and weights %j', (dailyTraffic, weights) => {
    expect(testDurationDays({ perArm: 1000, weights, dailyTraffic })).toBeNull();
  });
});
