import { api } from '../../api/client';
import type { User } from '../../api/types';
import { chooseLocale, currentLocale, storedLocale } from '../../i18n';

/**
 * After sign-in, the language picked in this browser wins and is saved to the account;
 * with no choice here, the account's language (chosen on another device) is applied.
 */
export async function syncLocaleAfterSignIn(user: User): Promise<void> {
  const local = storedLocale();
  if (local && local !== user.locale) {
    await savePreferredLocale(local);
  } else if (!local && user.locale) {
    await chooseLocale(user.locale);
  } else if (!local && !user.locale) {
    await savePreferredLocale(currentLocale());
  }
}

async function savePreferredLocale(locale: User['locale']): Promise<void> {
  try {
    await api.patch('/auth/me', { locale });
  } catch {
    // The preference is a comfort: signing in must not fail because it could not be saved.
  }
}
