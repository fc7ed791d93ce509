import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function TrackingPage() {
  const { t } = useTranslation();
  return (
    <Title order={2} fz="xl">
      {t('tracking.title')}
    </Title>
  );
}
