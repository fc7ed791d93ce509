import { describe, expect, it } from 'vitest';
import type { TacticEntity } from '../../../contract/entity-types.js';
import i18n from '../../i18n';
import {
  centsOf,
  lineBody,
  lineErrors,
  lineValues,
  settingsErrors,
  spendErrors,
  uniqueKey,
  unitsOf,
  type LineValues,
} from './budgetForm';

const t = i18n.getFixedT('fr');

const tactic = (id: string, strategyId: string): TacticEntity => ({
  id,
  key: id,
  position: 0,
  name: id,
  description: null,
  strategyId,
  version: 1,
  createdAt: '',
  updatedAt: '',
});

describe('money fields', () => {
  it.each([
    ['10000', 1_000_000],
    ['10 000,50', 1_000_050],
    ['0,1', 10],
    [2000.25, 200_025],
    ['', null],
    ['abc', null],
  ])('%j € is %j cents', (typed, cents) => {
    expect(centsOf(typed)).toBe(cents);
  });

  it('shows cents back as units', () => {
    expect(unitsOf(1_000_050)).toBe(10000.5);
    expect(unitsOf(null)).toBe('');
  });
});

describe('settings validation', () => {
  it('asks for a total and a percentage between 0 and 100', () => {
    expect(settingsErrors(t, { totalAmount: '', contingencyPercent: 120 })).toEqual({
      totalAmount: 'Ce champ est obligatoire.',
      contingencyPercent: 'Saisissez un pourcentage entre 0 et 100.',
    });
    expect(settingsErrors(t, { totalAmount: '20000', contingencyPercent: '7,5' })).toEqual({
      totalAmount: undefined,
      contingencyPercent: undefined,
    });
  });

  it('refuses negative amounts and fractions of a cent', () => {
    expect(settingsErrors(t, { totalAmount: '-5', contingencyPercent: 10 }).totalAmount).toBe(
      'Le montant ne peut pas être négatif.',
    );
    expect(settingsErrors(t, { totalAmount: '10,005', contingencyPercent: 10 }).totalAmount).toBe(
      'Deux décimales au plus.',
    );
  });
});

describe('budget line form', () => {
  const values = (fields: Partial<LineValues>): LineValues => ({ ...lineValues(null), label: 'Salon', ...fields });
  const tactics = [tactic('t1', 's1'), tactic('t2', 's2')];

  it('requires a label and a planned amount; ROI, minimum and maximum are optional', () => {
    const errors = lineErrors(t, values({ label: ' ', plannedAmount: '' }), tactics);
    expect(errors.label).toBe('Ce champ est obligatoire.');
    expect(errors.plannedAmount).toBe('Ce champ est obligatoire.');
    expect(errors.expectedRoi).toBeUndefined();
    expect(errors.minAmount).toBeUndefined();
  });

  it('refuses a maximum under the minimum and a tactic of another strategy', () => {
    const errors = lineErrors(
      t,
      values({ plannedAmount: 100, minAmount: 500, maxAmount: 200, strategyId: 's1', tacticId: 't2' }),
      tactics,
    );
    expect(errors.maxAmount).toBe('Le maximum doit être supérieur ou égal au minimum.');
    expect(errors.tacticId).toBe('Cette tactique relève d’une autre stratégie.');
  });

  it('sends cents, an ROI as typed and nulls for what is left empty', () => {
    expect(lineBody(values({ plannedAmount: '5 000', expectedRoi: '2,5', category: 'content' }))).toEqual({
      label: 'Salon',
      category: 'content',
      strategyId: null,
      tacticId: null,
      plannedAmount: 500_000,
      committedAmount: 0,
      expectedRoi: 2.5,
      minAmount: null,
      maxAmount: null,
    });
  });
});

describe('spend entry form', () => {
  it('needs an existing date and an amount', () => {
    expect(spendErrors(t, { date: '2026-02-30', kind: 'actual', amount: '', note: '' })).toEqual({
      date: 'Saisissez une date valide.',
      amount: 'Ce champ est obligatoire.',
    });
  });
});

describe('uniqueKey', () => {
  it('slugs the name and adds a suffix when the key is taken', () => {
    expect(uniqueKey('Optimisé — Été', [])).toBe('optimise-ete');
    expect(uniqueKey('Optimisé — Été', ['optimise-ete', 'optimise-ete-2'])).toBe('optimise-ete-3');
    expect(uniqueKey('!!!', [])).toBe('scenario');
  });
});
