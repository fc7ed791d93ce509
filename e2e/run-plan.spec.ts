import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ORIGIN, signIn } from './support.js';

/**
 * Running a plan from the web app, in French and in English: the action plan (strategy, tactic,
 * actions), the RACI matrix with a violation flagged then fixed, the Gantt, the editorial calendar,
 * the budget with its reserve and the optimiser, KPI measurements with their forecast and status,
 * a corrective action, and a revision compared with the current plan.
 *
 * What the screens under test do not create (the SMART objective the strategy serves, the people,
 * a KPI, a content item, budget lines) is put in place through the API first, as an integration
 * or another user would.
 */

const TODAY = new Date().toISOString().slice(0, 10);
const YEAR = Number(TODAY.slice(0, 4));

type Lang = 'fr' | 'en';

const texts = {
  fr: {
    tabs: {
      actions: 'Plan d’action',
      raci: 'RACI',
      gantt: 'Gantt',
      calendar: 'Calendrier éditorial',
      budget: 'Budget',
      tracking: 'Suivi des KPI',
      revisions: 'Révisions',
    },
  },
  en: {
    tabs: {
      actions: 'Action plan',
      raci: 'RACI',
      gantt: 'Gantt',
      calendar: 'Editorial calendar',
      budget: 'Budget',
      tracking: 'KPI tracking',
      revisions: 'Revisions',
    },
  },
} as const;

type Entity = { id: string; key: string; version: number } & Record<string, unknown>;

/** The API as the signed-in user (the browser's session cookie, from our own origin). */
function apiOf(request: APIRequestContext) {
  const call = async (method: 'get' | 'post' | 'patch' | 'put', path: string, data?: unknown) => {
    const response = await request.fetch(`/api/v1${path}`, { method, data, headers: { origin: ORIGIN } });
    expect(response.ok(), `${method.toUpperCase()} ${path}: ${await response.text()}`).toBe(true);
    return (await response.json()) as Entity & { items?: Entity[] };
  };
  return {
    get: (path: string) => call('get', path),
    post: (path: string, data: unknown) => call('post', path, data),
  };
}

async function openTab(page: Page, lang: Lang, tab: keyof (typeof texts)['fr']['tabs']) {
  await page.getByRole('tab', { name: texts[lang].tabs[tab], exact: true }).click();
}

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath('screenshots', `${name}.png`), fullPage: true });
}

/** What the screens under test start from, created through the API. */
async function seedPlan(request: APIRequestContext, workspaceId: string, lang: Lang) {
  const api = apiOf(request);
  const suffix = lang.toUpperCase();
  const plan = await api.post(`/workspaces/${workspaceId}/plans`, {
    name: `PAC terrain ${suffix}`,
    startDate: `${YEAR}-01-01`,
    endDate: `${YEAR}-12-31`,
  });
  const p = `/plans/${plan.id}`;
  const objective = await api.post(`${p}/objectives`, {
    title: lang === 'fr' ? 'Générer 300 leads qualifiés' : 'Generate 300 qualified leads',
    type: 'acquisition',
    metric: 'leads',
    baseline: 100,
    target: 300,
    startDate: `${YEAR}-01-01`,
    deadline: `${YEAR}-12-31`,
  });
  const people = [];
  for (const name of [`Léa Moreau ${suffix}`, `Hugo Bernard ${suffix}`]) {
    people.push(await api.post(`/workspaces/${workspaceId}/people`, { name, weeklyCapacityHours: 35 }));
  }
  const kpi = await api.post(`${p}/kpis`, {
    name: lang === 'fr' ? 'Leads qualifiés par mois' : 'Qualified leads per month',
    unit: 'leads',
    direction: 'increase',
    aggregation: 'last',
    baseline: 20,
    target: 40,
    targetDate: `${YEAR}-12-31`,
    objectiveId: objective.id,
  });
  const content = await api.post(`${p}/content-items`, {
    title: lang === 'fr' ? 'Article : 5 recettes de saison' : 'Article: 5 seasonal recipes',
    channel: 'Blog',
    status: 'scheduled',
    publishDate: TODAY,
  });
  for (const line of [
    { label: 'Contenu', category: 'content', plannedAmount: 1_000_000, expectedRoi: 3 },
    { label: 'Publicité sociale', category: 'advertising', plannedAmount: 500_000, expectedRoi: 2 },
    { label: 'E-mailing', category: 'tools', plannedAmount: 200_000, expectedRoi: 5 },
  ]) {
    await api.post(`${p}/budget-lines`, line);
  }
  return { plan, objective, people, kpi, content };
}

