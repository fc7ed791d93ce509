/** URLs of a plan's screens, built in one place. */
export const PLAN_SECTIONS = [
  'overview',
  'goals',
  'personas',
  'swot',
  'objectives',
  'okrs',
  'actions',
  'raci',
  'gantt',
  'calendar',
  'budget',
  'tracking',
  'experiments',
  'revisions',
] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];
/** Screens of a plan reached from its header rather than a tab. */
export type PlanPage = PlanSection | 'imports';

export function planPath(workspaceId: string, planId: string, section: PlanPage = 'overview'): string {
  const base = `/w/${encodeURIComponent(workspaceId)}/p/${encodeURIComponent(planId)}`;
  return section === 'overview' ? base : `${base}/${section}`;
}

/** A KPI's own page (chart, forecast, measurements), under the tracking section. */
export function kpiPath(workspaceId: string, planId: string, kpiId: string): string {
  return `${planPath(workspaceId, planId, 'tracking')}/${encodeURIComponent(kpiId)}`;
}

/** An experiment's own page (planning, results, analysis, decision), under the experiments section. */
export function experimentPath(workspaceId: string, planId: string, experimentId: string): string {
  return `${planPath(workspaceId, planId, 'experiments')}/${encodeURIComponent(experimentId)}`;
}

/** The section a URL inside a plan belongs to (`…/tracking/<kpi>` is in `tracking`, `…/experiments/<id>` in `experiments`). */
export function pageOfPath(pathname: string): PlanPage {
  const match = /\/p\/[^/]+\/([^/]+)/.exec(pathname);
  const segment = match?.[1];
  if (segment === 'imports') return 'imports';
  return PLAN_SECTIONS.find((s) => s !== 'overview' && s === segment) ?? 'overview';
}

/** The screen that shows entities of a collection, for links from findings and the alignment tree. */
export function sectionOfCollection(collection: string): PlanSection | null {
  switch (collection) {
    case 'business-goals':
    case 'funnel-stages':
      return 'goals';
    case 'personas':
      return 'personas';
    case 'swot-items':
    case 'positioning':
      return 'swot';
    case 'objectives':
      return 'objectives';
    case 'okr-objectives':
    case 'key-results':
    case 'check-ins':
      return 'okrs';
    case 'strategies':
    case 'tactics':
    case 'actions':
    case 'action-dependencies':
      return 'actions';
    case 'raci-assignments':
      return 'raci';
    case 'content-items':
      return 'calendar';
    case 'budget-lines':
    case 'spend-entries':
    case 'budget-scenarios':
    case 'scenario-allocations':
    case 'budget-settings':
      return 'budget';
    case 'kpis':
    case 'kpi-targets':
    case 'measurements':
    case 'corrective-actions':
      return 'tracking';
    case 'experiments':
    case 'experiment-variants':
    case 'experiment-results':
      return 'experiments';
    default:
      return null;
  }
}
