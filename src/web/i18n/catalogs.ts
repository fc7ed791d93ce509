import en from './en.json';
import fr from './fr.json';
import actionsEn from '../features/actions/en.json';
import actionsFr from '../features/actions/fr.json';
import budgetEn from '../features/budget/en.json';
import budgetFr from '../features/budget/fr.json';
import calendarEn from '../features/calendar/en.json';
import calendarFr from '../features/calendar/fr.json';
import correctiveEn from '../features/corrective/en.json';
import correctiveFr from '../features/corrective/fr.json';
import experimentsEn from '../features/experiments/en.json';
import experimentsFr from '../features/experiments/fr.json';
import exportsEn from '../features/exports/en.json';
import exportsFr from '../features/exports/fr.json';
import ganttEn from '../features/gantt/en.json';
import ganttFr from '../features/gantt/fr.json';
import goalsEn from '../features/goals/en.json';
import goalsFr from '../features/goals/fr.json';
import guideEn from '../features/guide/en.json';
import guideFr from '../features/guide/fr.json';
import importsEn from '../features/imports/en.json';
import importsFr from '../features/imports/fr.json';
import membersEn from '../features/members/en.json';
import membersFr from '../features/members/fr.json';
import objectivesEn from '../features/objectives/en.json';
import objectivesFr from '../features/objectives/fr.json';
import okrsEn from '../features/okrs/en.json';
import okrsFr from '../features/okrs/fr.json';
import personasEn from '../features/personas/en.json';
import personasFr from '../features/personas/fr.json';
import raciEn from '../features/raci/en.json';
import raciFr from '../features/raci/fr.json';
import revisionsEn from '../features/revisions/en.json';
import revisionsFr from '../features/revisions/fr.json';
import swotEn from '../features/swot/en.json';
import swotFr from '../features/swot/fr.json';
import trackingEn from '../features/tracking/en.json';
import trackingFr from '../features/tracking/fr.json';

/**
 * The UI texts: shared ones in `i18n/{fr,en}.json`, each feature's in its own folder, under a
 * key named after the feature (`t('goals.title')`). French is the reference for typed keys.
 */
export const catalogs = {
  fr: {
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
  },
  en: {
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
  },
};
