import en from './en.json';
import actionsEn from '../features/actions/en.json';
import budgetEn from '../features/budget/en.json';
import calendarEn from '../features/calendar/en.json';
import correctiveEn from '../features/corrective/en.json';
import experimentsEn from '../features/experiments/en.json';
import exportsEn from '../features/exports/en.json';
import ganttEn from '../features/gantt/en.json';
import goalsEn from '../features/goals/en.json';
import guideEn from '../features/guide/en.json';
import importsEn from '../features/imports/en.json';
import membersEn from '../features/members/en.json';
import objectivesEn from '../features/objectives/en.json';
import okrsEn from '../features/okrs/en.json';
import personasEn from '../features/personas/en.json';
import raciEn from '../features/raci/en.json';
import revisionsEn from '../features/revisions/en.json';
import swotEn from '../features/swot/en.json';
import trackingEn from '../features/tracking/en.json';

/** The English texts: a chunk of their own, loaded when the interface speaks English. */
export const enCatalog = {
  ...en,
  actions: actionsEn,
  budget: budgetEn,
  calendar: calendarEn,
  corrective: correctiveEn,
  experiments: experimentsEn,
  exports: exportsEn,
  gantt: ganttEn,
  goals: goalsEn,
  guide: guideEn,
  imports: importsEn,
  members: membersEn,
  objectives: objectivesEn,
  okrs: okrsEn,
  personas: personasEn,
  raci: raciEn,
  revisions: revisionsEn,
  swot: swotEn,
  tracking: trackingEn,
};
