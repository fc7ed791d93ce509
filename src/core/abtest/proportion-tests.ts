/**
 * The classic pooled two-proportion z-test (no continuity correction): under the null both arms
 * share one rate p̂ = (c_A + c_B)/(n_A + n_B), so z = (p_B − p_A) / √(p̂(1 − p̂)(1/n_A + 1/n_B)).
 * The pooled variance stays positive when only one arm converted nobody (or everybody), so the test
 * still answers there; it has nothing to say when the pooled rate is 0 or 1, or an arm has < 2 units.
 */
import { normalTwoSidedP } from './distributions.js';

export interface ConversionCounts {
  users: number;
  conversions: number;
}

export function pooledZTest(
  control: ConversionCounts,
  variant: ConversionCounts,
): { z: number | null; pValue: number | null } {
  const users = control.users + variant.users;
  const pooled = (control.conversions + variant.conversions) / users;
  if (control.users < 2 || variant.users < 2 || pooled <= 0 || pooled >= 1) return { z: null, pValue: null };
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / control.users + 1 / variant.users));
  const z = (variant.conversions / variant.users - control.conversions / control.users) / se;
  return { z, pValue: normalTwoSidedP(z) };
}
