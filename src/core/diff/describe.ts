import type { Localized } from '../plan.js';
import { displayName, type AnyRow, type DiffContext, type Side } from './context.js';
import { quoted } from './grammar.js';
import { entitySubject, type Subject } from './phrases.js';
import { listSpecs } from './specs.js';
import type { ListSectionName } from './types.js';
import { nouns, spendKinds } from './vocabulary.js';

/**
 * What a message calls a row. A keyed entity by its noun and name (« action « Audit SEO » »);
 * a row without a key by what identifies it (« mesure de « Trafic organique » du 2027-01-31 (ga4) »).
 */
export function rowSubject(section: ListSectionName, row: AnyRow, side: Side, ctx: DiffContext): Subject {
  const noun = nouns[section];
  if (listSpecs[section].identity[0] === 'key') return entitySubject(noun, displayName(section, row));
  return { text: describeRow(section, row, side, ctx), gender: noun.gender };
}

function describeRow(section: ListSectionName, row: AnyRow, side: Side, ctx: DiffContext): Localized {
  const name = (target: ListSectionName, key: unknown) => quoted(ctx.nameOf(target, key, side));
  const date = String(row.date);
  switch (section) {
    case 'checkIns': {
      const kr = name('keyResults', row.keyResult);
      return { fr: `point d'étape du ${date} sur ${kr.fr}`, en: `check-in of ${date} on ${kr.en}` };
    }
    case 'actionDependencies': {
      const [s, p] = [name('actions', row.successor), name('actions', row.predecessor)];
      return { fr: `dépendance de ${s.fr} envers ${p.fr}`, en: `dependency of ${s.en} on ${p.en}` };
    }
    case 'spendEntries': {
      const line = name('budgetLines', row.budgetLine);
      const kind = spendKinds[row.kind as 'actual' | 'committed'] ?? { fr: String(row.kind), en: String(row.kind) };
      return { fr: `dépense ${kind.fr} du ${date} sur ${line.fr}`, en: `${kind.en} spend of ${date} on ${line.en}` };
    }
    case 'scenarioAllocations': {
      const [line, scenario] = [name('budgetLines', row.budgetLine), name('budgetScenarios', row.scenario)];
      return {
        fr: `allocation de ${line.fr} dans le scénario ${scenario.fr}`,
        en: `allocation of ${line.en} in scenario ${scenario.en}`,
      };
    }
    case 'kpiTargets': {
      const kpi = name('kpis', row.kpi);
      return { fr: `cible de ${kpi.fr} au ${date}`, en: `target for ${kpi.en} on ${date}` };
    }
    case 'measurements': {
      const [kpi, source] = [name('kpis', row.kpi), String(row.source)];
      return {
        fr: `mesure de ${kpi.fr} du ${date} (${source})`,
        en: `measurement of ${kpi.en} on ${date} (${source})`,
      };
    }
    case 'experimentResults': {
      const variant = name('experimentVariants', row.variant);
      return { fr: `résultat de ${variant.fr} du ${date}`, en: `result of ${variant.en} on ${date}` };
    }
    default: {
      // RACI assignments have their own sentences; this is a fallback for any future collection.
      const noun = nouns[section];
      return { fr: noun.fr, en: noun.en };
    }
  }
}
