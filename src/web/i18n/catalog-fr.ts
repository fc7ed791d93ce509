import fr from './fr.json';
import actionsFr from '../features/actions/fr.json';
import budgetFr from '../features/budget/fr.json';
import calendarFr from '../features/calendar/fr.json';
import correctiveFr from '../features/corrective/fr.json';
import experimentsFr from '../features/experiments/fr.json';
import exportsFr from '../features/exports/fr.json';
import ganttFr from '../features/gantt/fr.json';
import goalsFr from '../features/goals/fr.json';
import guideFr from '../features/guide/fr.json';
import importsFr from '../features/imports/fr.json';
import membersFr from '../features/members/fr.json';
import objectivesFr from '../features/objectives/fr.json';
import okrsFr from '../features/okrs/fr.json';
import personasFr from '../features/personas/fr.json';
import raciFr from '../features/raci/fr.json';
import revisionsFr from '../features/revisions/fr.json';
import swotFr from '../features/swot/fr.json';
import trackingFr from '../features/tracking/fr.json';

/**
 * All the French texts, French being the reference and the fallback: for the types and the tests.
 * At run time, each feature's come with its code (see `featureTexts.ts`).
 */
export const frCatalog = {
  ...fr,
  actions: actionsFr,
  budget: budgetFr,
  calendar: calendarFr,
  corrective: correctiveFr,
  experiments: experimentsFr,
  exports: exportsFr,
  gantt: ganttFr,
  goals: goalsFr,
  guide: guideFr,
  imports: importsFr,
  members: membersFr,
  objectives: objectivesFr,
  okrs: okrsFr,
  personas: personasFr,
  raci: raciFr,
  revisions: revisionsFr,
  swot: swotFr,
  tracking: trackingFr,
};
