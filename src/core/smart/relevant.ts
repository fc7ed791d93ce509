import type { Objective } from '../plan.js';
import { quoteEn, quoteFr } from './format.js';
import type { SmartCheck } from './types.js';

/** Relevant: the method asks that every objective serve the company's commercial ambitions. */
export function checkRelevant(
  objective: Objective,
  businessGoalKeys: ReadonlySet<string>,
  businessGoalTitles?: ReadonlyMap<string, string>,
): SmartCheck {
  const linked = [...new Set(objective.businessGoals)];
  // Goals are named by their titles when known: people read titles, not keys.
  const known = linked.filter((key) => businessGoalKeys.has(key)).map((key) => businessGoalTitles?.get(key) ?? key);
  const unknown = linked.filter((key) => !businessGoalKeys.has(key));
  if (linked.length === 0) {
    return {
      status: 'fail',
      message: {
        fr: "L'objectif n'est rattaché à aucun objectif business : on ne sait pas à quelle ambition commerciale il contribue. Liez-le à au moins un objectif business (par exemple « chiffre d'affaires +20 % »).",
        en: 'The objective is linked to no business goal: nobody can tell which commercial ambition it serves. Link it to at least one business goal (for example “revenue +20%”).',
      },
    };
  }
  if (known.length === 0) {
    return {
      status: 'fail',
      message: {
        fr: `Les objectifs business liés (${unknown.map(quoteFr).join(', ')}) n'existent pas dans le plan. Liez l'objectif à un objectif business existant.`,
        en: `The linked business goals (${unknown.map(quoteEn).join(', ')}) do not exist in the plan. Link the objective to an existing business goal.`,
      },
    };
  }
  if (unknown.length > 0) {
    return {
      status: 'warn',
      message: {
        fr: `Rattaché à ${known.map(quoteFr).join(', ')}, mais ${unknown.map(quoteFr).join(', ')} n'existe pas dans le plan : retirez ou corrigez ce lien.`,
        en: `Linked to ${known.map(quoteEn).join(', ')}, but ${unknown.map(quoteEn).join(', ')} does not exist in the plan: remove or correct that link.`,
      },
    };
  }
  return {
    status: 'pass',
    message: {
      fr: `Aligné sur ${known.length === 1 ? "l'objectif business" : 'les objectifs business'} ${known.map(quoteFr).join(', ')}.`,
      en: `Aligned with the business ${known.length === 1 ? 'goal' : 'goals'} ${known.map(quoteEn).join(', ')}.`,
    },
  };
}
