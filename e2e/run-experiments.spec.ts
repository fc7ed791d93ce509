import { expect, test, type APIRequestContext } from '@playwright/test';
import { ORIGIN, signIn } from './support.js';

/**
 * An A/B test from the web app, in French and in English: plan it (sample size and duration from
 * the site's traffic), start it, enter a day's results, read the verdict, and decide — shipping
 * the variant, which sets the KPI's new baseline and logs a corrective action in the plan.
 *
 * The plan, its KPIs (a conversion rate and the daily visits that give the traffic) and the
 * person who decides are put in place through the API first, as an integration would.
 */

const TODAY = new Date().toISOString().slice(0, 10);
const YEAR = Number(TODAY.slice(0, 4));

type Lang = 'fr' | 'en';
type Entity = { id: string; version: number } & Record<string, unknown>;

function apiOf(request: APIRequestContext) {
  const call = async (method: 'get' | 'post', path: string, data?: unknown) => {
    const response = await request.fetch(`/api/v1${path}`, { method, data, headers: { origin: ORIGIN } });
    expect(response.ok(), `${method.toUpperCase()} ${path}: ${await response.text()}`).toBe(true);
    return (await response.json()) as Entity & { items?: Entity[] };
  };
  return { get: (path: string) => call('get', path), post: (path: string, data: unknown) => call('post', path, data) };
}

const addDays = (date: string, days: number) => {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
};

async function seedPlan(request: APIRequestContext, workspaceId: string, lang: Lang) {
  const api = apiOf(request);
  const fr = lang === 'fr';
  const plan = await api.post(`/workspaces/${workspaceId}/plans`, {
    name: fr ? 'PAC tests A/B' : 'A/B testing plan',
    startDate: `${YEAR}-01-01`,
    endDate: `${YEAR}-12-31`,
  });
  const p = `/plans/${plan.id}`;
  const conversion = await api.post(`${p}/kpis`, {
    name: fr ? 'Taux de conversion de la page panier' : 'Basket page conversion rate',
    unit: '%',
    direction: 'increase',
    baseline: 5,
    target: 6,
    targetDate: `${YEAR}-12-31`,
  });
  const visits = await api.post(`${p}/kpis`, {
    name: fr ? 'Visites quotidiennes' : 'Daily visits',
    unit: fr ? 'visites' : 'visits',
    direction: 'increase',
    aggregation: 'sum',
    baseline: 1000,
    target: 1200,
    targetDate: `${YEAR}-12-31`,
  });
  // 28 days at 1 000 visits a day: the traffic the duration is computed from.
  const items = Array.from({ length: 28 }, (_, i) => ({ date: addDays(TODAY, -28 + i), value: 1000 }));
  await api.post(`${p}/kpis/${visits.id}/measurements/batch`, { source: 'ga4', items });
  const person = await api.post(`/workspaces/${workspaceId}/people`, {
    name: `Inès Garnier ${lang.toUpperCase()}`,
    weeklyCapacityHours: 35,
  });
  return { plan, conversion, visits, person };
}

test.describe.configure({ mode: 'serial' });

