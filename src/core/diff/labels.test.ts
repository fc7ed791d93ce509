import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanDocument } from '../../io/plan-document-text.js';
import { generatePlanDocument } from '../../io/plan-generator/index.js';
import type { PlanFacts } from '../plan.js';
import type { FieldLabel } from './grammar.js';
import { fieldLabels } from './labels.js';
import { budgetSpec, listSpecs, planSpec, positioningSpec } from './specs.js';

/**
 * The sample: the full fixture (every collection) and a generated small plan (every field with a
 * default written out). Neither has a continuous experiment, so one result with a mean and a
 * standard deviation is added by hand.
 */
function samplePlans(): object[] {
  const parsed = parsePlanDocument(readFileSync('test/fixtures/plan-full.yaml', 'utf8'));
  if (!parsed.ok) throw new Error('The fixture no longer parses');
  const continuous = { variant: 'landing-a', date: '2027-03-01', users: 100, mean: 42.5, sd: 3.1 };
  return [parsed.document, generatePlanDocument({ size: 'small', seed: 1 }), { experimentResults: [continuous] }];
}

/** Every (part of the document, field) that occurs in the sample. */
function fieldsInSample(): [string, string][] {
  const found = new Map<string, Set<string>>();
  for (const plan of samplePlans()) {
    for (const [section, content] of Object.entries(plan)) {
      if (section === 'schema') continue;
      const fields = found.get(section) ?? new Set<string>();
      for (const row of Array.isArray(content) ? content : [content]) {
        for (const field of Object.keys(row as object)) fields.add(field);
      }
      found.set(section, fields);
    }
  }
  return [...found].flatMap(([section, fields]) => [...fields].map((field): [string, string] => [section, field]));
}

const labels = fieldLabels as unknown as Record<string, Record<string, FieldLabel | undefined>>;

describe('field labels', () => {
  const sample = fieldsInSample();

  it('the sample covers every collection of a plan', () => {
    expect(new Set(sample.map(([section]) => section)).size).toBe(Object.keys(fieldLabels).length);
  });

  it.each(sample)('%s.%s has a French and an English label', (section, field) => {
    const label = labels[section]?.[field];
    expect(label?.fr.trim()).toBeTruthy();
    expect(label?.en.trim()).toBeTruthy();
    expect(['m', 'f', 'mp', 'fp']).toContain(label?.gender);
  });

  it('labels and the diff specs name the same fields', () => {
    const specFields: Record<string, object> = {
      plan: planSpec.fields,
      positioning: positioningSpec.fields,
      budget: budgetSpec.fields,
      ...Object.fromEntries(Object.entries(listSpecs).map(([section, spec]) => [section, spec.fields])),
    };
    for (const [section, sectionLabels] of Object.entries(labels)) {
      const labelled = Object.keys(sectionLabels).filter((field) => field !== 'key');
      expect(labelled.sort(), section).toEqual(Object.keys(specFields[section] ?? {}).sort());
    }
  });
});

describe('collection order', () => {
  it('the diff walks the collections in document order', () => {
    const [fixture] = samplePlans() as [PlanFacts];

    const documentOrder = Object.keys(fixture).filter((key) => Array.isArray(fixture[key as keyof PlanFacts]));
    expect(Object.keys(listSpecs)).toEqual(documentOrder);
  });
});
