import { expect, test, type APIRequestContext } from '@playwright/test';
import { ORIGIN, signIn } from './support.js';

/**
 * A plan from a template, then the method's guided path followed to its end: every step left to
 * do is opened from the overview, and what it asks is done — the KPIs' first measurements (pushed
 * as an import would), then a corrective action for the KPI that turns out behind — until the
 * path says the plan follows the method from end to end.
 */

const TODAY = new Date().toISOString().slice(0, 10);
const MONTH_START = `${TODAY.slice(0, 8)}01`;

/** The KPIs' first measurements, at their baseline, as a nightly import would bring them. */
async function measureEveryKpi(request: APIRequestContext, planId: string) {
  const kpis = await request.get(`/api/v1/plans/${planId}/kpis?limit=100`);
  const items = ((await kpis.json()) as { items: { id: string; baseline: number | null }[] }).items;
  for (const kpi of items) {
    const answer = await request.post(`/api/v1/plans/${planId}/kpis/${kpi.id}/measurements/batch`, {
      data: { source: 'ga4', items: [{ date: TODAY, value: kpi.baseline ?? 0 }] },
      headers: { origin: ORIGIN },
    });
    expect(answer.ok(), await answer.text()).toBe(true);
  }
}

const texts = {
  fr: {
    template: 'Génération de leads B2B 2027 — Factelia',
    complete: /Bravo : votre plan suit la méthode/,
    guidedPath: 'Parcours de la méthode',
  },
  en: {
    template: 'B2B lead generation 2027 — Factelia',
    complete: /Well done/,
    guidedPath: 'Path through the method',
  },
} as const;

test.describe.configure({ mode: 'serial' });

for (const lang of ['fr', 'en'] as const) {
  test(`a plan from a template, and the guided path to its end (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    const fr = lang === 'fr';
    await signIn(page, lang);

    await page
      .getByRole('button', { name: fr ? 'Nouveau plan' : 'New plan' })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: fr ? 'Nouveau plan d’action' : 'New action plan' });
    await dialog.getByText(fr ? 'Partir d’un modèle' : 'Start from a template', { exact: true }).click();
    await dialog.getByRole('radio', { name: texts[lang].template }).check();
    await dialog.getByLabel(fr ? /^Date de début/ : /^Start date/).fill(MONTH_START);
    await dialog.getByRole('button', { name: fr ? 'Créer le plan' : 'Create the plan' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: texts[lang].template })).toBeVisible();
    const planUrl = page.url();
    const planId = /\/p\/([^/?#]+)/.exec(planUrl)![1]!;

    // The template filled the first three stages; what is left is tracking.
    const path = page.getByTestId('guided-path');
    await expect(path.getByRole('heading', { name: texts[lang].guidedPath })).toBeVisible();
    await expect(path.getByTestId('guided-step-business-goal')).toHaveAttribute('data-done', 'true');
    await expect(path.getByTestId('guided-step-raci')).toHaveAttribute('data-done', 'true');
    const open = path.locator('[data-testid^="guided-step-"][data-done="false"]');
    const left = await open.evaluateAll((items) => items.map((item) => item.getAttribute('data-testid')));
    expect(left).toContain('guided-step-measurements');
    await page.screenshot({ path: test.info().outputPath('screenshots', 'path-from-template.png'), fullPage: true });

    // Each step left to do opens the screen that does it.
    for (const step of left) {
      await page.getByTestId(step!).getByRole('link').click();
      await expect(page).not.toHaveURL(planUrl);
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
      await page.goBack();
      await expect(page.getByTestId('guided-path')).toBeVisible();
    }

    await measureEveryKpi(page.request, planId);
    await page.reload();

    // Measured, a cumulative KPI is behind its path: the last step asks for a corrective action,
    // logged from the tracking screen's alert.
    const corrective = page.getByTestId('guided-step-corrective-actions');
    await expect(corrective).toHaveAttribute('data-done', 'false');
    await corrective.getByRole('link').click();
    const logButtons = page.getByRole('button', {
      name: fr ? /^Consigner une action corrective pour/ : /^Log a corrective action for/,
    });
    await expect(logButtons.first()).toBeVisible();
    while ((await logButtons.count()) > 0) {
      await logButtons.first().click();
      const form = page.getByRole('dialog', { name: fr ? 'Nouvelle action corrective' : 'New corrective action' });
      await form
        .getByLabel(fr ? /^Action corrective/ : /^Corrective action/)
        .fill(fr ? 'Relancer les SQL en attente' : 'Chase the pending SQLs');
      await form.getByRole('button', { name: fr ? 'Enregistrer' : 'Save' }).click();
      await expect(form).toBeHidden();
    }
    await page.goto(planUrl);
    const done = page.getByTestId('guided-path');
    await expect(done.getByText(texts[lang].complete)).toBeVisible();
    // A complete path is folded; unfolded, every step is ticked.
    await done.getByRole('button', { name: fr ? 'Afficher le parcours' : 'Show the path' }).click();
    await expect(done.locator('[data-testid^="guided-step-"][data-done="true"]')).toHaveCount(15);
    await expect(done.locator('[data-testid^="guided-step-"][data-done="false"]')).toHaveCount(0);
  });
}
