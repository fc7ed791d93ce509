import type { ObjectiveEntity } from '../../../contract/entity-types.js';
import { objectiveTypes, type ObjectiveType } from '../../../contract/enums.js';
import type { Objective } from '../../../core/plan.js';
import type { CreateBody } from '../../api/collections';
import { parseDecimal, textOrNull, type NumberField } from '../../forms/values';

/** The method's four kinds of marketing objective, in the order it presents them. */
export const OBJECTIVE_TYPES = objectiveTypes;
export type { ObjectiveType };

/** What the objective form edits; the names are the API's, so server field errors land on them. */
export type ObjectiveValues = {
  title: string;
  description: string;
  type: ObjectiveType;
  metric: string;
  unit: string;
  baseline: NumberField;
  target: NumberField;
  startDate: string;
  deadline: string;
  businessGoalIds: string[];
};

export function objectiveValues(entity: ObjectiveEntity | null, type: ObjectiveType = 'awareness'): ObjectiveValues {
  return {
    title: entity?.title ?? '',
    description: entity?.description ?? '',
    type: entity?.type ?? type,
    metric: entity?.metric ?? '',
    unit: entity?.unit ?? '',
    baseline: entity?.baseline ?? '',
    target: entity?.target ?? '',
    startDate: entity?.startDate ?? '',
    deadline: entity?.deadline ?? '',
    businessGoalIds: entity?.businessGoalIds ?? [],
  };
}

/** The request body: every field, empty ones as null so that an edit can clear them. */
export function objectiveBody(values: ObjectiveValues): CreateBody<'objectives'> {
  return {
    title: values.title.trim(),
    description: textOrNull(values.description),
    type: values.type,
    metric: textOrNull(values.metric),
    unit: textOrNull(values.unit),
    baseline: parseDecimal(values.baseline),
    target: parseDecimal(values.target),
    startDate: values.startDate || null,
    deadline: values.deadline || null,
    businessGoalIds: values.businessGoalIds,
  };
}

/**
 * The form's values in the shape the SMART lint of `core/smart` reads: business goals by key.
 * A selected goal that is not (or no longer) in the plan is passed as its id, so the lint reports
 * it as unknown rather than silently dropping it.
 */
export function draftObjective(values: ObjectiveValues, goalKeyById: ReadonlyMap<string, string>): Objective {
  const body = objectiveBody(values);
  return {
    key: 'draft',
    title: body.title ?? '',
    description: body.description ?? null,
    type: values.type,
    metric: body.metric ?? null,
    unit: body.unit ?? null,
    baseline: body.baseline ?? null,
    target: body.target ?? null,
    startDate: body.startDate ?? null,
    deadline: body.deadline ?? null,
    businessGoals: values.businessGoalIds.map((id) => goalKeyById.get(id) ?? id),
  };
}

/** A saved objective in the lint's shape (business goals by key). */
export function entityObjective(entity: ObjectiveEntity, goalKeyById: ReadonlyMap<string, string>): Objective {
  return { ...draftObjective(objectiveValues(entity), goalKeyById), key: entity.key };
}

export interface TypeShare {
  type: ObjectiveType;
  count: number;
  /** Share of all objectives, 0–1 (0 when there are none). */
  share: number;
}

export interface TypeBalance {
  total: number;
  rows: TypeShare[];
  /** Types of the method with no objective yet, in the method's order. */
  missing: ObjectiveType[];
  /** The type holding more than {@link DOMINANT_SHARE} of three objectives or more, if any. */
  dominant: ObjectiveType | null;
}

/** Above this share, one type crowds out the others: the method asks for a balanced mix. */
export const DOMINANT_SHARE = 0.6;

/** How the plan's objectives spread over the method's four types. */
export function typeBalance(objectives: readonly { type: ObjectiveType }[]): TypeBalance {
  const total = objectives.length;
  const rows = OBJECTIVE_TYPES.map((type) => {
    const count = objectives.filter((objective) => objective.type === type).length;
    return { type, count, share: total === 0 ? 0 : count / total };
  });
  const missing = rows.filter((row) => row.count === 0).map((row) => row.type);
  const dominant = total >= 3 ? (rows.find((row) => row.share > DOMINANT_SHARE)?.type ?? null) : null;
  return { total, rows, missing, dominant };
}
