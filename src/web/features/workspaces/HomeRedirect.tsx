import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { useSession } from '../auth/useSession';

/** `/` opens the plans of the user's first workspace, or explains why there is nothing yet. */
export function HomeRedirect() {
  const { t } = useTranslation();
  const { memberships } = useSession();
  const first = memberships[0];

  if (first) return <Navigate to={`/w/${encodeURIComponent(first.workspace.id)}/plans`} replace />;
  return (
    <EmptyPanel
      title={t('shell.noWorkspace.title')}
      description={t('shell.noWorkspace.description')}
      icon={<WorkspaceIcon />}
      order={1}
    />
  );
}

function WorkspaceIcon() {
  return (
    <svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M3 21V7l9-4 9 4v14M9 21v-6h6v6M3 21h18"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
      />
    </svg>
  );
}
