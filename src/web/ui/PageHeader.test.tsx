// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { Button, Text } from '@mantine/core';
import { afterEach, describe, expect, it } from 'vitest';
import { installDomShims, renderPage } from '../test-utils';
import { PageHeader } from './PageHeader';

installDomShims();
afterEach(cleanup);

describe('PageHeader', () => {
  it('titles the page with an h2, its intro and notes underneath, and its action', () => {
    renderPage(
      <PageHeader title="Tests A/B" intro="Planifiez un test." action={<Button>Nouveau test</Button>}>
        <Text>2 objectifs SMART sur 3</Text>
      </PageHeader>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Tests A/B' })).toBeTruthy();
    expect(screen.getByText('Planifiez un test.')).toBeTruthy();
    expect(screen.getByText('2 objectifs SMART sur 3')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nouveau test' })).toBeTruthy();
  });

  it('shows no action when the page has none to offer', () => {
    renderPage(<PageHeader title="Tests A/B" intro="Planifiez un test." action={false} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Tests A/B' })).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
