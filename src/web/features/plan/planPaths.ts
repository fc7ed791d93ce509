/** URLs of a plan's screens, built in one place. */
export const PLAN_SECTIONS = ['overview', 'goals', 'personas', 'swot', 'objectives', 'okrs'] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];
/** Screens of a plan reached from its header rather than a tab. */
export type PlanPage = PlanSection | 'imports';

export function planPath(workspaceId: string, planId: string, section: PlanPage = 'overview'): string {
  const base = `/w/${encodeURIComponent(workspaceId)}/p/${encodeURIComponent(planId)}`;
  return section === 'overview' ? base : `${base}/${section}`;
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
    default:
      return null;
  }
}
