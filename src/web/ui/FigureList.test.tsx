// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { installDomShims, renderPage } from '../test-utils';
import { Figure, FigureList } from './FigureList';

installDomShims();
afterEach(cleanup);

const texts = (role: 'term' | 'definition') => screen.getAllByRole(role).map((element) => element.textContent);

describe('FigureList', () => {
  it('reads each value under its name, in the order given', () => {
    renderPage(
      <FigureList
        figures={[
          ['Par version', '8 158'],
          ['Durée', '9 jours'],
        ]}
      />,
    );
    expect(texts('term')).toEqual(['Par version', 'Durée']);
    expect(texts('definition')).toEqual(['8 158', '9 jours']);
    const list = screen.getByText('Par version').closest('dl');
    expect(list).not.toBeNull();
    expect(screen.getByText('9 jours').closest('dl')).toBe(list);
  });

  it('takes Figure children, coloured when asked, and is named by its label', () => {
    renderPage(
      <FigureList aria-label="Enveloppe" aria-busy>
        <Figure label="Prévu" value="17 000 €" />
        <Figure label="Dépassement" value="1 000 €" color="red" />
      </FigureList>,
    );
    const list = screen.getByLabelText('Enveloppe');
    expect(list.tagName).toBe('DL');
    expect(list.getAttribute('aria-busy')).toBe('true');
    expect(texts('term')).toEqual(['Prévu', 'Dépassement']);
    expect(texts('definition')).toEqual(['17 000 €', '1 000 €']);
    expect(screen.getByText('1 000 €').getAttribute('style')).toContain('red');
    expect(screen.getByText('17 000 €').getAttribute('style')).not.toContain('red');
  });
});
