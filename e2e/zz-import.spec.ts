import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/**
 * KPI measurements through the import wizard: a real Search Console export mapped to a KPI of the
 * example plan, the mapping saved, then the same file again with the saved mapping (nothing
 * changes); and a file with an invalid row, refused with its report, then imported skipping it.
 * Named to run after login.spec.ts (which needs an empty plan list) and plans.spec.ts.
 */

const PLAN_YAML = readFileSync(new URL('../test/fixtures/plan-full.yaml', import.meta.url), 'utf8');
const DATES_CSV = new URL('../test/fixtures/real-exports/gsc-performance-dates-fr.csv', import.meta.url).pathname;

/** The figure shown under `label` in the import's result. */
const figure = (page: Page, label: string) =>
  page.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');

/** Signs in through the UI, in French; gives the workspace's id. */
async function signIn(page: Page): Promise<string> {
  await page.goto('/login');
  await page.getByLabel(/^Adresse e-mail/).fill('e2e@example.com');
  await page.getByLabel(/^Mot de passe/).fill('correct horse battery');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).toHaveURL(/\/w\/[^/]+\/plans$/);
  // An earlier test may leave the account in English.
  await page.getByRole('button', { name: 'FR', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plans d’action' })).toBeVisible();
  return /\/w\/([^/]+)\/plans$/.exec(new URL(page.url()).pathname)![1]!;
}

/** Imports the example plan (KPIs included) under another key and name, through the API. */
async function importPlan(page: Page, baseURL: string, workspaceId: string, key: string, name: string) {
  const yaml = PLAN_YAML.replace(/^ {2}key: bio-croissance-2027$/m, `  key: ${key}`).replace(
    /^ {2}name: Croissance Bio & Co 2027$/m,
    `  name: ${name}`,
  );
  // The session's cookie signs the request; the Origin header passes the cross-site check.
  const created = await page.request.post(`/api/v1/workspaces/${workspaceId}/plans/import`, {
    data: yaml,
    headers: { 'Content-Type': 'application/yaml', Origin: baseURL },
  });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

/** Step 1 and 2: the Search Console export, its preview, on to the mapping. */
async function uploadDates(page: Page) {
  await page.getByLabel('Fichier à importer').setInputFiles(DATES_CSV);
  await expect(page.getByRole('heading', { name: 'Étape 2 sur 4 : vérifier l’aperçu' })).toBeVisible();
  await expect(page.getByText('Google Search Console', { exact: true })).toBeVisible();
  await expect(page.getByText('92 lignes de données.')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('import-preview-fr.png'), fullPage: true });
  await page.getByRole('button', { name: 'Continuer vers la correspondance' }).click();
  await expect(
    page.getByRole('heading', { name: 'Étape 3 sur 4 : faire correspondre les colonnes aux KPI' }),
  ).toBeVisible();
}

test('import a Search Console export into a KPI, then again: nothing changes', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const workspaceId = await signIn(page);
  const planId = await importPlan(page, baseURL!, workspaceId, 'import-e2e', 'Import E2E');
  await page.goto(`/w/${workspaceId}/p/${planId}/imports`);
  await expect(page.getByRole('heading', { level: 1, name: 'Import E2E' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Importer des mesures de KPI' })).toBeVisible();

  // First import: the clicks feed the organic traffic KPI; the mapping is saved for next time.
  await uploadDates(page);
  await expect(page.getByLabel('Colonne des dates')).toHaveValue('Date');
  await expect(page.getByLabel('Source')).toHaveValue('search-console');
  await page.getByLabel('KPI pour « Clics »').selectOption({ label: 'Trafic organique (sessions)' });
  await page.getByLabel('Nom de la correspondance').fill('Search Console quotidien');
  await page.getByRole('button', { name: 'Enregistrer la correspondance' }).click();
  await expect(page.getByText('Correspondance « Search Console quotidien » enregistrée.')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('import-mapping-fr.png'), fullPage: true });
  await page.getByRole('button', { name: 'Vérifier et importer' }).click();

  await expect(page.getByRole('heading', { name: 'Import terminé' })).toBeVisible();
  await expect(figure(page, 'Nouvelles mesures')).toHaveText('92');
  await expect(figure(page, 'Mesures modifiées')).toHaveText('0');
  await expect(figure(page, 'Mesures inchangées')).toHaveText('0');
  await expect(page.getByText('Trafic organique : 92 mesures')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('import-done-fr.png'), fullPage: true });

  // The same file again, with the saved mapping: the measurements were already there.
  await page.getByRole('button', { name: 'Importer un autre fichier' }).click();
  await expect(page.getByRole('heading', { name: 'Étape 1 sur 4 : choisir le fichier' })).toBeVisible();
  await uploadDates(page);
  await expect(page.getByLabel('Correspondance à reprendre')).toHaveValue(/.+/);
  await page.getByRole('button', { name: 'Appliquer' }).click();
  await expect(page.getByLabel('KPI pour « Clics »')).toHaveValue('trafic-organique');
  await page.getByRole('button', { name: 'Vérifier et importer' }).click();

  await expect(page.getByRole('heading', { name: 'Rien n’a changé' })).toBeVisible();
  await expect(figure(page, 'Nouvelles mesures')).toHaveText('0');
  await expect(figure(page, 'Mesures inchangées')).toHaveText('92');

  await page.getByRole('link', { name: 'Retour à la vue d’ensemble du plan' }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${workspaceId}/p/${planId}$`));
});

test('a file with an invalid row is refused with its report, then imported skipping it', async ({ page, baseURL }) => {
  const workspaceId = await signIn(page);
  const planId = await importPlan(page, baseURL!, workspaceId, 'import-e2e-invalid', 'Import E2E invalide');
  await page.goto(`/w/${workspaceId}/p/${planId}/imports`);

  // Nine costs written the French way, and one that is not a number (line 5 of the file).
  const lines = ['Date;Coût par lead', ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((day) => `2027-03-0${day};1${day},50`)];
  lines.splice(4, 0, '2027-03-10;douze');
  await page.getByLabel('Fichier à importer').setInputFiles({
    name: 'couts.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${lines.join('\n')}\n`, 'utf8'),
  });
  await expect(page.getByText('10 lignes de données.')).toBeVisible();
  await page.getByRole('button', { name: 'Continuer vers la correspondance' }).click();
  await page.getByLabel('KPI pour « Coût par lead »').selectOption('cout-par-lead');
  await page.getByRole('button', { name: 'Vérifier et importer' }).click();

  await expect(page.getByText('Des lignes sont invalides : rien n’a été importé')).toBeVisible();
  const rows = page.getByRole('table', { name: 'Lignes à corriger' }).getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1).getByRole('cell').nth(0)).toHaveText('5');
  await expect(rows.nth(1).getByRole('cell').nth(2)).toHaveText('douze');
  await page.screenshot({ path: test.info().outputPath('import-invalid-rows-fr.png'), fullPage: true });
  await page.getByRole('button', { name: 'Importer en ignorant les lignes invalides' }).click();

  await expect(page.getByRole('heading', { name: 'Import terminé' })).toBeVisible();
  await expect(figure(page, 'Nouvelles mesures')).toHaveText('9');
  await expect(page.getByText('1 ligne invalide ignorée.')).toBeVisible();
});
