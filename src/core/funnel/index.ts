/** Funnel alignment: do the marketing stages' targets multiply out to the business goal? */
export { funnelAlignment, type AlignmentReport, type AlignmentStatus, type StageNeed } from './funnel-alignment.js';
export type { MissingValue } from './funnel-outcome.js';
