import type { Localized } from '../plan.js';

/** The method's four stages, in the order a plan is built. */
export type GuideStageId = 'foundations' | 'objectives' | 'action-plan' | 'tracking';

export type GuideStepId =
  | 'business-goal'
  | 'funnel'
  | 'persona'
  | 'swot'
  | 'positioning'
  | 'objectives-linked'
  | 'smart-objectives'
  | 'okr'
  | 'kpis'
  | 'strategies'
  | 'dated-actions'
  | 'raci'
  | 'budget'
  | 'measurements'
  | 'corrective-actions';

/** The plan screen where a step is done (a section of the web app's plan). */
export type GuideSection =
  'goals' | 'personas' | 'swot' | 'objectives' | 'okrs' | 'actions' | 'raci' | 'budget' | 'tracking';

/** How far a step has gone when it counts things ("3 of 5 objectives"); null when it does not. */
export interface GuideProgress {
  done: number;
  of: number;
}

export interface GuideStep {
  id: GuideStepId;
  done: boolean;
  progress: GuideProgress | null;
  title: Localized;
  /** Why the method asks for this, in a sentence or two. */
  why: Localized;
  /** What to do on the screen to get it done. */
  how: Localized;
  section: GuideSection;
}

export interface GuideStage {
  id: GuideStageId;
  title: Localized;
  steps: GuideStep[];
}

export interface GuidedPath {
  stages: GuideStage[];
  /** Steps done, out of `total` (every step of every stage). */
  done: number;
  total: number;
  complete: boolean;
}
