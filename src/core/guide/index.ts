/** The guided path: the method's four stages as a checklist computed from a plan. */
export { guidedPath, GUIDE_STAGES } from './guided-path.js';
export type {
  GuidedPath,
  GuideProgress,
  GuideSection,
  GuideStage,
  GuideStageId,
  GuideStep,
  GuideStepId,
} from './types.js';
