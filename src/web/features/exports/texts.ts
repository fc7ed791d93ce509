import { addFrenchTexts } from '../../i18n/featureTexts';
import texts from './fr.json';

addFrenchTexts('exports', texts);
