import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Modal,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import type { Role } from '../../api/types';
import { errorMessage, formatDate } from '../../i18n/format';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { LoadError, PageSkeleton } from '../../ui/PageStates';
import { useSession } from '../auth/useSession';
import { useWorkspaceRole } from '../workspaces/useWorkspaceRole';
import { AddMemberModal } from './AddMemberModal';
import { ROLES, canManageMember, grantableRoles } from './roles';
import { useChangeRoleMutation, useMembersQuery, useRemoveMemberMutation, type Member } from './useMembers';
import './texts';

const ROLE_COLORS: Record<Role, string> = { owner: 'grape', admin: 'indigo', editor: 'teal', viewer: 'gray' };

/** Why the server refused a change to a member, in words the user can act on. */
function refusalMessage(t: TFunction, error: unknown): string {
  if (isApiError(error) && error.code === 'version_conflict') return t('members.errors.stale');
  if (isApiError(error, 409)) return t('members.errors.lastOwner');
  if (isApiError(error, 403)) return t('members.errors.grantForbidden');
  if (isApiError(error, 404)) return t('members.errors.gone');
  return errorMessage(t, error);
}

/** The workspace's members and their roles; admins add, change and remove members here. */
export function MembersPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'fr';
  const navigate = useNavigate();
  const { workspaceId = '' } = useParams();
  const { user, memberships } = useSession();
  const workspace = memberships.find((m) => m.workspace.id === workspaceId)?.workspace;
  const { role: myRole, canManageMembers } = useWorkspaceRole(workspaceId);
  const members = useMembersQuery(workspaceId);
  const changeRole = useChangeRoleMutation(workspaceId);
  const remove = useRemoveMemberMutation(workspaceId);
  const [adding, setAdding] = useState(false);
  const [toRemove, setToRemove] = useState<Member | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const roles = grantableRoles(myRole);

  useDocumentTitle([t('members.title'), workspace?.name, t('app.name')].filter(Boolean).join(' · '));

  const onChangeRole = (member: Member, role: Role) => {
    if (role === member.role) return;
    setRefusal(null);
    changeRole.mutate({ member, role }, { onError: (error) => setRefusal(refusalMessage(t, error)) });
  };

  const confirmRemove = () => {
    if (!toRemove) return;
    const member = toRemove;
    setRefusal(null);
    remove.mutate(member, {
      onSuccess: () => {
        setToRemove(null);
        // Leaving the workspace: nothing of it is reachable any more.
        if (member.userId === user.id) void navigate('/', { replace: true });
      },
      onError: (error) => {
        setToRemove(null);
        setRefusal(refusalMessage(t, error));
      },
    });
  };

  const items = members.data?.items ?? [];
  const pendingRole = changeRole.isPending ? changeRole.variables : undefined;

  return (
    <Stack gap="md" py="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} fz={28}>
            {t('members.title')}
          </Title>
          {workspace && (
            <Text c="dimmed" size="sm">
              {workspace.name}
            </Text>
          )}
        </div>
        {canManageMembers && <Button onClick={() => setAdding(true)}>{t('members.add.open')}</Button>}
      </Group>

      {!canManageMembers && (
        <Alert color="gray" variant="light" py="xs">
          {t('members.readOnly')}
        </Alert>
      )}

      {refusal !== null && (
        <Alert
          color="orange"
          variant="light"
          role="alert"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setRefusal(null)}
        >
          {refusal}
        </Alert>
      )}

      {members.isPending && <PageSkeleton gap="xs" blocks={[44, 44, 44]} />}

      {members.isError && <LoadError title={t('members.loadError')} queries={[members]} />}

      {members.data && items.length === 0 && (
        <EmptyPanel title={t('members.empty.title')} description={t('members.empty.description')} icon={<PeopleIcon />}>
          {canManageMembers && <Button onClick={() => setAdding(true)}>{t('members.add.open')}</Button>}
        </EmptyPanel>
      )}

      {items.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing="sm" aria-label={t('members.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('members.columns.name')}</Table.Th>
                <Table.Th scope="col">{t('members.columns.email')}</Table.Th>
                <Table.Th scope="col">{t('members.columns.role')}</Table.Th>
                <Table.Th scope="col">{t('members.columns.since')}</Table.Th>
                {canManageMembers && (
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('members.columns.actions')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((member) => {
                const manageable = canManageMember(myRole, member.role);
                const shownRole = pendingRole?.member.id === member.id ? pendingRole.role : member.role;
                return (
                  <Table.Tr key={member.id}>
                    <Table.Th scope="row" fw={500}>
                      {member.name}
                      {member.userId === user.id && (
                        <Text span c="dimmed" size="sm" ml={6}>
                          {t('members.you')}
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td>{member.email}</Table.Td>
                    <Table.Td>
                      {manageable ? (
                        <NativeSelect
                          aria-label={t('members.roleOf', { name: member.name })}
                          size="xs"
                          w={170}
                          value={shownRole}
                          disabled={changeRole.isPending}
                          data={
                            // The member's current role stays listed even when the caller could not grant it.
                            ROLES.filter((role) => roles.includes(role) || role === member.role).map((role) => ({
                              value: role,
                              label: t(`members.roles.${role}.label`),
                            }))
                          }
                          onChange={(event) => onChangeRole(member, event.currentTarget.value as Role)}
                        />
                      ) : (
                        <Badge color={ROLE_COLORS[member.role]} variant="light">
                          {t(`members.roles.${member.role}.label`)}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{formatDate(member.createdAt, language)}</Table.Td>
                    {canManageMembers && (
                      <Table.Td>
                        {manageable && (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            aria-label={t('members.remove.open', { name: member.name })}
                            onClick={() => setToRemove(member)}
                          >
                            {t('members.remove.button')}
                          </Button>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <Paper withBorder p="md" component="section" aria-labelledby="roles-title">
        <Title order={2} fz="md" mb="xs" id="roles-title">
          {t('members.roles.title')}
        </Title>
        <List spacing={4} size="sm">
          {ROLES.map((role) => (
            <List.Item key={role}>
              <Text span fw={600} size="sm">
                {t(`members.roles.${role}.label`)}
              </Text>
              {t('members.roles.separator')}
              {t(`members.roles.${role}.description`)}
            </List.Item>
          ))}
        </List>
      </Paper>

      {canManageMembers && (
        <AddMemberModal workspaceId={workspaceId} opened={adding} onClose={() => setAdding(false)} roles={roles} />
      )}

      <Modal opened={toRemove !== null} onClose={() => setToRemove(null)} title={t('members.remove.title')} centered>
        <Stack gap="md">
          <Text size="sm">
            {toRemove?.userId === user.id
              ? t('members.remove.bodySelf')
              : t('members.remove.body', { name: toRemove?.name ?? '', email: toRemove?.email ?? '' })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setToRemove(null)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={confirmRemove} loading={remove.isPending}>
              {t('members.remove.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function PeopleIcon() {
  return (
    <svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="9" cy="8" r="3.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M2.5 20c.8-3.6 3.4-5.5 6.5-5.5s5.7 1.9 6.5 5.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path
        d="M16 4.8a3.5 3.5 0 010 6.4M18.5 14.8c1.6.8 2.6 2.5 3 5.2"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
      />
    </svg>
  );
}
