import { expect, test } from '@playwright/test';

// Runs after login.spec.ts (files run in name order, one worker), which needs an empty plan list.
test('create a plan, see its overview, archive it from the list', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel(/^Adresse e-mail/).fill('e2e@example.com');
  await page.getByLabel(/^Mot de passe/).fill('correct horse battery');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).toHaveURL(/\/w\/[^/]+\/plans$/);
  // The sign-in test leaves the account in English: come back to French.
  await page.getByRole('button', { name: 'FR', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plans d’action' })).toBeVisible();

  await page.getByRole('button', { name: 'Nouveau plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouveau plan d’action' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(/^Nom du plan/).fill('PAC E2E');
  await dialog.getByLabel(/^Date de début/).fill('2026-01-01');
  await dialog.getByLabel(/^Date de fin/).fill('2026-12-31');
  await dialog.getByRole('button', { name: 'Créer le plan' }).click();

  // The new plan's overview, with its health score.
  await expect(page).toHaveURL(/\/w\/[^/]+\/p\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'PAC E2E' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Santé du plan' }).getByLabel(/Score de santé : \d+ sur 100/),
  ).toBeVisible();

  // Back to the list, where the plan can be archived.
  await page.getByRole('link', { name: '← Tous les plans' }).click();
  await expect(page).toHaveURL(/\/w\/[^/]+\/plans$/);
  const row = page.getByRole('row', { name: /PAC E2E/ });
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: 'Actions pour PAC E2E' }).click();
  await page.getByRole('menuitem', { name: 'Archiver' }).click();
  await expect(row.getByText('Archivé')).toBeVisible();
});
