import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = path.join(import.meta.dirname, '..', 'bin', 'jalon');
const forecast = (input: string) =>
  spawnSync(process.execPath, [bin, 'kpi', 'forecast', '-'], { input, encoding: 'utf8' });

describe('jalon kpi forecast', () => {
  it('prints the least-squares forecast of a daily series', () => {
    // Worked by hand: t = 0..4, y = 10, 12, 13, 15, 16 → t̄ = 2, ȳ = 13.2, Sxx = 10, Sxy = 15,
    // slope 1.5, intercept 13.2 − 1.5·2 = 10.2; the deadline 2027-01-31 is t = 30 → 10.2 + 45 = 55.2.
    const result = forecast(
      JSON.stringify({
        startDate: '2027-01-01',
        values: [10, 12, 13, 15, 16],
        deadline: '2027-01-31',
        target: 40,
        cumulativeTarget: 600,
      }),
    );
    expect(result.status, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(Object.keys(out)).toEqual([
      'slopePerDay',
      'interceptAtDay0',
      'projection',
      'pi95',
      'probMeetTarget',
      'cumulative',
    ]);
    expect(out.slopePerDay).toBeCloseTo(1.5, 12);
    expect(out.interceptAtDay0).toBeCloseTo(10.2, 12);
    expect(out.projection).toBeCloseTo(55.2, 12);
    expect(out.pi95[0]).toBeLessThan(55.2);
    expect(out.pi95[1]).toBeGreaterThan(55.2);
    expect(Object.keys(out.cumulative)).toEqual(['projectedTotal', 'pi95', 'probMeetTarget']);
  });

  it('says when there are too few points instead of inventing an interval', () => {
    const result = forecast(
      JSON.stringify({ startDate: '2027-01-01', values: [10, 12], deadline: '2027-01-31', target: 40 }),
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ pi95: null, probMeetTarget: null, cumulative: null });
    expect(result.stderr).toContain('at least 3');
  });

  it('names each invalid field and exits 1', () => {
    const result = forecast(JSON.stringify({ startDate: '2027-02-30', values: [1, 'x'] }));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('startDate: This date does not exist');
    expect(result.stderr).toContain('values.1');
    expect(result.stderr).toContain('deadline');
  });
});