test.describe.configure({ mode: 'serial' });

for (const lang of ['fr', 'en'] as const) {
  test(`an editor runs a whole plan from the web app (${lang})`, async ({ page }) => {
    test.setTimeout(240_000);
    const workspaceId = await signIn(page, lang);
    const seeded = await seedPlan(page.request, workspaceId, lang);
    const api = apiOf(page.request);
    const planUrl = `/w/${workspaceId}/p/${seeded.plan.id}`;
    await page.goto(planUrl);
    await expect(page.getByRole('heading', { level: 1, name: seeded.plan.name as string })).toBeVisible();

    const [first, second] = await actionPlanStep(page, lang, api, seeded.plan.id, seeded.objective);
    await raciStep(page, lang, seeded.people, first!);
    await ganttStep(page, lang, api, seeded.plan.id, second!);

    await calendarStep(page, lang, api, seeded.plan.id, seeded.content);
    await budgetStep(page, lang, api, seeded.plan.id);
    await trackingStep(page, lang, seeded.kpi);
    await revisionStep(page, lang);
  });
}

const addDays = (date: string, days: number) => {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
};
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A strategy serving the objective, a tactic, two dated actions, the second waiting for the first. */
async function actionPlanStep(
  page: Page,
  lang: Lang,
  api: ReturnType<typeof apiOf>,
  planId: string,
  objective: Entity,
): Promise<Entity[]> {
  const fr = lang === 'fr';
  const save = fr ? 'Enregistrer' : 'Save';
  const strategy = fr ? 'Marketing de contenu' : 'Content marketing';
  const tactic = fr ? 'Blog de recettes' : 'Recipe blog';
  const titles = fr ? ['Rédiger 4 articles', 'Publier la newsletter'] : ['Write 4 articles', 'Send the newsletter'];
  await openTab(page, lang, 'actions');

  await page
    .getByRole('button', { name: fr ? 'Ajouter une stratégie' : 'Add a strategy' })
    .first()
    .click();
  let dialog = page.getByRole('dialog', { name: fr ? 'Nouvelle stratégie' : 'New strategy' });
  await dialog.getByLabel(fr ? /^Nom/ : /^Name/).fill(strategy);
  await dialog.getByLabel(fr ? /^Levier/ : /^Channel/).selectOption('content');
  await dialog.getByLabel(fr ? /^Objectifs SMART servis/ : /^SMART objectives served/).click();
  await page.getByRole('option', { name: objective.title as string }).click();
  await dialog.getByLabel(fr ? /^Nom/ : /^Name/).click();
  await dialog.getByRole('button', { name: save }).click();
  await expect(dialog).toBeHidden();
  const strategyRow = page.getByRole('listitem', { name: strategy });
  await expect(strategyRow.getByText(objective.title as string)).toBeVisible();

  await page
    .getByRole('button', { name: fr ? `Ajouter une tactique à « ${strategy} »` : `Add a tactic to “${strategy}”` })
    .click();
  dialog = page.getByRole('dialog', { name: fr ? 'Nouvelle tactique' : 'New tactic' });
  await dialog.getByLabel(fr ? /^Nom/ : /^Name/).fill(tactic);
  await dialog.getByRole('button', { name: save }).click();
  await expect(dialog).toBeHidden();

  const periods = [
    [addDays(TODAY, 7), addDays(TODAY, 20)],
    [addDays(TODAY, 21), addDays(TODAY, 40)],
  ];
  for (const [i, title] of titles.entries()) {
    await page
      .getByRole('button', { name: fr ? `Ajouter une action à « ${tactic} »` : `Add an action to “${tactic}”` })
      .click();
    dialog = page.getByRole('dialog', { name: fr ? 'Nouvelle action' : 'New action' });
    await dialog.getByLabel(fr ? /^Intitulé/ : /^Title/).fill(title);
    await dialog.getByLabel(fr ? /^Début/ : /^Start/).fill(periods[i]![0]!);
    await dialog.getByLabel(fr ? /^Échéance/ : /^Due date/).fill(periods[i]![1]!);
    if (i === 1) {
      await dialog.getByLabel(fr ? /^Dépend de/ : /^Depends on/).fill(titles[0]!.slice(0, 8));
      await page.getByRole('option', { name: titles[0] }).click();
      await dialog.getByLabel(fr ? /^Intitulé/ : /^Title/).click();
    }
    await dialog.getByRole('button', { name: save }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(
    page.getByRole('listitem', { name: titles[1] }).getByText(fr ? /Dépend de 1 action/ : /Depends on 1 action/),
  ).toBeVisible();

  // Inline: the first action starts.
  await page
    .getByRole('combobox', { name: fr ? `Statut de « ${titles[0]} »` : `Status of “${titles[0]}”` })
    .selectOption('in_progress');
  const actions = (await api.get(`/plans/${planId}/actions?limit=100`)).items!;
  await expect
    .poll(
      async () =>
        (await api.get(`/plans/${planId}/actions?limit=100`)).items!.find((a) => a.title === titles[0])?.status,
    )
    .toBe('in_progress');
  await screenshot(page, `actions-${lang}`);
  return titles.map((title) => actions.find((a) => a.title === title)!);
}

/** Nobody is accountable for the first action: flagged, then fixed by giving an A and an R. */
async function raciStep(page: Page, lang: Lang, people: Entity[], action: Entity) {
  const fr = lang === 'fr';
  const title = action.title as string;
  await openTab(page, lang, 'raci');
  const row = page.locator(`[id="entity-${action.key}"]`);
  await expect(
    row.getByText(
      fr ? 'Aucun Accountable (A) : il en faut exactement un.' : 'No Accountable (A): it needs exactly one.',
    ),
  ).toBeVisible();
  const cell = (person: Entity) =>
    page.getByRole('gridcell', { name: new RegExp(`^${escape(person.name as string)}, [«“] ?${escape(title)}`) });
  await cell(people[0]!).click();
  await page.getByRole('menuitem', { name: fr ? 'Attribuer A (Accountable)' : 'Give A (Accountable)' }).click();
  await expect(cell(people[0]!)).toHaveAccessibleName(/: A$/);
  await cell(people[1]!).click();
  await page.getByRole('menuitem', { name: fr ? 'Attribuer R (Responsable)' : 'Give R (Responsible)' }).click();
  await expect(row.getByText(fr ? 'Conforme' : 'Complete')).toBeVisible();
  await screenshot(page, `raci-${lang}`);
}

/** The second action dragged three days later on the Gantt: its dates follow. */
async function ganttStep(page: Page, lang: Lang, api: ReturnType<typeof apiOf>, planId: string, action: Entity) {
  const fr = lang === 'fr';
  await openTab(page, lang, 'gantt');
  await page.getByRole('radio', { name: fr ? 'Mois' : 'Month', exact: true }).check();
  const bar = page.getByRole('button', { name: new RegExp(`^[«“] ?${escape(action.title as string)}`) });
  await bar.scrollIntoViewIfNeeded();
  const box = (await bar.boundingBox())!;
  const pixelsPerDay = 8; // month scale
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + pixelsPerDay * 1.5, box.y + box.height / 2, { steps: 3 });
  await page.mouse.move(box.x + box.width / 2 + pixelsPerDay * 3, box.y + box.height / 2, { steps: 3 });
  await page.mouse.up();
  await expect
    .poll(async () => {
      const stored = await api.get(`/plans/${planId}/actions/${action.id}`);
      return [stored.startDate, stored.dueDate];
    })
    .toEqual([addDays(action.startDate as string, 3), addDays(action.dueDate as string, 3)]);
  await screenshot(page, `gantt-${lang}`);
}

async function calendarStep(page: Page, lang: Lang, api: ReturnType<typeof apiOf>, planId: string, content: Entity) {
  await openTab(page, lang, 'calendar');
  const card = page.getByRole('article', { name: content.title as string });
  await expect(card).toBeVisible();
  await card.focus();
  await page.keyboard.press('Alt+ArrowRight');
  const moved = lang === 'fr' ? /déplacé au/ : /moved to/;
  await expect(page.getByRole('status').filter({ hasText: moved })).toBeVisible();
  await expect
    .poll(async () => (await api.get(`/plans/${planId}/content-items/${content.id}`)).publishDate)
    .toBe(addDays(TODAY, 1));
  await screenshot(page, `calendar-${lang}`);
}

async function budgetStep(page: Page, lang: Lang, api: ReturnType<typeof apiOf>, planId: string) {
  const fr = lang === 'fr';
  await openTab(page, lang, 'budget');
  const envelope = page.getByRole('form', { name: fr ? 'Enveloppe du budget' : 'Budget envelope' });
  await envelope.getByLabel(fr ? /^Budget total/ : /^Total budget/).fill('20000');
  await envelope.getByLabel(fr ? /^Réserve pour imprévus/ : /^Contingency reserve/).fill('10');
  await envelope.getByRole('button', { name: fr ? 'Enregistrer l’enveloppe' : 'Save the envelope' }).click();
  await expect(page.getByText(fr ? 'Enveloppe enregistrée.' : 'Envelope saved.')).toBeVisible();
  const settings = await api.get(`/plans/${planId}/budget-settings`);
  expect(settings).toMatchObject({ totalAmount: 2_000_000, contingencyPercent: 10 });

  await page.getByRole('tab', { name: fr ? 'Optimiseur' : 'Optimiser', exact: true }).click();
  await page.getByRole('button', { name: fr ? 'Lancer l’optimiseur' : 'Run the optimiser' }).click();
  const result = page.getByRole('table', {
    name: fr ? 'Allocation actuelle et optimisée' : 'Current and optimised allocation',
  });
  await expect(result).toBeVisible();
  await expect(result.getByRole('row', { name: /E-mailing/ })).toBeVisible();
  const keep = page.getByRole('form', {
    name: fr ? 'Garder le résultat comme scénario' : 'Keep the result as a scenario',
  });
  await keep
    .getByLabel(fr ? /^Nom du nouveau scénario/ : /^Name of the new scenario/)
    .fill(fr ? 'Optimisé' : 'Optimised');
  await keep.getByRole('button', { name: fr ? 'Appliquer comme nouveau scénario' : 'Apply as a new scenario' }).click();
  await expect(page.getByText(fr ? /Scénario « Optimisé » créé/ : /Scenario “Optimised” created/)).toBeVisible();
  const scenarios = await api.get(`/plans/${planId}/budget-scenarios?limit=100`);
  expect(scenarios.items!.map((s) => s.name)).toContain(fr ? 'Optimisé' : 'Optimised');
  await screenshot(page, `budget-${lang}`);
}

async function trackingStep(page: Page, lang: Lang, kpi: Entity) {
  const fr = lang === 'fr';
  await openTab(page, lang, 'tracking');
  const card = page.getByRole('article', { name: kpi.name as string });
  await expect(card.getByText(fr ? 'Sans mesure' : 'No data')).toBeVisible();
  await card.getByRole('link', { name: kpi.name as string }).click();
  await expect(page.getByRole('heading', { name: kpi.name as string })).toBeVisible();

  // Three months of a KPI that grows too slowly for its target: off track, with a forecast.
  const entry = page.getByRole('region', { name: fr ? 'Saisir une mesure' : 'Enter a measurement' });
  const months = [-3, -2, -1].map((offset) => {
    const day = new Date(`${TODAY}T00:00:00Z`);
    day.setUTCMonth(day.getUTCMonth() + offset);
    return day.toISOString().slice(0, 10);
  });
  for (const [i, date] of months.entries()) {
    await entry.getByLabel(/^Date/).fill(date);
    await entry.getByLabel(fr ? /^Valeur/ : /^Value/).fill(String(20 + i));
    await entry.getByRole('button', { name: fr ? 'Enregistrer la mesure' : 'Save the measurement' }).click();
    await expect(page.getByRole('status').filter({ hasText: fr ? /enregistrée/ : /saved/ })).toBeVisible();
  }
  await expect(page.getByText(fr ? 'Hors trajectoire' : 'Off track').first()).toBeVisible();
  await expect(
    page.getByText(fr ? /Probabilité d.atteindre la cible/ : /Probability of reaching the target/).first(),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: fr ? /Évolution de/ : /over time/ })).toBeVisible();
  await screenshot(page, `kpi-${lang}`);

  // The dashboard asks for a corrective action; one is logged from the alert.
  await page.getByRole('link', { name: fr ? '← Tous les KPI' : '← All KPIs' }).click();
  const alert = page.getByRole('alert').filter({ hasText: kpi.name as string });
  await expect(alert).toBeVisible();
  const logLabel = fr
    ? `Consigner une action corrective pour « ${kpi.name} »`
    : `Log a corrective action for “${kpi.name}”`;
  await alert.getByRole('button', { name: logLabel }).click();
  const dialog = page.getByRole('dialog', { name: fr ? 'Nouvelle action corrective' : 'New corrective action' });
  const action = fr ? 'Relancer les leads par e-mail' : 'Follow up leads by email';
  await dialog.getByLabel(fr ? /^Action corrective/ : /^Corrective action/).fill(action);
  await dialog.getByLabel(fr ? /^Échéance/ : /^Deadline/).fill(`${YEAR}-12-15`);
  await dialog.getByRole('button', { name: fr ? 'Enregistrer' : 'Save' }).click();
  await expect(dialog).toBeHidden();
  const table = page.getByRole('table', {
    name: fr ? 'Tableau de suivi des actions correctives' : 'Corrective actions tracking table',
  });
  await expect(table.getByRole('row', { name: new RegExp(action) })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: kpi.name as string })).toBeHidden();
  await screenshot(page, `tracking-${lang}`);
}

