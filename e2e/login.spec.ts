import { expect, test } from '@playwright/test';

const EMAIL = 'e2e@example.com';
const PASSWORD = 'correct horse battery';

test('sign in, see the empty plan list, switch language, sign out', async ({ page }) => {
  await page.goto('/');

  // Anonymous visitors are sent to the sign-in page, in French (the browser's language).
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();

  // Anchored: the show/hide button's name also mentions the password.
  const email = page.getByLabel(/^Adresse e-mail/);
  const password = page.getByLabel(/^Mot de passe/);

  await email.fill(EMAIL);
  await password.fill('not the password');
  await password.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Adresse e-mail ou mot de passe incorrect.');
  await expect(page).toHaveURL(/\/login$/);

  await password.fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();

  // The first workspace's plans, with the method's first step as the empty state.
  await expect(page).toHaveURL(/\/w\/[^/]+\/plans$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Plans d’action' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Espace de travail' })).toHaveValue('Démo');
  await expect(page.getByRole('heading', { name: 'Aucun plan pour l’instant' })).toBeVisible();
  await expect(page.getByText(/Première étape de la méthode/)).toBeVisible();

  // Switching to English changes the texts, and the page's language.
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Action plans' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No plans yet' })).toBeVisible();
  await expect(page.getByText(/First step of the method/)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('Plans d’action')).toHaveCount(0);

  // Signing out returns to the sign-in page, which keeps the chosen language.
  await page.getByRole('button', { name: /E2E/ }).click();
  await page.getByRole('menuitem', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

  // The session is really gone: the app sends us back to sign in.
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
});
