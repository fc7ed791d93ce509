import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/**
 * The first hour of a new user, on a brand-new install: set up the admin, create a plan, lay the
 * foundations (business goal and funnel, persona, SWOT, positioning), write objectives and an OKR,
 * read it all in English, then invite a viewer who can read but change nothing.
 * Screenshots of the main pages are saved in the test's output folder.
 */

// The empty install that playwright.config.ts starts beside the seeded one.
test.use({ baseURL: 'http://127.0.0.1:8182' });
test.describe.configure({ mode: 'serial' });

const ADMIN = { name: 'Camille Martin', email: 'camille@bio-et-bon.fr', password: 'des légumes de saison' };
const VIEWER = { name: 'Louis Petit', email: 'louis@bio-et-bon.fr', password: 'lecture seule merci' };

let planUrl = '';

async function screenshot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: test.info().outputPath('screenshots', `${name}.png`), fullPage: true });
}

async function openTab(page: Page, name: string | RegExp) {
  await page.getByRole('tab', { name }).click();
}

test('a new user sets up Jalon and builds the foundations and objectives of a plan', async ({ page }) => {
  test.setTimeout(180_000);

  // An empty install sends everyone to the first-admin setup.
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await page.getByLabel(/^Votre nom/).fill(ADMIN.name);
  await page.getByLabel(/^Adresse e-mail/).fill(ADMIN.email);
  await page.getByLabel(/^Mot de passe/).fill(ADMIN.password);
  await page.getByLabel(/^Nom de l’espace de travail/).fill('Bio & Bon');
  // The demo plan is offered on an empty install; this journey builds its own plan.
  await page.getByRole('checkbox', { name: /^Charger un plan de démonstration/ }).uncheck();
  await page.getByRole('button', { name: 'Créer le compte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plans d’action' })).toBeVisible();

  // A plan, from the empty list.
  await page.getByRole('button', { name: 'Nouveau plan' }).first().click();
  const create = page.getByRole('dialog', { name: 'Nouveau plan d’action' });
  await create.getByLabel(/^Nom du plan/).fill('PAC 2026 — Bio & Bon');
  await create.getByLabel(/^Date de début/).fill('2026-01-01');
  await create.getByLabel(/^Date de fin/).fill('2026-12-31');
  await create.getByRole('button', { name: 'Créer le plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'PAC 2026 — Bio & Bon' })).toBeVisible();
  planUrl = new URL(page.url()).pathname;

  // Business goal and its funnel: the method's example, +20 % revenue from +30 % leads and +10 % conversion.
  await openTab(page, 'Objectifs business');
  await page.getByRole('button', { name: 'Ajouter un objectif business' }).first().click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Intitulé/).fill('Augmenter le chiffre d’affaires de 20 %');
  await dialog.getByLabel(/^Valeur de départ/).fill('500000');
  await dialog.getByLabel(/^Cible/).fill('600000');
  await dialog.getByLabel(/^Unité/).fill('€');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();

  for (const stage of [
    { name: 'Leads qualifiés', kind: 'volume', baseline: '1000', target: '1300' },
    { name: 'Taux de conversion', kind: 'rate', baseline: '10', target: '11' },
  ]) {
    await page.getByRole('button', { name: 'Ajouter une étape' }).first().click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Nom de l’étape/).fill(stage.name);
    await dialog.getByLabel(/^Type d’étape/).selectOption(stage.kind);
    await dialog.getByLabel(/^Valeur de départ/).fill(stage.baseline);
    await dialog.getByLabel(/^Cible/).fill(stage.target);
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(page.getByText(/\+43\s%/).first()).toBeVisible();
  await expect(page.getByText(/couvert/i).first()).toBeVisible();
  await screenshot(page, 'goals-fr');

  // A persona.
  await openTab(page, 'Personas');
  await page.getByRole('button', { name: 'Ajouter un persona' }).first().click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Nom/).first().fill('Claire, mère active');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Claire, mère active')).toBeVisible();
  await screenshot(page, 'personas-fr');

  // SWOT items and the positioning.
  await openTab(page, 'SWOT et positionnement');
  for (const [button, title] of [
    ['Ajouter une force', 'Produits certifiés bio et locaux'],
    ['Ajouter une opportunité', 'Demande croissante de bio en ligne'],
  ] as const) {
    await page.getByRole('button', { name: button }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Intitulé/).fill(title);
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(title).first()).toBeVisible();
  }
  await page.getByLabel(/^Cible/).fill('les familles urbaines soucieuses de leur alimentation');
  await page.getByLabel(/^Catégorie/).fill('l’épicerie bio en ligne');
  await page.getByLabel(/^Différenciation/).fill('livre des produits locaux en 24 h');
  await page
    .getByLabel(/^Énoncé de positionnement/)
    .fill('Pour les familles urbaines, Bio & Bon est l’épicerie bio en ligne qui livre des produits locaux en 24 h.');
  await page.getByRole('button', { name: 'Enregistrer le positionnement' }).click();
  await expect(page.getByText('Positionnement enregistré.')).toBeVisible();
  await screenshot(page, 'swot-fr');

  // An objective the SMART lint rejects, then fixes.
  await openTab(page, 'Objectifs SMART');
  await page.getByRole('button', { name: 'Ajouter un objectif' }).first().click();
  dialog = page.getByRole('dialog');
  const lint = dialog.getByRole('region', { name: 'Contrôle SMART' });
  await dialog.getByLabel(/^Intitulé/).fill('Améliorer notre notoriété');
  await expect(lint.getByText(/n’est pas encore SMART/)).toBeVisible();
  await dialog.getByLabel(/^Intitulé/).fill('Augmenter le trafic organique de 30 % d’ici le 31/12/2026');
  await dialog.getByLabel(/^Indicateur/).fill('Sessions organiques mensuelles');
  await dialog.getByLabel(/^Valeur de départ/).fill('10000');
  await dialog.getByLabel(/^Cible/).fill('13000');
  await dialog.getByLabel(/^Échéance/).fill('2026-12-31');
  await dialog.getByLabel(/^Objectifs business liés/).click();
  await page.getByRole('option', { name: /chiffre d’affaires/ }).click();
  await dialog.getByLabel(/^Objectifs business liés/).press('Escape');
  await expect(lint.getByText('Cet objectif est SMART')).toBeVisible();
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Augmenter le trafic organique de 30 % d’ici le 31/12/2026')).toBeVisible();
  await screenshot(page, 'objectives-fr');

  // An OKR with a key result and a check-in.
  await openTab(page, 'OKR');
  await page.getByRole('button', { name: 'Ajouter un OKR' }).first().click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Intitulé/).fill('Devenir la référence du bio local en ligne');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Ajouter un résultat clé' }).first().click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Intitulé/).fill('Atteindre 2 000 abonnés à la newsletter');
  await dialog.getByLabel(/^Valeur de départ/).fill('500');
  await dialog.getByLabel(/^Cible/).fill('2000');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Ajouter un point d’étape' }).first().click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Valeur/).fill('1250');
  await dialog.getByLabel(/^Confiance/).fill('70');
  await dialog.getByLabel(/^Note/).fill('Bon rythme depuis le jeu-concours.');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
  // (1250 − 500) / (2000 − 500) = 0.5
  await expect(page.getByText('0,50 · à surveiller').first()).toBeVisible();
  await screenshot(page, 'okrs-fr');

  // The overview traces it all back to the goal.
  await openTab(page, 'Vue d’ensemble');
  await expect(page.getByRole('heading', { name: 'Arbre d’alignement' })).toBeVisible();
  await screenshot(page, 'overview-fr');

  // The plan goes out as a PDF for people who never open the app.
  await page.getByRole('button', { name: 'Exporter' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: /^PDF/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const pdf = await download.path();
  expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');

  // English, one click away.
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByRole('tab', { name: 'Overview' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Alignment tree' })).toBeVisible();
  await screenshot(page, 'overview-en');
  await openTab(page, 'SMART objectives');
  await expect(page.getByRole('button', { name: 'Add an objective' }).first()).toBeVisible();
  await expect(page.getByText('Objectifs SMART')).toHaveCount(0);
  await screenshot(page, 'objectives-en');
  await openTab(page, 'SWOT and positioning');
  await expect(page.getByRole('heading', { name: 'Strengths', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'FR', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Forces', exact: true })).toBeVisible();

  // The admin invites a viewer, creating the account.
  await page.getByRole('link', { name: 'Membres' }).click();
  await page.getByRole('button', { name: 'Ajouter un membre' }).click();
  dialog = page.getByRole('dialog', { name: 'Ajouter un membre' });
  await dialog.getByLabel(/^E-mail/).fill(VIEWER.email);
  await dialog.getByLabel(/^Rôle/).selectOption({ label: 'Lecteur' });
  await dialog.getByRole('button', { name: 'Ajouter', exact: true }).click();
  // No account uses this email yet: the form asks for a name and an initial password.
  await dialog.getByLabel(/^Nom/).fill(VIEWER.name);
  await dialog.getByLabel(/^Mot de passe initial/).fill(VIEWER.password);
  await dialog.getByRole('button', { name: 'Créer le compte et ajouter' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(VIEWER.email) })).toBeVisible();
  await screenshot(page, 'members-fr');
});

test('a viewer reads the plan and can change nothing', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel(/^Adresse e-mail/).fill(VIEWER.email);
  await page.getByLabel(/^Mot de passe/).fill(VIEWER.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plans d’action' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nouveau plan' })).toHaveCount(0);

  await page.goto(planUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'PAC 2026 — Bio & Bon' })).toBeVisible();
  const editControls = /^(Ajouter|Modifier|Supprimer|Enregistrer)/;
  for (const [tab, content] of [
    ['Objectifs business', 'Augmenter le chiffre d’affaires de 20 %'],
    ['Personas', 'Claire, mère active'],
    ['SWOT et positionnement', 'Produits certifiés bio et locaux'],
    ['Objectifs SMART', 'Augmenter le trafic organique de 30 % d’ici le 31/12/2026'],
    ['OKR', 'Atteindre 2 000 abonnés à la newsletter'],
  ] as const) {
    await openTab(page, tab);
    await expect(page.getByText(content).first()).toBeVisible();
    await expect(page.getByRole('button', { name: editControls })).toHaveCount(0);
  }

  // The API refuses the viewer's writes anyway.
  const planId = planUrl.split('/').pop() ?? '';
  const status = await page.evaluate(async (id) => {
    const response = await fetch(`/api/v1/plans/${id}/swot-items`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ quadrant: 'threat', title: 'Intrus' }),
    });
    return response.status;
  }, planId);
  expect(status).toBe(403);
});
