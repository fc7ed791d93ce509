import type { Objective } from '../plan.js';
import { findFigure } from './figures.js';
import { firstMatch, objectiveText } from './text.js';
import { findTimeExpression } from './time-expressions.js';
import type { TextFindings } from './types.js';
import { DECREASE_VERB, INDICATOR, LEVER, SCOPE, VAGUE_CONCEPT, VAGUE_VERB } from './vocabulary.js';

/** Reads the objective's title and description once, for all five criteria. */
export function findInText(objective: Pick<Objective, 'title' | 'description'>): TextFindings {
  const text = objectiveText(objective.title, objective.description);
  return {
    indicator: firstMatch(text, INDICATOR),
    vagueConcept: firstMatch(text, VAGUE_CONCEPT),
    vagueVerb: firstMatch(text, VAGUE_VERB),
    scope: firstMatch(text, SCOPE),
    lever: firstMatch(text, LEVER),
    figure: findFigure(text),
    timeExpression: findTimeExpression(text),
    asksForLess: firstMatch(text, DECREASE_VERB) !== null,
  };
}
