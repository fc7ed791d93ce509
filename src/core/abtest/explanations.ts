/**
 * Why a comparison is not (fully) defined, and the same in plain words for the reader. The
 * reasons are checked in order: the first that applies is given.
 */
import type { Localized } from '../plan.js';
import { quote } from '../shared/format.js';
import type { UndefinedReason } from './types.js';

/** What the reason checks read of an arm. */
export interface ArmFacts {
  name: string;
  units: number;
  mean: number;
  variance: number;
  /** Conversions, for a proportion metric. */
  conversions: number | null;
}

export function undefinedReason(control: ArmFacts, variant: ArmFacts): { reason: UndefinedReason; arm: string } | null {
  const both = [control, variant];
  const find = (test: (arm: ArmFacts) => boolean) => both.find(test)?.name;
  const checks: [UndefinedReason, string | undefined][] = [
    ['too_few_units', find((arm) => arm.units < 2)],
    ['no_conversions', find((arm) => arm.conversions === 0)],
    ['all_converted', find((arm) => arm.conversions !== null && arm.conversions === arm.units)],
    ['zero_variance', find((arm) => arm.variance === 0)],
    ['control_mean_zero', control.mean === 0 ? control.name : undefined],
  ];
  const found = checks.find(([, arm]) => arm !== undefined);
  return found ? { reason: found[0], arm: found[1] as string } : null;
}

export function explainReason(reason: UndefinedReason, arm: string): Localized {
  const fr = quote(arm, 'fr');
  const en = quote(arm, 'en');
  switch (reason) {
    case 'too_few_units':
      return {
        fr: `${fr} compte moins de 2 unités : sa dispersion ne peut pas être estimée, il n'y a donc ni intervalle ni p-value. Attendez davantage de trafic.`,
        en: `${en} has fewer than 2 units: its spread cannot be estimated, so there is no interval or p-value yet. Wait for more traffic.`,
      };
    case 'no_conversions':
      return {
        fr: `${fr} n'a encore aucune conversion : un taux d'exactement 0 % n'a pas de dispersion mesurable, et un intervalle ou une p-value afficheraient une fausse certitude. Attendez davantage de données.`,
        en: `${en} has no conversions yet: a rate of exactly 0% has no measurable spread, so an interval or p-value would show a false certainty. Wait for more data.`,
      };
    case 'all_converted':
      return {
        fr: `Toutes les unités de ${fr} ont converti : un taux d'exactement 100 % n'a pas de dispersion mesurable, et un intervalle ou une p-value afficheraient une fausse certitude. Attendez davantage de données.`,
        en: `Every unit of ${en} converted: a rate of exactly 100% has no measurable spread, so an interval or p-value would show a false certainty. Wait for more data.`,
      };
    case 'zero_variance':
      return {
        fr: `L'écart type de ${fr} est nul : toutes ses unités ont la même valeur, son incertitude ne peut donc pas être estimée. Vérifiez les données ou attendez davantage d'unités.`,
        en: `The standard deviation of ${en} is 0: all its units have the same value, so its uncertainty cannot be estimated. Check the data or wait for more units.`,
      };
    case 'control_mean_zero':
      return {
        fr: `La moyenne du témoin ${fr} est nulle : une variation relative par rapport à 0 n'a pas de sens. Seule la différence absolue est calculée.`,
        en: `The control ${en} has a mean of 0: a relative change from 0 has no meaning. Only the absolute difference is computed.`,
      };
  }
}
