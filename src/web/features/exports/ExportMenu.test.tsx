// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { installDomShims, renderPage } from '../../test-utils';
import { ExportMenu } from './ExportMenu';

beforeAll(() => installDomShims());
beforeEach(async () => {
  await i18n.changeLanguage('fr');
});

describe('ExportMenu', () => {
  it('offers each format as a download in the UI language, or the one chosen', async () => {
    renderPage(<ExportMenu planId="p1" canEdit />);
    fireEvent.click(screen.getByRole('button', { name: 'Exporter' }));
    const pdf = await screen.findByRole('menuitem', { name: /^PDF/, hidden: true });
    expect(pdf.getAttribute('href')).toBe('/api/v1/plans/p1/export?format=pdf&lang=fr');
    expect(pdf.hasAttribute('download')).toBe(true);
    expect(
      screen
        .getAllByRole('menuitem', { hidden: true })
        .filter((item) => item.hasAttribute('href'))
        .map((item) => new URL(item.getAttribute('href') ?? '', 'http://x').searchParams.get('format')),
    ).toEqual(['pdf', 'xlsx', 'pptx', 'ics', 'md']);

    fireEvent.click(screen.getByText('Anglais'));
    expect(screen.getByRole('menuitem', { name: /^Excel/, hidden: true }).getAttribute('href')).toBe(
      '/api/v1/plans/p1/export?format=xlsx&lang=en',
    );
  });
});
