// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { installDomShims, renderPage, serveRoutes, stubFetch, type FakeRoute } from '../../test-utils';
import { CreatePlanModal } from './CreatePlanModal';
import type { PlanTemplate } from './useTemplatesQuery';

const fetchMock = stubFetch();

beforeAll(() => installDomShims());
beforeEach(async () => {
  await i18n.changeLanguage('fr');
});

describe('CreatePlanModal', () => {
  it('requires a name before calling the server', async () => {
    renderPage(<CreatePlanModal workspaceId="ws1" opened onClose={() => {}} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Créer le plan' }));
    expect(await screen.findByText('Ce champ est obligatoire.')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows a server field error on its field', async () => {
    fetchMock.mockResolvedValue(
      new Response(
        JSON.stringify({
          title: 'Bad Request',
          status: 400,
          code: 'validation_failed',
          errors: [{ path: '/body/currency', message: 'Code de devise ISO 4217 attendu', code: 'invalid_string' }],
        }),
        { status: 400, headers: { 'Content-Type': 'application/problem+json', 'Content-Language': 'fr' } },
      ),
    );
    renderPage(<CreatePlanModal workspaceId="ws1" opened onClose={() => {}} />);

    fireEvent.change(await screen.findByLabelText(/^Nom du plan/), { target: { value: 'PAC 2027' } });
    fireEvent.click(screen.getByRole('button', { name: 'Créer le plan' }));

    const currency = screen.getByLabelText(/^Devise/);
    expect(await screen.findByText('Code de devise ISO 4217 attendu')).toBeTruthy();
    expect(currency.getAttribute('aria-invalid')).toBe('true');
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/workspaces/ws1/plans');
    expect(JSON.parse(String(init?.body))).toEqual({ name: 'PAC 2027', currency: 'EUR', locale: 'fr' });
  });
});

const TEMPLATES: PlanTemplate[] = [
  {
    id: 'saas-launch',
    caseStudy: false,
    demo: false,
    name: { fr: 'Lancement SaaS', en: 'SaaS launch' },
    summary: {
      fr: 'Un logiciel B2B qui conquiert ses cent premiers clients.',
      en: 'A B2B software winning its first hundred customers.',
    },
    startDate: '2027-01-01',
    endDate: '2027-12-31',
  },
  {
    id: 'bakery',
    caseStudy: true,
    demo: true,
    name: { fr: 'Boulangerie de quartier', en: 'Neighbourhood bakery' },
    summary: {
      fr: 'Six mois de suivi d’une boulangerie qui ouvre une vente en ligne.',
      en: 'Six months of tracking for a bakery opening an online shop.',
    },
    startDate: '2027-01-01',
    endDate: '2027-12-31',
  },
];

const newPlan = { id: 'p9', name: 'Lancement SaaS' };

/** Shows where the app went, for the tests that open the new plan. */
function WhereAmI() {
  return <output data-testid="location">{useLocation().pathname}</output>;
}

function renderModal(initialMode?: 'blank' | 'template') {
  return renderPage(
    <>
      <CreatePlanModal workspaceId="ws1" opened onClose={() => {}} initialMode={initialMode} />
      <WhereAmI />
    </>,
  );
}

function serveTemplates(fromTemplate: FakeRoute = () => ({ status: 201, body: newPlan })) {
  return serveRoutes(fetchMock, {
    'GET /api/v1/templates': () => ({ body: { items: TEMPLATES } }),
    'POST /api/v1/workspaces/ws1/plans/from-template': fromTemplate,
  });
}

function postedBodies(): unknown[] {
  return fetchMock.mock.calls
    .filter(([, init]) => init?.method === 'POST')
    .map(([, init]) => JSON.parse(String(init?.body)));
}

describe('CreatePlanModal, from a template', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 27, 10, 0));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('offers a blank plan or a template, a blank plan first', async () => {
    renderModal();
    const choice = await screen.findByRole('radiogroup', { name: 'Point de départ' });
    expect(within(choice).getByRole('radio', { name: 'Plan vierge' })).toHaveProperty('checked', true);
    expect(within(choice).getByRole('radio', { name: 'Partir d’un modèle' })).toHaveProperty('checked', false);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('lists the templates as cards and creates the plan from the chosen one, then opens it', async () => {
    serveTemplates();
    renderModal();
    fireEvent.click(await screen.findByRole('radio', { name: 'Partir d’un modèle' }));

    const templates = await screen.findByRole('radiogroup', { name: /^Modèle/ });
    const cards = within(templates).getAllByRole('radio');
    expect(cards.map((card) => card.getAttribute('aria-checked'))).toEqual(['false', 'false']);
    const bakery = within(templates).getByRole('radio', { name: 'Boulangerie de quartier' });
    expect(within(bakery).getByText('Cas pratique')).toBeTruthy();
    expect(within(templates).getByRole('radio', { name: 'Lancement SaaS' }).textContent).not.toContain('Cas pratique');
    expect(bakery.getAttribute('aria-describedby')).toBeTruthy();

    fireEvent.click(within(templates).getByRole('radio', { name: 'Lancement SaaS' }));
    expect(within(templates).getByRole('radio', { name: 'Lancement SaaS' }).getAttribute('aria-checked')).toBe('true');
    expect((screen.getByLabelText(/^Date de début/) as HTMLInputElement).value).toBe('2026-12-01');
    expect(screen.getByText(/Le plan ira du .+ au .+\./)).toBeTruthy();
    expect((screen.getByLabelText(/^Devise/) as HTMLSelectElement).value).toBe('EUR');
    expect((screen.getByLabelText(/^Nom du plan/) as HTMLInputElement).value).toBe('Lancement SaaS');
    const language = screen.getByRole('radiogroup', { name: 'Langue du plan' });
    expect(within(language).getByRole('radio', { name: 'Français' })).toHaveProperty('checked', true);

    fireEvent.click(screen.getByRole('button', { name: 'Créer le plan' }));

    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/w/ws1/p/p9'));
    expect(postedBodies()).toEqual([
      { templateId: 'saas-launch', language: 'fr', startDate: '2026-12-01', currency: 'EUR' },
    ]);
  });

  it('sends the chosen start date, currency, plan language and name', async () => {
    serveTemplates();
    renderModal('template');

    fireEvent.click(await screen.findByRole('radio', { name: 'Boulangerie de quartier' }));
    fireEvent.change(screen.getByLabelText(/^Date de début/), { target: { value: '2027-03-01' } });
    fireEvent.change(screen.getByLabelText(/^Devise/), { target: { value: 'CHF' } });
    fireEvent.click(
      within(screen.getByRole('radiogroup', { name: 'Langue du plan' })).getByRole('radio', { name: 'Anglais' }),
    );
    // The default name follows the plan language until the user types one.
    expect((screen.getByLabelText(/^Nom du plan/) as HTMLInputElement).value).toBe('Neighbourhood bakery');
    fireEvent.change(screen.getByLabelText(/^Nom du plan/), { target: { value: '  Bakery 2027  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Créer le plan' }));

    await waitFor(() => expect(postedBodies()).toHaveLength(1));
    expect(postedBodies()[0]).toEqual({
      templateId: 'bakery',
      language: 'en',
      startDate: '2027-03-01',
      currency: 'CHF',
      name: 'Bakery 2027',
    });
  });

  it('asks for a template and a start date before calling the server', async () => {
    serveTemplates();
    renderModal('template');
    await screen.findByRole('radio', { name: 'Lancement SaaS' });
    fireEvent.change(screen.getByLabelText(/^Date de début/), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Créer le plan' }));

    expect(await screen.findByText('Choisissez un modèle.')).toBeTruthy();
    expect(screen.getByText('Ce champ est obligatoire.')).toBeTruthy();
    expect(screen.getByLabelText(/^Date de début/).getAttribute('aria-invalid')).toBe('true');
    expect(postedBodies()).toEqual([]);
  });

  it('moves between the cards with the arrow keys, only the chosen one in the tab order', async () => {
    serveTemplates();
    renderModal('template');
    const first = await screen.findByRole('radio', { name: 'Lancement SaaS' });
    const second = screen.getByRole('radio', { name: 'Boulangerie de quartier' });
    expect([first.tabIndex, second.tabIndex]).toEqual([0, -1]);

    fireEvent.keyDown(first, { key: 'ArrowDown', code: 'ArrowDown' });

    expect(second.getAttribute('aria-checked')).toBe('true');
    expect(document.activeElement).toBe(second);
    expect([first.tabIndex, second.tabIndex]).toEqual([-1, 0]);
  });

  it('speaks English: names, summaries and labels', async () => {
    await i18n.changeLanguage('en');
    serveTemplates();
    renderModal('template');

    const card = await screen.findByRole('radio', { name: 'Neighbourhood bakery' });
    expect(within(card).getByText('Case study')).toBeTruthy();
    expect(within(card).getByText('Six months of tracking for a bakery opening an online shop.')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Start from a template' })).toHaveProperty('checked', true);
    expect(screen.getByLabelText(/^Start date/)).toBeTruthy();
    expect(screen.getByLabelText(/^Currency/)).toBeTruthy();
    expect(screen.getByRole('radiogroup', { name: 'Plan language' })).toBeTruthy();
    fireEvent.click(card);
    expect((screen.getByLabelText(/^Plan name/) as HTMLInputElement).value).toBe('Neighbourhood bakery');
    fireEvent.click(screen.getByRole('button', { name: 'Create the plan' }));

    await waitFor(() => expect(postedBodies()).toHaveLength(1));
    expect(postedBodies()[0]).toEqual({
      templateId: 'bakery',
      language: 'en',
      startDate: '2026-12-01',
      currency: 'EUR',
    });
  });

  it('says so when the template is no longer in the library', async () => {
    serveTemplates(() => ({ status: 404, body: { title: 'Not Found', status: 404, code: 'not_found' } }));
    renderModal('template');
    fireEvent.click(await screen.findByRole('radio', { name: 'Lancement SaaS' }));
    fireEvent.click(screen.getByRole('button', { name: 'Créer le plan' }));

    expect((await screen.findByRole('alert')).textContent).toContain('Ce modèle n’est plus disponible.');
    expect(screen.getByTestId('location').textContent).toBe('/');
  });

  it('offers to try again when the templates cannot be loaded', async () => {
    const routes = serveRoutes(fetchMock, {
      'GET /api/v1/templates': () => ({ status: 500, body: { title: 'Oops', status: 500 } }),
    });
    renderModal('template');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Impossible de charger les modèles.');
    routes['GET /api/v1/templates'] = () => ({ body: { items: TEMPLATES } });
    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('radio', { name: 'Lancement SaaS' })).toBeTruthy();
  });
});
