import en from './en.json';
import fr from './fr.json';
import exportsEn from '../features/exports/en.json';
import exportsFr from '../features/exports/fr.json';
import goalsEn from '../features/goals/en.json';
import goalsFr from '../features/goals/fr.json';
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
import swotEn from '../features/swot/en.json';
import swotFr from '../features/swot/fr.json';

/**
 * The UI texts: shared ones in `i18n/{fr,en}.json`, each feature's in its own folder, under a
 * key named after the feature (`t('goals.title')`). French is the reference for typed keys.
 */
export const catalogs = {
  fr: {
    ...fr,
    exports: exportsFr,
    goals: goalsFr,
    imports: importsFr,
    members: membersFr,
    objectives: objectivesFr,
    okrs: okrsFr,
    personas: personasFr,
    swot: swotFr,
  },
  en: {
    ...en,
    exports: exportsEn,
    goals: goalsEn,
    imports: importsEn,
    members: membersEn,
    objectives: objectivesEn,
    okrs: okrsEn,
    personas: personasEn,
    swot: swotEn,
  },
};
