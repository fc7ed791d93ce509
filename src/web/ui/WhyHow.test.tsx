// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PLAN_SECTIONS } from '../features/plan/planPaths';
import i18n from '../i18n';
import { catalogs } from '../i18n/catalogs';
import { installDomShims, renderPage } from '../test-utils';
import { WhyHow, whyHowStorageKey } from './WhyHow';

installDomShims();
beforeEach(async () => {
  localStorage.clear();
  await i18n.changeLanguage('fr');
});
afterEach(() => {
  cleanup();
  localStorage.clear();
});

const fr = catalogs.fr.guide.sections;
const en = catalogs.en.guide.sections;
const toggle = (name = 'Pourquoi et comment ?') => screen.getByRole('button', { name });

describe('WhyHow', () => {
  it('starts closed: a real button, collapsed, controlling a panel that shows nothing yet', () => {
    renderPage(<WhyHow section="objectives" />);

    const button = toggle();
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const controlled = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(controlled).toBeTruthy();
    expect(screen.queryByText(fr.objectives.why)).toBeNull();
    expect(localStorage.getItem(whyHowStorageKey('objectives'))).toBeNull();
  });

  it('opens on click to show why, how and the method’s example, inside the panel it controls', async () => {
    renderPage(<WhyHow section="objectives" />);

    fireEvent.click(toggle());
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    await screen.findByText(fr.objectives.why);
    const panel = document.getElementById(toggle().getAttribute('aria-controls') ?? '');
    expect(panel?.textContent).toContain(`Pourquoi : ${fr.objectives.why}`);
    expect(panel?.textContent).toContain(`Comment : ${fr.objectives.how}`);
    expect(panel?.textContent).toContain(`Dans la méthode : ${fr.objectives.example}`);
    expect(localStorage.getItem('jalon.whyhow.objectives')).toBe('open');
  });

  it('remembers a closed panel for its section only', () => {
    localStorage.setItem('jalon.whyhow.budget', 'open');
    const first = renderPage(<WhyHow section="budget" />);
    expect(toggle().getAttribute('aria-expanded')).toBe('true');

    fireEvent.click(toggle());
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(localStorage.getItem('jalon.whyhow.budget')).toBe('closed');
    first.unmount();

    renderPage(<WhyHow section="budget" />);
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText(fr.budget.why)).toBeNull();
    cleanup();

    renderPage(<WhyHow section="tracking" />);
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
  });

  it('reopens a section the user left open', () => {
    localStorage.setItem('jalon.whyhow.raci', 'open');
    renderPage(<WhyHow section="raci" />);

    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText(fr.raci.how)).toBeTruthy();
  });

  it('speaks English', async () => {
    await i18n.changeLanguage('en');
    renderPage(<WhyHow section="experiments" />);

    fireEvent.click(toggle('Why and how?'));
    expect(await screen.findByText(en.experiments.why)).toBeTruthy();
    expect(screen.getByText(en.experiments.how)).toBeTruthy();
    expect(screen.getByText(en.experiments.example)).toBeTruthy();
    expect(screen.getByText('In the method:')).toBeTruthy();
  });

  it('leaves the example out where the method gives none', () => {
    localStorage.setItem('jalon.whyhow.gantt', 'open');
    renderPage(<WhyHow section="gantt" />);

    expect(screen.getByText(fr.gantt.why)).toBeTruthy();
    expect(screen.queryByText('Dans la méthode :')).toBeNull();
  });

  it.each(PLAN_SECTIONS)('has a why and a how, with a concrete tip, for %s in both languages', (section) => {
    for (const texts of [fr[section], en[section]]) {
      expect(texts.why.length).toBeGreaterThan(40);
      expect(texts.how).toMatch(/Astuce :|Tip:/);
    }
  });
});
