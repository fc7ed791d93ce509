import { Alert, Button, CopyButton, Group, Modal, Skeleton, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage, formatDate } from '../../i18n/format';
import { ErrorState } from '../../ui/ErrorState';
import { useCalendarFeeds, useCreateCalendarFeed, useRevokeCalendarFeed } from './useCalendarFeeds';
import './texts';

interface CalendarFeedsModalProps {
  planId: string;
  opened: boolean;
  canEdit: boolean;
  onClose: () => void;
}

/**
 * Calendar subscriptions of a plan: a secret URL that calendar applications poll for the
 * actions' due dates, milestones and the editorial calendar. The URL is shown once, at creation;
 * revoking it makes it answer 404.
 */
export function CalendarFeedsModal({ planId, opened, canEdit, onClose }: CalendarFeedsModalProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'fr';
  const feeds = useCalendarFeeds(planId, opened);
  const create = useCreateCalendarFeed(planId);
  const revoke = useRevokeCalendarFeed(planId);
  const active = (feeds.data?.items ?? []).filter((feed) => !feed.revokedAt);

  const close = () => {
    create.reset();
    revoke.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('exports.feeds.title')} size="lg">
      <Stack gap="md">
        <Text size="sm">{t('exports.feeds.intro')}</Text>
        {create.data && (
          <Alert color="green" variant="light" title={t('exports.feeds.created')} role="status">
            <Stack gap="xs">
              <Text size="sm">{t('exports.feeds.copyNow')}</Text>
              <TextInput
                readOnly
                label={t('exports.feeds.url')}
                value={create.data.url}
                onFocus={(e) => e.currentTarget.select()}
              />
              <Group gap="xs">
                <CopyButton value={create.data.url}>
                  {({ copied, copy }) => (
                    <Button size="xs" variant="light" onClick={copy}>
                      {copied ? t('exports.feeds.copied') : t('exports.feeds.copy')}
                    </Button>
                  )}
                </CopyButton>
                <Button size="xs" variant="subtle" component="a" href={create.data.webcalUrl}>
                  {t('exports.feeds.openInCalendar')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        {(create.isError || revoke.isError) && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(t, create.error ?? revoke.error)}
          </Alert>
        )}
        {feeds.isPending && <Skeleton height={60} aria-label={t('app.loading')} />}
        {feeds.isError && (
          <ErrorState title={t('exports.feeds.loadError')} error={feeds.error} onRetry={() => void feeds.refetch()} />
        )}
        {feeds.data &&
          (active.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('exports.feeds.none')}
            </Text>
          ) : (
            <Table aria-label={t('exports.feeds.listLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('exports.feeds.createdAt')}</Table.Th>
                  <Table.Th scope="col">{t('exports.feeds.createdBy')}</Table.Th>
                  {canEdit && <Table.Th scope="col" />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {active.map((feed) => (
                  <Table.Tr key={feed.id}>
                    <Table.Td>{formatDate(feed.createdAt, language)}</Table.Td>
                    <Table.Td>{feed.createdBy ?? '—'}</Table.Td>
                    {canEdit && (
                      <Table.Td ta="right">
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          loading={revoke.isPending && revoke.variables?.id === feed.id}
                          aria-label={t('exports.feeds.revokeOne', { date: formatDate(feed.createdAt, language) })}
                          onClick={() => revoke.mutate(feed)}
                        >
                          {t('exports.feeds.revoke')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.close')}
          </Button>
          {canEdit && (
            <Button loading={create.isPending} onClick={() => create.mutate()}>
              {t('exports.feeds.create')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
