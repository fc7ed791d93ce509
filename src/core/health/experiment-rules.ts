import { sampleRatioCheck } from '../abtest/srm.js';
import type { PlanFacts } from '../plan.js';
import { finding, named, type Finding } from './findings.js';

/**
 * The method's A/B tests kept honest: a test that has run its course is decided (its outcome
 * feeds the plan, or the test taught nothing), a test whose traffic split is broken is not read
 * as if it were fine, and a test says which KPI it moves — else nothing traces it to a goal.
 */
export function experimentFindings(facts: PlanFacts, today: string): Finding[] {
  return facts.experiments.flatMap((experiment) => {
    const who = named('Le test', 'Test', experiment.name);
    const entity = { collection: 'experiments', key: experiment.key };
    const out: Finding[] = [];
    const open = experiment.status === 'running' || experiment.status === 'stopped';
    if (open && experiment.endDate && experiment.endDate < today) {
      out.push(
        finding(
          'experiment_without_decision',
          'warning',
          {
            fr: `${who.fr} s’est terminé le ${experiment.endDate} sans décision : analysez-le, puis déployez, gardez le témoin ou itérez.`,
            en: `${who.en} ended on ${experiment.endDate} with no decision: analyse it, then ship, keep the control or iterate.`,
          },
          entity,
        ),
      );
    }
    if (open && sampleRatioMismatch(facts, experiment.key)) {
      out.push(
        finding(
          'experiment_sample_ratio_mismatch',
          'warning',
          {
            fr: `${who.fr} ne reçoit pas le trafic prévu entre ses versions (déséquilibre de répartition) : vérifiez l’affectation avant de lire ses résultats.`,
            en: `${who.en} does not receive the planned traffic split between its versions (sample ratio mismatch): check the assignment before reading its results.`,
          },
          entity,
        ),
      );
    }
    if (!experiment.kpi) {
      out.push(
        finding(
          'experiment_without_kpi',
          'info',
          {
            fr: `${who.fr} n’est lié à aucun KPI : son résultat ne remontera pas au plan.`,
            en: `${who.en} is linked to no KPI: its outcome will not feed back into the plan.`,
          },
          entity,
        ),
      );
    }
    return out;
  });
}

function sampleRatioMismatch(facts: PlanFacts, experimentKey: string): boolean {
  const arms = facts.experimentVariants
    .filter((v) => v.experiment === experimentKey)
    .map((v) => ({
      weight: v.weight,
      units: facts.experimentResults.filter((r) => r.variant === v.key).reduce((sum, r) => sum + r.users, 0),
    }));
  return sampleRatioCheck(arms).detected;
}
