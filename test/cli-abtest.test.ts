import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = path.join(import.meta.dirname, '..', 'bin', 'jalon');
const jalon = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, 'abtest', ...args], { input, encoding: 'utf8' });
const analyze = (input: unknown, ...args: string[]) =>
  jalon(['analyze', '-', '--format', 'json', ...args], JSON.stringify(input));

const conversions = {
  metric: 'proportion',
  arms: [
    { name: 'A', users: 5000, conversions: 250 },
    { name: 'B', users: 5000, conversions: 300 },
  ],
  sequential: {},
};

describe('jalon abtest analyze', () => {
  it('prints the contract’s keys for a two-arm conversion test', () => {
    const result = analyze(conversions);
    expect(result.status, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(Object.keys(out.srm).sort()).toEqual(['chi2', 'detected', 'df', 'pValue']);
    const [b] = out.comparisons;
    expect(b.variant).toBe('B');
    expect(b.defined).toBe(true);
    for (const scale of [b.absolute, b.relative]) {
      expect(Object.keys(scale).sort()).toEqual(['ci', 'df', 'estimate', 'pValue', 'se']);
      expect(scale.ci).toHaveLength(2);
    }
    expect(Object.keys(b.zTest).sort()).toEqual(['pValue', 'z']);
    expect(Object.keys(b.bayes).sort()).toEqual(['chanceToBeatControl', 'expectedLossControl', 'expectedLossVariant']);
    expect(Object.keys(b.gaussianBayes).sort()).toEqual(['chanceToWin', 'ci', 'riskControl', 'riskVariant']);
    expect(Object.keys(b.sequential).sort()).toEqual(['ci', 'pValue']);
    // Two arms: no multiple-testing adjustment, no "probability best".
    expect(out.adjusted).toBeUndefined();
    expect(out.probabilityBest).toBeUndefined();
  });

  it('compares three continuous arms with the control, adjusted for multiple tests', () => {
    const result = analyze({
      metric: 'mean',
      arms: [
        { name: 'A', n: 1000, mean: 10, sd: 3 },
        { name: 'B', n: 1000, mean: 10.4, sd: 3.2 },
        { name: 'C', n: 1000, mean: 9.9, sd: 2.9 },
      ],
    });
    expect(result.status, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout);
    const [b, c] = out.comparisons;
    // scipy.stats.ttest_ind_from_stats(10.4, 3.2, 1000, 10, 3, 1000, equal_var=False).pvalue
    expect(b.absolute.pValue).toBeCloseTo(0.003971950139891158, 9);
    // Relative lift by the delta method, written out in Python: est 0.04, se 0.014133081758767265,
    // Welch df 1989.735…, p = 2·scipy.stats.t.sf(est/se, df) = 0.0046980215533700635.
    expect(b.relative.se).toBeCloseTo(0.014133081758767265, 12);
    expect(b.relative.df).toBeCloseTo(1989.7352725957933, 6);
    expect(b.relative.pValue).toBeCloseTo(0.0046980215533700635, 9);
    expect(c.relative.pValue).toBeCloseTo(0.4462641074105388, 9);
    // Holm and BH of (0.0046980, 0.4462641) by hand: both give (2·0.0046980, 0.4462641).
    expect(out.adjusted.holm[0]).toBeCloseTo(2 * 0.0046980215533700635, 9);
    expect(out.adjusted.holm[1]).toBeCloseTo(0.4462641074105388, 9);
    expect(out.adjusted.bh[0]).toBeCloseTo(2 * 0.0046980215533700635, 9);
    expect(b.zTest).toBeUndefined();
    expect(b.bayes).toBeUndefined();
  });

  it('says in words what the test shows, in French or English', () => {
    const fr = jalon(['analyze', '-', '--lang', 'fr'], JSON.stringify(conversions));
    expect(fr.status, fr.stderr).toBe(0);
    expect(fr.stdout).toMatch(/B .*20\s?%/);
    const en = jalon(['analyze', '-', '--lang', 'en'], JSON.stringify(conversions));
    expect(en.stdout).toMatch(/B .*20\s?%/);
    expect(en.stdout).not.toBe(fr.stdout);
  });

  it('refuses input that does not fit, naming the field, with exit code 1', () => {
    const result = analyze({ metric: 'proportion', arms: [{ name: 'A', users: 10, conversions: 12 }] });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('arms');
    expect(result.stdout).toBe('');
    const notJson = jalon(['analyze', '-'], '{');
    expect(notJson.status).toBe(1);
    expect(notJson.stderr).toContain('not valid JSON');
  });
});

describe('jalon abtest size', () => {
  it('prints Evan Miller’s sample size per arm and in all', () => {
    // Baseline 10 %, absolute effect 2 points, α 5 %, power 80 %:
    // (1.959964·√(2·.1·.9) + 0.841621·√(.1·.9 + .12·.88))² / .02² = 3622.6 → 3 623 per arm.
    const args = ['size', '--baseline', '0.1', '--mde', '0.02', '--absolute', '--alpha', '0.05', '--power', '0.8'];
    const result = jalon([...args, '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ perArm: 3623, total: 7246 });
    const text = jalon([...args, '--lang', 'fr']);
    expect(text.stdout).toBe('3 623 par bras, 7 246 en tout\n');
  });

  it('takes percentages, and refuses an effect beyond 100 %', () => {
    const percent = jalon(['size', '--baseline', '10%', '--mde', '2%', '--absolute', '--format', 'json']);
    expect(JSON.parse(percent.stdout)).toEqual({ perArm: 3623, total: 7246 });
    const impossible = jalon(['size', '--baseline', '0.9', '--mde', '0.2', '--format', 'json']);
    expect(impossible.status).toBe(1);
    expect(impossible.stderr).not.toBe('');
    const missing = jalon(['size', '--baseline', '0.1']);
    expect(missing.status).toBe(2);
  });
});
