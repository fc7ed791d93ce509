import { Container } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, type Location } from 'react-router';
import { ErrorState } from './ErrorState';

interface BoundaryProps {
  location: Location;
  children: ReactNode;
}

interface BoundaryState {
  error: unknown;
  /** Where the error happened: going elsewhere shows the pages again. */
  location: Location;
}

/** React logs the error it catches here (its default `onCaughtError`). */
class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: undefined, location: this.props.location };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error ?? new Error('Unknown error') };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.location === state.location ? null : { error: undefined, location: props.location };
  }

  override render() {
    return this.state.error === undefined ? this.props.children : <PageFailed error={this.state.error} />;
  }
}

function PageFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  // A page's code that failed to load (the app was updated meanwhile, say) comes with a reload.
  return (
    <Container size="sm" py="xl">
      <ErrorState title={t('errors.pageFailed')} error={error} onRetry={() => window.location.reload()} />
    </Container>
  );
}

/** Shows an error in place of the pages when one fails to render, until the user goes elsewhere. */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  return <Boundary location={useLocation()}>{children}</Boundary>;
}
