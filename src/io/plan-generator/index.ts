import { planDocumentVersion, type PlanDocument } from '../../contract/plan-document.js';
import {
  buildActions,
  buildContentItems,
  buildDependencies,
  buildRaci,
  buildStrategies,
  buildTactics,
} from './action-plan.js';
import { buildBudgetLines, buildScenarios, buildSpendEntries } from './budget.js';
import { Calendar } from './calendar.js';
import type { Ctx } from './context.js';
import { buildGoals, buildPeople, buildPersonas, buildPositioning, buildSwot } from './foundations.js';
import { slugify } from './keys.js';
import { cents } from './numbers.js';
import { buildObjectives, buildOkrs } from './objectives.js';
import { checkOptions, type GenerateOptions } from './options.js';
import { Random } from './random.js';
import { buildCorrectiveActions, buildExperiments, buildKpis, buildKpiTargets, buildMeasurements } from './tracking.js';
import { companies } from './vocabulary.companies.js';

/**
 * Synthetic but realistic plans (a French PAC: goals with a funnel, personas, SWOT, SMART
 * objectives, OKRs, strategies → tactics → actions with RACI, budget, KPIs with daily
 * measurements, experiments) for demos, tests and benchmarks. `large` is the performance
 * reference of DESIGN.md §7. The output is a pure function of the options: its own seeded PRNG,
 * no clock, and every field with a default is written out, so the document is already in the
 * form `planDocumentSchema.parse` returns.
 */

export type { GenerateOptions, PlanSize } from './options.js';

// All builders draw from one random sequence, so the order of their calls is part of the output:
// first the parts that later parts refer to (here), then the details nothing refers to (buildCollections).
function buildOutline(ctx: Ctx) {
  const people = buildPeople(ctx);
  const goals = buildGoals(ctx);
  const personas = buildPersonas(ctx);
  const swot = buildSwot(ctx);
  const objectives = buildObjectives(ctx, goals.goals);
  const objectiveKeys = objectives.items.map((o) => o.key as string);
  const okrs = buildOkrs(ctx, people.refs, objectiveKeys);
  const personaKeys = personas.map((p) => p.key as string);
  const strategies = buildStrategies(ctx, { objectives: objectiveKeys, personas: personaKeys, swot: swot.useful });
  const tactics = buildTactics(ctx, strategies.refs);
  const actions = buildActions(ctx, tactics.refs);
  const lines = buildBudgetLines(ctx, tactics.refs);
  const budgetScenarios = buildScenarios(ctx, lines.refs);
  const kpis = buildKpis(ctx, {
    objectivesByType: objectives.byType,
    keyResults: okrs.keyResults.map((k) => k.key as string),
    strategies: strategies.refs,
  });
  const experiments = buildExperiments(ctx, kpis.refs);
  return {
    people,
    goals,
    personas,
    personaKeys,
    swot,
    objectives,
    okrs,
    strategies,
    tactics,
    actions,
    lines,
    budgetScenarios,
    kpis,
    experiments,
  };
}

/** Every collection, in document order; the builders called here draw in that order too. */
function buildCollections(ctx: Ctx, outline: ReturnType<typeof buildOutline>) {
  const { people, goals, swot, objectives, okrs, strategies, tactics, actions, lines, kpis, experiments } = outline;
  return {
    people: people.items,
    businessGoals: goals.goals,
    funnelStages: goals.stages,
    personas: outline.personas,
    swotItems: swot.items,
    objectives: objectives.items,
    okrObjectives: okrs.okrs,
    keyResults: okrs.keyResults,
    checkIns: okrs.checkIns,
    strategies: strategies.items,
    tactics: tactics.items,
    actions: actions.items,
    raciAssignments: buildRaci(ctx, actions.refs, people.refs),
    actionDependencies: buildDependencies(ctx, actions.refs),
    contentItems: buildContentItems(ctx, actions.refs, outline.personaKeys, people.refs),
    budgetLines: lines.items,
    spendEntries: buildSpendEntries(ctx, lines.refs),
    budgetScenarios: outline.budgetScenarios.items,
    scenarioAllocations: outline.budgetScenarios.allocations,
    kpis: kpis.items,
    kpiTargets: buildKpiTargets(ctx, kpis.refs),
    measurements: buildMeasurements(ctx, kpis.refs),
    correctiveActions: buildCorrectiveActions(ctx, kpis.refs, people.refs),
    experiments: experiments.experiments,
    experimentVariants: experiments.variants,
    experimentResults: experiments.results,
  };
}

function describePlan(ctx: Ctx, options: GenerateOptions) {
  const { cal, company } = ctx;
  const firstYear = cal.date(0).slice(0, 4);
  const lastYear = cal.date(ctx.end).slice(0, 4);
  const years = firstYear === lastYear ? firstYear : `${firstYear}–${lastYear}`;
  return {
    key: slugify(`pac-${company.name}-${years}`),
    name: `Plan d’action commerciale ${years} — ${company.name}`,
    description: `Plan de démonstration (${options.size}, graine ${options.seed}) : ${company.category}.`,
    status: 'active',
    currency: 'EUR',
    locale: 'fr',
    startDate: cal.date(0),
    endDate: cal.date(ctx.end),
  };
}

/** A whole `jalon/plan@1` document; the same options always give the same document. */
export function generatePlanDocument(options: GenerateOptions): PlanDocument {
  const { spec, startMs } = checkOptions(options);
  const rng = new Random(options.seed);
  const cal = new Calendar(startMs);
  const company = rng.pick(companies);
  const ctx: Ctx = { rng, cal, spec, company, end: cal.addMonths(12 * spec.years) - 1, asOf: spec.asOfDay };
  const outline = buildOutline(ctx);
  const contingencyPercent = spec.budgetLines > 50 ? 8 : 10;
  const planned = outline.lines.refs.reduce((sum, l) => sum + l.planned, 0);

  const document = {
    schema: planDocumentVersion,
    plan: describePlan(ctx, options),
    positioning: buildPositioning(company),
    budget: { totalAmount: cents(((planned / 100) * (100 + contingencyPercent)) / 100, 1_000), contingencyPercent },
    ...buildCollections(ctx, outline),
  };
  return document as unknown as PlanDocument;
}
