/**
 * The analysis refuses input that is not data (a negative count, more conversions than users, a
 * standard deviation below 0, duplicate arm names…) with the path of the faulty field, rather than
 * computing a confident answer from it. Callers that validate with their own schema never see it.
 */
import type { AbTestInput, MeanArm, ProportionArm } from './types.js';

export class AbTestInputError extends RangeError {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'AbTestInputError';
  }
}

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

export function validateAbTestInput(input: AbTestInput): void {
  if (input.metric !== 'proportion' && input.metric !== 'mean')
    throw new AbTestInputError('metric', 'must be proportion or mean');
  const alpha = input.alpha ?? 0.05;
  if (!(isFiniteNumber(alpha) && alpha > 0 && alpha < 1))
    throw new AbTestInputError('alpha', 'must lie strictly between 0 and 1');
  if (!Array.isArray(input.arms) || input.arms.length < 2)
    throw new AbTestInputError('arms', 'needs a control and at least one variant');
  const names = new Set<string>();
  input.arms.forEach((arm, i) => {
    const path = `arms[${i}]`;
    if (typeof arm.name !== 'string' || arm.name === '') throw new AbTestInputError(`${path}.name`, 'is required');
    if (names.has(arm.name)) throw new AbTestInputError(`${path}.name`, `repeats the name ${arm.name}`);
    names.add(arm.name);
    if (arm.weight !== undefined && !(isFiniteNumber(arm.weight) && arm.weight >= 0))
      throw new AbTestInputError(`${path}.weight`, 'must be a number ≥ 0');
    if (input.metric === 'proportion') validateProportionArm(arm as ProportionArm, path);
    else validateMeanArm(arm as MeanArm, path);
  });
  const prior = input.prior;
  if (
    prior !== undefined &&
    prior !== 'flat' &&
    !(isFiniteNumber(prior.mean) && isFiniteNumber(prior.sd) && prior.sd > 0)
  )
    throw new AbTestInputError('prior', "must be 'flat' or a finite mean with an sd > 0");
  const tuning = input.sequential?.tuning;
  if (tuning !== undefined && !(isFiniteNumber(tuning) && tuning > 0))
    throw new AbTestInputError('sequential.tuning', 'must be a number > 0');
}

function validateProportionArm(arm: ProportionArm, path: string): void {
  if (!isCount(arm.users)) throw new AbTestInputError(`${path}.users`, 'must be a whole number ≥ 0');
  if (!isCount(arm.conversions)) throw new AbTestInputError(`${path}.conversions`, 'must be a whole number ≥ 0');
  if (arm.conversions > arm.users) throw new AbTestInputError(`${path}.conversions`, 'cannot exceed users');
}

function validateMeanArm(arm: MeanArm, path: string): void {
  if (!isCount(arm.n)) throw new AbTestInputError(`${path}.n`, 'must be a whole number ≥ 0');
  if (!isFiniteNumber(arm.mean)) throw new AbTestInputError(`${path}.mean`, 'must be a finite number');
  if (!(isFiniteNumber(arm.sd) && arm.sd >= 0)) throw new AbTestInputError(`${path}.sd`, 'must be a finite number ≥ 0');
}
