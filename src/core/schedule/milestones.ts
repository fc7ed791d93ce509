import type { Action, ActionDependency, Localized } from '../plan.js';
import { formatDay, parseDay, parseToday } from './dates.js';
import { actionName, joinList, localized, longDate, quote, type Language } from './texts.js';

/**
 * Milestones at risk, for milestones that are neither done nor cancelled and have a due date:
 * - `predecessors_finish_late`: the predecessors' due dates + lags (a milestone lasts 0 days)
 *   put its earliest possible date after its own due date;
 * - `predecessor_overdue`: a predecessor is not done and its due date is before today (an action
 *   due today is not late yet);
 * - `overdue`: the milestone's own due date is before today.
 * Done and cancelled predecessors no longer hold the milestone back and are left out. This reads
 * direct predecessors only, as the method's users do; the critical path report carries delays
 * down whole chains.
 */

export type MilestoneRiskCode = 'predecessors_finish_late' | 'predecessor_overdue' | 'overdue';

export interface MilestoneRiskReason {
  code: MilestoneRiskCode;
  /** The predecessors that cause it (empty for `overdue`). */
  predecessors: string[];
  /** Earliest possible date for `predecessors_finish_late`, else null. */
  earliestDate: string | null;
  message: Localized;
}

export interface MilestoneRisk {
  milestone: string;
  dueDate: string;
  reasons: MilestoneRiskReason[];
}

interface Ref {
  key: string;
  name: string;
}

interface Predecessor extends Ref {
  due: number;
  lag: number;
}

const isOpen = (action: Action) => action.status !== 'done' && action.status !== 'cancelled';

export function findMilestonesAtRisk(
  actions: readonly Action[],
  dependencies: readonly ActionDependency[],
  today: string,
): MilestoneRisk[] {
  const now = parseToday(today);
  const byKey = new Map(actions.map((a) => [a.key, a]));
  const predecessorsOf = new Map<string, Predecessor[]>();
  for (const { predecessor, successor, lagDays } of dependencies) {
    const before = byKey.get(predecessor);
    const due = parseDay(before?.dueDate);
    if (!before || !isOpen(before) || due === null) continue;
    const list = predecessorsOf.get(successor) ?? [];
    list.push({ key: before.key, name: actionName(before.title, before.key), due, lag: lagDays });
    predecessorsOf.set(successor, list);
  }
  const risks: MilestoneRisk[] = [];
  for (const action of actions) {
    const due = parseDay(action.dueDate);
    if (!action.isMilestone || !isOpen(action) || due === null) continue;
    const milestone = { key: action.key, name: actionName(action.title, action.key) };
    const reasons = riskReasons(milestone, due, predecessorsOf.get(action.key) ?? [], now);
    if (reasons.length > 0) risks.push({ milestone: action.key, dueDate: formatDay(due), reasons });
  }
  return risks;
}

function riskReasons(milestone: Ref, due: number, predecessors: Predecessor[], now: number): MilestoneRiskReason[] {
  const reasons: MilestoneRiskReason[] = [];
  const holding = predecessors.filter((p) => p.due + p.lag > due);
  if (holding.length > 0) {
    const earliest = Math.max(...holding.map((p) => p.due + p.lag));
    reasons.push({
      code: 'predecessors_finish_late',
      predecessors: holding.map((p) => p.key),
      earliestDate: formatDay(earliest),
      message: localized((l) => finishesLateText(milestone, due, holding, earliest, l)),
    });
  }
  const late = predecessors.filter((p) => p.due < now);
  if (late.length > 0) {
    reasons.push({
      code: 'predecessor_overdue',
      predecessors: late.map((p) => p.key),
      earliestDate: null,
      message: localized((l) => lateText(milestone, late, l)),
    });
  }
  if (due < now) {
    const message = localized((l) => overdueText(milestone, due, l));
    reasons.push({ code: 'overdue', predecessors: [], earliestDate: null, message });
  }
  return reasons;
}

function finishesLateText(milestone: Ref, due: number, holding: Ref[], earliest: number, l: Language): string {
  const names = joinList(
    holding.map((p) => quote(p.name, l)),
    l,
  );
  const [dueText, earliestText] = [longDate(formatDay(due), l), longDate(formatDay(earliest), l)];
  const several = holding.length > 1;
  return l === 'fr'
    ? `Le jalon ${quote(milestone.name, l)} est prévu le ${dueText}, mais ` +
        `${several ? 'ses prédécesseurs' : 'son prédécesseur'} ${names} ${several ? 'le repoussent' : 'le repousse'} ` +
        `au ${earliestText} au plus tôt.`
    : `Milestone ${quote(milestone.name, l)} is due on ${dueText}, but ` +
        `${several ? 'its predecessors' : 'its predecessor'} ${names} ${several ? 'push' : 'pushes'} it to ` +
        `${earliestText} at the earliest.`;
}

function lateText(milestone: Ref, late: Predecessor[], l: Language): string {
  const items = late.map((p) => {
    const dueText = longDate(formatDay(p.due), l);
    return l === 'fr' ? `${quote(p.name, l)} (échéance le ${dueText})` : `${quote(p.name, l)} (due ${dueText})`;
  });
  return l === 'fr'
    ? `Le jalon ${quote(milestone.name, l)} dépend d’actions en retard, pas encore terminées : ${joinList(items, l)}.`
    : `Milestone ${quote(milestone.name, l)} depends on late actions that are not done: ${joinList(items, l)}.`;
}

function overdueText(milestone: Ref, due: number, l: Language): string {
  const dueText = longDate(formatDay(due), l);
  return l === 'fr'
    ? `Le jalon ${quote(milestone.name, l)} devait être atteint le ${dueText} et n’est pas marqué comme terminé.`
    : `Milestone ${quote(milestone.name, l)} was due on ${dueText} and is not marked done.`;
}
