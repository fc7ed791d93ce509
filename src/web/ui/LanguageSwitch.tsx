import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../api/types';
import { chooseLocale, isLocale, LOCALES } from '../i18n';

// Each language is named in itself, as language pickers customarily do.
const ENDONYMS: Record<Locale, string> = { fr: 'Français', en: 'English' };

interface LanguageSwitchProps {
  /** Called after a change, to save the choice to the account when someone is signed in. */
  onChange?: (locale: Locale) => void;
}

export function LanguageSwitch({ onChange }: LanguageSwitchProps) {
  const { t, i18n } = useTranslation();
  const active: Locale = isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'fr';

  const select = async (locale: Locale) => {
    if (locale === active) return;
    await chooseLocale(locale);
    onChange?.(locale);
  };

  return (
    <Button.Group aria-label={t('language.label')}>
      {LOCALES.map((locale) => (
        <Button
          key={locale}
          size="compact-sm"
          variant={locale === active ? 'filled' : 'default'}
          aria-pressed={locale === active}
          lang={locale}
          title={ENDONYMS[locale]}
          onClick={() => void select(locale)}
        >
          {locale.toUpperCase()}
        </Button>
      ))}
    </Button.Group>
  );
}