for (const lang of ['fr', 'en'] as const) {
  test(`an editor plans, fills and decides an A/B test (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    const fr = lang === 'fr';
    const workspaceId = await signIn(page, lang);
    const seeded = await seedPlan(page.request, workspaceId, lang);
    const api = apiOf(page.request);
    await page.goto(`/w/${workspaceId}/p/${seeded.plan.id}`);
    await page.getByRole('tab', { name: fr ? 'Tests A/B' : 'A/B tests', exact: true }).click();

    // Plan the test: its hypothesis, the KPI it moves, a control and one variant.
    await page
      .getByRole('button', { name: fr ? 'Planifier un test' : 'Plan a test' })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: fr ? 'Planifier un test A/B' : 'Plan an A/B test' });
    const name = fr ? 'Titre de la page panier' : 'Basket page headline';
    await dialog.getByLabel(fr ? /^Nom du test/ : /^Test name/).fill(name);
    await dialog
      .getByLabel(fr ? /^Hypothèse/ : /^Hypothesis/)
      .fill(fr ? 'Un titre orienté bénéfice augmente les commandes.' : 'A benefit headline lifts orders.');
    await dialog.getByLabel(fr ? /^KPI lié/ : /^Linked KPI/).selectOption(seeded.conversion.id);
    await dialog.getByLabel(fr ? /^Nom de la version 1/ : /^Name of version 1/).fill(fr ? 'Témoin' : 'Control');
    const variant = fr ? 'Titre bénéfice' : 'Benefit headline';
    await dialog.getByLabel(fr ? /^Nom de la version 2/ : /^Name of version 2/).fill(variant);
    await dialog.getByRole('button', { name: fr ? 'Créer le test' : 'Create the test' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    const experimentId = /experiments\/([^/?#]+)/.exec(page.url())![1]!;

    // Size it: 5 % today, +20 % worth detecting, traffic from the daily visits.
    // Evan Miller's formula: 7 664 per version; at 1 000 visits a day shared by two, 16 days.
    const calculator = page.getByRole('region', { name: fr ? 'Taille d’échantillon' : 'Sample size' });
    await calculator.getByLabel(fr ? /^Taux de conversion actuel/ : /^Current conversion rate/).fill('5');
    await calculator.getByLabel(fr ? /^Effet minimal à détecter/ : /^Minimum detectable effect/).fill('20');
    await calculator.getByText(fr ? 'D’un KPI' : 'From a KPI', { exact: true }).click();
    await calculator.getByLabel(fr ? /^KPI de trafic/ : /^Traffic KPI/).selectOption(seeded.visits.id);
    await expect(calculator.getByText(fr ? '7 664' : '7,664').first()).toBeVisible();
    await expect(calculator.getByText(fr ? '16 jours' : '16 days')).toBeVisible();
    await calculator.getByRole('button', { name: fr ? 'Enregistrer ce plan' : 'Save this plan' }).click();
    await expect(
      page.getByText(fr ? 'Plan d’échantillonnage enregistré sur le test.' : /^Sampling plan saved/),
    ).toBeVisible();

    await page.getByRole('button', { name: fr ? 'Démarrer le test' : 'Start the test' }).click();

    // A day's results: 250 of 5 000 for the control, 300 of 5 000 for the variant.
    const results = page.getByRole('form', {
      name: fr ? 'Saisir les résultats d’une journée' : /^Enter a day.s results/,
    });
    await results.getByLabel(fr ? 'Date des résultats' : 'Results date').fill(TODAY);
    const control = fr ? 'Témoin' : 'Control';
    for (const [arm, users, conversions] of [
      [control, '5000', '250'],
      [variant, '5000', '300'],
    ] as const) {
      await results.getByLabel(fr ? `Visiteurs de ${arm}` : `Visitors of ${arm}`).fill(users);
      await results.getByLabel(fr ? `Conversions de ${arm}` : `Conversions of ${arm}`).fill(conversions);
    }
    await results.getByRole('button', { name: fr ? 'Enregistrer les résultats' : 'Save the results' }).click();

    // The verdict in words: +20 % (6 % against 5 %), with the chance to beat the control.
    const verdict = page.getByTestId('experiment-verdict');
    await expect(verdict).toContainText(variant);
    await expect(verdict).toContainText(fr ? '20 %' : '20%');
    await page.screenshot({ path: test.info().outputPath('screenshots', 'analysis.png'), fullPage: true });

    // Decide: ship the variant, set the KPI's new baseline, log the change in the plan.
    const decision = page.getByRole('form', { name: fr ? 'Décision' : 'Decision' });
    await decision.getByRole('combobox', { name: fr ? /^Décision/ : /^Decision/ }).selectOption('ship_variant');
    await decision.getByLabel(fr ? 'Décidé par' : 'Decided by').selectOption(seeded.person.id);
    const why = fr ? 'Le titre bénéfice convertit mieux, sans déséquilibre.' : 'The benefit headline converts better.';
    await decision.getByLabel(fr ? /^Pourquoi cette décision/ : /^Why this decision/).fill(why);
    await decision.getByLabel(fr ? /^Mettre à jour la valeur de départ/ : /^Update the baseline/).check();
    await decision.getByLabel(fr ? /^Consigner une action corrective/ : /^Log a corrective action/).check();
    const actionTitle = fr ? 'Passer toutes les pages au titre bénéfice' : 'Use the benefit headline everywhere';
    await decision.getByLabel(fr ? /^Intitulé de l’action corrective/ : /^Corrective action title/).fill(actionTitle);
    await decision.getByRole('button', { name: fr ? 'Enregistrer la décision' : 'Record the decision' }).click();
    await expect(page.getByTestId('experiment-decision')).toContainText(why);

    const p = `/plans/${seeded.plan.id}`;
    const experiment = await api.get(`${p}/experiments/${experimentId}`);
    expect(experiment).toMatchObject({
      status: 'decided',
      decision: 'ship_variant',
      decidedById: seeded.person.id,
      plannedSampleSize: 7664,
      trafficKpiId: seeded.visits.id,
    });
    expect((await api.get(`${p}/kpis/${seeded.conversion.id}`)).baseline).toBe(6);
    const logged = await api.get(`${p}/corrective-actions?kpiId=${seeded.conversion.id}`);
    expect(logged.items!.map((a) => a.title)).toEqual([actionTitle]);
    await page.screenshot({ path: test.info().outputPath('screenshots', 'decided.png'), fullPage: true });
  });
}
