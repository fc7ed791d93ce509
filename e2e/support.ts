import { expect, type Page } from '@playwright/test';

/** The seeded server's origin: cookie-authenticated API writes must come from it. */
export const ORIGIN = 'http://127.0.0.1:8181';

/** Signs in as the seeded user, switches the interface to `lang`; answers the workspace's id. */
export async function signIn(page: Page, lang: 'fr' | 'en'): Promise<string> {
  await page.goto('/login');
  await page.getByLabel(/^(Adresse e-mail|Email address)/).fill('e2e@example.com');
  await page.getByLabel(/^(Mot de passe|Password)/).fill('correct horse battery');
  await page.getByRole('button', { name: /^(Se connecter|Sign in)$/ }).click();
  await expect(page).toHaveURL(/\/w\/[^/]+\/plans$/);
  await page.getByRole('button', { name: lang.toUpperCase(), exact: true }).click();
  return /\/w\/([^/]+)\/plans/.exec(page.url())![1]!;
}
