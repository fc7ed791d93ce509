import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function RevisionsPage() {
  const { t } = useTranslation();
  return (
    <Title order={2} fz="xl">
      {t('revisions.title')}
    </Title>
  );
}