async function revisionStep(page: Page, lang: Lang) {
  const fr = lang === 'fr';
  await openTab(page, lang, 'revisions');
  await page
    .getByRole('button', { name: fr ? 'Enregistrer une révision' : 'Save a revision' })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Message/).fill(fr ? 'Avant la revue trimestrielle' : 'Before the quarterly review');
  await dialog.getByRole('button', { name: fr ? 'Enregistrer la révision' : 'Save the revision' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: fr ? /Révision 1 enregistrée/ : /Revision 1 saved/ }),
  ).toBeVisible();

  // A change after the revision, then the comparison with the current plan.
  await openTab(page, lang, 'tracking');
  const status = page.getByRole('combobox', { name: fr ? /^Statut de « / : /^Status of “/ }).first();
  await status.selectOption('in_progress');
  await openTab(page, lang, 'revisions');
  await page
    .getByRole('button', {
      name: fr ? 'Comparer la révision 1 avec le plan actuel' : 'Compare revision 1 with the current plan',
    })
    .click();
  const changes = page.getByRole('table', { name: fr ? 'Actions correctives' : 'Corrective actions' });
  await expect(changes).toBeVisible();
  await expect(changes.getByText(fr ? 'Modification' : 'Change', { exact: true }).first()).toBeVisible();
  await screenshot(page, `revisions-${lang}`);
}
