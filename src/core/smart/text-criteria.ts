import type { Objective } from '../plan.js';
import { formatDate, formatNumber, quoteEn, quoteFr, withUnit } from './format.js';
import type { SmartCheck, TextFindings } from './types.js';

/** Specific: names what is counted, says it with a result verb, and where or how. */
export function checkSpecific(objective: Objective, found: TextFindings): SmartCheck {
  const indicator = objective.metric?.trim() || found.indicator;
  if (!indicator) {
    const concept = found.vagueConcept;
    return {
      status: 'fail',
      message: {
        fr: `L'objectif ne nomme aucun indicateur que l'on puisse compter${concept ? ` : ${quoteFr(concept)} est une intention, pas une mesure` : ''}. Précisez ce qui doit changer (nombre de followers Instagram, trafic du site, leads qualifiés…) et renseignez le champ « indicateur ».`,
        en: `The objective names nothing that can be counted${concept ? `: ${quoteEn(concept)} is an aim, not a measure` : ''}. Say what must change (Instagram followers, website traffic, qualified leads…) and fill in the metric field.`,
      },
    };
  }
  const hasFigure = found.figure !== null || objective.target != null;
  if (found.vagueVerb && !hasFigure) {
    return {
      status: 'fail',
      message: {
        fr: `${quoteFr(found.vagueVerb)} sans chiffre ne dit pas de combien l'indicateur doit bouger. Employez un verbe de résultat chiffré : « Augmenter … de 15 % », « Atteindre 1 000 … », « Réduire … de 10 % ».`,
        en: `${quoteEn(found.vagueVerb)} with no figure does not say how far the indicator must move. Use a result verb with a number: “Increase … by 15%”, “Reach 1,000 …”, “Reduce … by 10%”.`,
      },
    };
  }
  if (!found.scope && !found.lever) {
    return {
      status: 'warn',
      message: {
        fr: `L'indicateur est nommé (${quoteFr(indicator)}), mais ni le canal, ni la cible, ni le levier. Précisez où et comment, par exemple « sur Instagram » ou « grâce à une campagne de contenu ».`,
        en: `The indicator is named (${quoteEn(indicator)}) but not the channel, the audience or the lever. Say where and how, e.g. “on Instagram” or “through a content campaign”.`,
      },
    };
  }
  const how = [found.scope, found.lever].filter((part): part is string => part !== null);
  return {
    status: 'pass',
    message: {
      fr: `Clair et précis : l'indicateur (${quoteFr(indicator)}) est nommé, ainsi que le périmètre ou le levier (${how.map(quoteFr).join(', ')}).`,
      en: `Clear and precise: the indicator (${quoteEn(indicator)}) is named, and so is the scope or lever (${how.map(quoteEn).join(', ')}).`,
    },
  };
}

/** Measurable: a target value in the fields, or at least a figure in the text. */
export function checkMeasurable(objective: Objective, found: TextFindings): SmartCheck {
  const { target, baseline, unit } = objective;
  const metric = objective.metric?.trim();
  if (target != null) {
    const fr = (n: number): string => withUnit(formatNumber(n, 'fr'), unit);
    const en = (n: number): string => withUnit(formatNumber(n, 'en'), unit);
    if (baseline != null && baseline === target) {
      return {
        status: 'warn',
        message: {
          fr: `La cible (${fr(target)}) est égale à la valeur de départ : il n'y a rien à atteindre. Fixez une cible qui marque un progrès.`,
          en: `The target (${en(target)}) equals the baseline: there is nothing to achieve. Set a target that marks progress.`,
        },
      };
    }
    return {
      status: 'pass',
      message: {
        fr: `Quantifié : cible de ${fr(target)}${metric ? ` pour ${quoteFr(metric)}` : ''}${baseline != null ? `, depuis ${fr(baseline)}` : ''}.`,
        en: `Quantified: target of ${en(target)}${metric ? ` for ${quoteEn(metric)}` : ''}${baseline != null ? `, from ${en(baseline)}` : ''}.`,
      },
    };
  }
  if (found.figure) {
    return {
      status: 'pass',
      message: {
        fr: `Quantifié dans le texte (${quoteFr(found.figure)}). Renseignez aussi la valeur de départ et la cible pour suivre la progression.`,
        en: `Quantified in the text (${quoteEn(found.figure)}). Also fill in the baseline and the target so progress can be tracked.`,
      },
    };
  }
  return {
    status: 'fail',
    message: {
      fr: `${metric ? `L'indicateur ${quoteFr(metric)} est nommé mais sans cible` : 'Aucun chiffre'} : on ne pourra pas dire si l'objectif est atteint. Donnez une cible chiffrée (« de 15 % », « 1 000 leads ») et renseignez la valeur de départ et la cible.`,
      en: `${metric ? `The metric ${quoteEn(metric)} is named but has no target` : 'No figure'}: nobody will be able to tell whether the objective is met. Give a number (“by 15%”, “1,000 leads”) and fill in the baseline and the target.`,
    },
  };
}

/** Time-bound: a deadline in the fields, or at least a deadline written in the text. */
export function checkTimeBound(objective: Objective, found: TextFindings): SmartCheck {
  const { deadline, startDate } = objective;
  if (deadline) {
    if (startDate && startDate > deadline) {
      return {
        status: 'warn',
        message: {
          fr: `La date de début (${formatDate(startDate, 'fr')}) est postérieure à l'échéance (${formatDate(deadline, 'fr')}) : corrigez l'une ou l'autre.`,
          en: `The start date (${formatDate(startDate, 'en')}) is after the deadline (${formatDate(deadline, 'en')}): correct one of them.`,
        },
      };
    }
    return {
      status: 'pass',
      message: {
        fr: `Échéance fixée au ${formatDate(deadline, 'fr')}.`,
        en: `Deadline set for ${formatDate(deadline, 'en')}.`,
      },
    };
  }
  if (found.timeExpression) {
    return {
      status: 'pass',
      message: {
        fr: `Échéance donnée dans le texte (${quoteFr(found.timeExpression)}). Renseignez aussi le champ « échéance » pour que le suivi la connaisse.`,
        en: `Deadline given in the text (${quoteEn(found.timeExpression)}). Also fill in the deadline field so that tracking knows it.`,
      },
    };
  }
  return {
    status: 'fail',
    message: {
      fr: "Aucune échéance : sans date, rien ne presse et le progrès ne se suit pas. Ajoutez-en une (« d'ici le 31 mars », « au cours des trois prochains mois ») et renseignez le champ « échéance ».",
      en: 'No deadline: without a date nothing is urgent and progress cannot be tracked. Add one (“by 31 March”, “over the next three months”) and fill in the deadline field.',
    },
  };
}
