// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { compareScenarios, optimiseBudget, summariseBudget } from '../../../core/budget/index.js';
import type { Role } from '../../api/types';
import i18n from '../../i18n';
import { listPage, renderPlanPage, serveRoutes, setUpPageTests, stubFetch, type FakeRoute } from '../../test-utils';
import { factsOf, fullData, plan, strategies, tactics, type BudgetData } from './budgetFixtures';
import { BudgetPage } from './BudgetPage';

const fetchMock = stubFetch();
let routes: Record<string, FakeRoute> = {};

/** The API over `data`; the engine's reports are computed from it by the core, as the server does. */
function serve(data: BudgetData) {
  routes = serveRoutes(fetchMock, {
    'GET /api/v1/plans/p1': () => ({ body: plan }),
    'GET /api/v1/plans/p1/budget-lines': () => ({ body: listPage(data.lines) }),
    'GET /api/v1/plans/p1/spend-entries': () => ({ body: listPage(data.entries) }),
    'GET /api/v1/plans/p1/budget-scenarios': () => ({ body: listPage(data.scenarios) }),
    'GET /api/v1/plans/p1/strategies': () => ({ body: listPage(strategies) }),
    'GET /api/v1/plans/p1/tactics': () => ({ body: listPage(tactics) }),
    'GET /api/v1/plans/p1/budget-settings': () => ({ body: data.settings }),
    'GET /api/v1/plans/p1/budget-summary': () => ({ body: summariseBudget(factsOf(data)) }),
    'GET /api/v1/plans/p1/scenario-comparison': () => ({
      body: compareScenarios(
        factsOf(data),
        data.scenarios.map((scenario) => scenario.key),
      ),
    }),
  });
}

function renderBudget(role?: Role, hash = '') {
  return renderPlanPage(<BudgetPage />, 'budget', { role, suffix: hash });
}

/** Bodies sent with `method` to `path`, in order. */
function sent(method: string, path: string): unknown[] {
  return fetchMock.mock.calls
    .filter(([input, init]) => init?.method === method && String(input).split('?')[0] === `/api/v1${path}`)
    .map(([, init]) => (init?.body ? JSON.parse(String(init.body)) : undefined));
}

/** The texts of a table row's cells, header cell first. */
function rowTexts(table: HTMLElement, name: string | RegExp): string[] {
  const header = within(table).getByRole('rowheader', { name });
  const row = header.closest('tr') as HTMLElement;
  return [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '');
}

const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

setUpPageTests({ today: new Date(2026, 2, 1, 10, 0) });

describe('BudgetPage', () => {
  it('explains the budget step when there is no line, with the first action', async () => {
    serve({
      ...fullData,
      lines: [],
      entries: [],
      scenarios: [],
      allocations: [],
      settings: { ...fullData.settings, version: 0 },
    });
    renderBudget();

    expect(await screen.findByRole('heading', { name: 'Aucune ligne budgétaire pour l’instant' })).toBeTruthy();
    expect(
      screen.getByText(/donner à chaque ligne son ROI attendu.*garder une réserve pour les imprévus/),
    ).toBeTruthy();
    expect(screen.getByText(/Aucune enveloppe enregistrée/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter une ligne budgétaire' }));
    expect(await screen.findByRole('dialog', { name: 'Nouvelle ligne budgétaire' })).toBeTruthy();
  });

  it('shows the envelope with the reserve apart, and the lines with their tracking figures', async () => {
    serve(fullData);
    renderBudget();

    const envelope = await screen.findByRole('region', { name: 'Enveloppe et réserve' });
    // 20 000 € with a 10 % reserve: 2 000 € kept aside, 18 000 € allocatable, 17 000 € planned.
    const figures = within(envelope)
      .getAllByRole('definition')
      .map((dd) => nbsp(dd.textContent ?? ''));
    expect(figures).toEqual(['20 000 €', '2 000 €', '18 000 €', '17 000 €', '1 000 €']);
    expect(within(envelope).getByText(nbsp('Réserve pour imprévus (10 %)'), { normalizer: nbsp })).toBeTruthy();

    const table = screen.getByRole('table', { name: 'Lignes budgétaires' });
    const row = screen.getByRole('rowheader', { name: 'Rédaction d’articles' }).closest('tr') as HTMLElement;
    expect(row.id).toBe('entity-bl-contenu');
    expect(rowTexts(table, 'Rédaction d’articles').map(nbsp).slice(0, 9)).toEqual([
      'Rédaction d’articles',
      'Création de contenu',
      'Marketing de contenu › Articles de blog',
      '10 000 €',
      '2 000 €',
      '3 000 €',
      '-7 000 €',
      '3:1',
      '30 000 €',
    ]);
    // The email line names only its tactic: its strategy comes from the tactic.
    expect(rowTexts(table, 'Outil d’emailing')[2]).toBe('Email marketing › Newsletter');
    expect(nbsp(rowTexts(table, 'Campagnes Instagram')[6] ?? '')).toBe('+500 €');
  });

  it('flags an over-allocation with the engine’s message', async () => {
    serve({ ...fullData, settings: { ...fullData.settings, totalAmount: 1_500_000 } });
    renderBudget();

    const alert = await screen.findByRole('alert');
    // 17 000 € planned against 15 000 € − 10 % = 13 500 € allocatable.
    expect(nbsp(alert.textContent ?? '')).toMatch(/dépasse de 3 500 € le montant allouable \(13 500 €/);
  });

  it('splits the budget by strategy and by month from the summary', async () => {
    serve(fullData);
    renderBudget();

    fireEvent.click(await screen.findByRole('tab', { name: 'Répartition' }));
    const byStrategy = await screen.findByRole('table', { name: 'Budget par stratégie' });
    expect(rowTexts(byStrategy, 'Marketing de contenu').map(nbsp)).toEqual([
      'Marketing de contenu',
      '10 000 €',
      '2 000 €',
      '3 000 €',
      '-7 000 € (-70 %)',
      '30 000 €',
    ]);
    expect(nbsp(rowTexts(byStrategy, 'Publicité sur les réseaux sociaux')[4] ?? '')).toBe('+500 € (+10 %)');
    expect(rowTexts(byStrategy, 'Total').map(nbsp)).toEqual([
      'Total',
      '17 000 €',
      '2 000 €',
      '8 500 €',
      '-8 500 € (-50 %)',
      '50 000 €',
    ]);

    fireEvent.click(screen.getByRole('radio', { name: 'Mois' }));
    const byMonth = await screen.findByRole('table', { name: 'Dépenses par mois' });
    expect(rowTexts(byMonth, 'janvier 2026').map(nbsp)).toEqual(['janvier 2026', '0 €', '3 000 €']);
    expect(rowTexts(byMonth, 'février 2026').map(nbsp)).toEqual(['février 2026', '2 000 €', '5 500 €']);
    expect(rowTexts(byMonth, 'Total').map(nbsp)).toEqual(['Total', '2 000 €', '8 500 €']);

    fireEvent.click(screen.getByRole('radio', { name: 'Catégorie' }));
    const byCategory = await screen.findByRole('table', { name: 'Budget par catégorie' });
    expect(within(byCategory).getByRole('rowheader', { name: 'Outils' })).toBeTruthy();
  });

  it('ranks the lines by expected ROI in a chart and a table', async () => {
    serve(fullData);
    renderBudget();

    fireEvent.click(await screen.findByRole('tab', { name: 'Classement par ROI' }));
    expect(await screen.findByRole('img', { name: 'Lignes budgétaires classées par ROI attendu' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Lignes budgétaires classées par ROI attendu' });
    const order = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(order).toEqual(['Outil d’emailing', 'Rédaction d’articles', 'Campagnes Instagram']);
    expect(rowTexts(table, 'Outil d’emailing').map(nbsp)).toEqual([
      '1',
      'Outil d’emailing',
      '5:1',
      '2 000 €',
      '10 000 €',
    ]);
  });

  it('adds a budget line, sending amounts in cents', async () => {
    serve(fullData);
    routes['POST /api/v1/plans/p1/budget-lines'] = (body) => ({
      status: 201,
      body: { ...fullData.lines[0], ...(body as object), id: 'l4', key: 'salon' },
    });
    renderBudget();

    fireEvent.click(await screen.findByRole('button', { name: 'Ajouter une ligne budgétaire' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouvelle ligne budgétaire' });
    fireEvent.change(within(dialog).getByLabelText(/^Intitulé/), { target: { value: 'Salon professionnel' } });
    fireEvent.change(within(dialog).getByLabelText('Catégorie'), { target: { value: 'events' } });
    fireEvent.change(within(dialog).getByLabelText('Stratégie'), { target: { value: 's3' } });
    // Only the tactics of the chosen strategy are offered.
    const tacticOptions = [...(within(dialog).getByLabelText('Tactique') as HTMLSelectElement).options].map(
      (option) => option.textContent,
    );
    expect(tacticOptions).toEqual(['— Aucune —', 'Newsletter']);
    fireEvent.change(within(dialog).getByLabelText('Tactique'), { target: { value: 't2' } });
    fireEvent.change(within(dialog).getByLabelText(/^Montant prévu/), { target: { value: '4500' } });
    fireEvent.change(within(dialog).getByLabelText(/^ROI attendu/), { target: { value: '4' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(sent('POST', '/plans/p1/budget-lines')).toHaveLength(1));
    expect(sent('POST', '/plans/p1/budget-lines')[0]).toEqual({
      label: 'Salon professionnel',
      category: 'events',
      strategyId: 's3',
      tacticId: 't2',
      plannedAmount: 450_000,
      committedAmount: 0,
      expectedRoi: 4,
      minAmount: null,
      maxAmount: null,
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('refuses a line whose maximum is below its minimum before calling the server', async () => {
    serve(fullData);
    renderBudget();

    fireEvent.click(await screen.findByRole('button', { name: 'Modifier la ligne « Campagnes Instagram »' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modifier la ligne budgétaire' });
    expect((within(dialog).getByLabelText(/^Intitulé/) as HTMLInputElement).value).toBe('Campagnes Instagram');
    fireEvent.change(within(dialog).getByLabelText(/^Minimum/), { target: { value: '3000' } });
    fireEvent.change(within(dialog).getByLabelText(/^Maximum/), { target: { value: '1000' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    expect(await within(dialog).findByText('Le maximum doit être supérieur ou égal au minimum.')).toBeTruthy();
    expect(sent('PATCH', '/plans/p1/budget-lines/l2')).toEqual([]);
  });

  it('records a spend entry on a line', async () => {
    serve(fullData);
    routes['POST /api/v1/plans/p1/spend-entries'] = (body) => ({
      status: 201,
      body: { ...fullData.entries[0], ...(body as object), id: 'e9' },
    });
    renderBudget();

    fireEvent.click(await screen.findByRole('button', { name: 'Dépenses de « Rédaction d’articles » (2 saisies)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Dépenses — Rédaction d’articles' });
    expect(nbsp(within(dialog).getByText(/^Engagé :/).textContent ?? '')).toBe('Engagé : 2 000 € · Réel : 3 000 €');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ajouter une dépense' }));
    const form = within(dialog).getByRole('form', { name: 'Nouvelle dépense' });
    expect((within(form).getByLabelText(/^Date/) as HTMLInputElement).value).toBe('2026-03-01');
    fireEvent.change(within(form).getByLabelText('Nature'), { target: { value: 'committed' } });
    fireEvent.change(within(form).getByLabelText(/^Montant/), { target: { value: '1200' } });
    fireEvent.change(within(form).getByLabelText('Note'), { target: { value: 'Devis rédacteur' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(sent('POST', '/plans/p1/spend-entries')).toHaveLength(1));
    expect(sent('POST', '/plans/p1/spend-entries')[0]).toEqual({
      budgetLineId: 'l1',
      date: '2026-03-01',
      kind: 'committed',
      amount: 120_000,
      note: 'Devis rédacteur',
    });
  });

  it('saves the reserve with the version read, and offers to reload after a conflict', async () => {
    const data = { ...fullData };
    serve(data);
    let answer: ReturnType<FakeRoute> = {
      status: 409,
      body: { title: 'Edit conflict', status: 409, code: 'version_conflict', detail: 'Stale version' },
    };
    routes['PUT /api/v1/plans/p1/budget-settings'] = () => answer;
    renderBudget();

    const form = await screen.findByRole('form', { name: 'Enveloppe du budget' });
    fireEvent.change(within(form).getByLabelText('Réserve pour imprévus (%)'), { target: { value: '15' } });
    // The figures follow what is typed: 15 % of 20 000 € is kept aside.
    const envelope = screen.getByRole('region', { name: 'Enveloppe et réserve' });
    expect(nbsp(within(envelope).getAllByRole('definition')[1]?.textContent ?? '')).toBe('3 000 €');
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer l’enveloppe' }));

    await waitFor(() => expect(sent('PUT', '/plans/p1/budget-settings')).toHaveLength(1));
    expect(sent('PUT', '/plans/p1/budget-settings')[0]).toEqual({
      version: 1,
      totalAmount: 2_000_000,
      contingencyPercent: 15,
    });
    // Someone saved meanwhile: load their version, keep what was typed, save again.
    data.settings = { ...fullData.settings, version: 2 };
    fireEvent.click(
      await within(form).findByRole('button', { name: 'Charger la version actuelle en gardant mes saisies' }),
    );
    expect(await within(form).findByText(/Version actuelle chargée/)).toBeTruthy();
    answer = { body: { ...data.settings, contingencyPercent: 15, version: 3 } };
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer l’enveloppe' }));
    await waitFor(() => expect(sent('PUT', '/plans/p1/budget-settings')).toHaveLength(2));
    expect(sent('PUT', '/plans/p1/budget-settings')[1]).toEqual({
      version: 2,
      totalAmount: 2_000_000,
      contingencyPercent: 15,
    });
    expect(await within(form).findByText('Enveloppe enregistrée.')).toBeTruthy();
  });

  it('refuses a reserve above 100 % before calling the server', async () => {
    serve(fullData);
    renderBudget();

    const form = await screen.findByRole('form', { name: 'Enveloppe du budget' });
    fireEvent.change(within(form).getByLabelText('Réserve pour imprévus (%)'), { target: { value: '120' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Enregistrer l’enveloppe' }));
    expect(await within(form).findByText('Saisissez un pourcentage entre 0 et 100.')).toBeTruthy();
    expect(sent('PUT', '/plans/p1/budget-settings')).toEqual([]);
  });

  it('compares the scenarios with the current budget, line by line and in total', async () => {
    serve(fullData);
    renderBudget();

    fireEvent.click(await screen.findByRole('tab', { name: 'Scénarios' }));
    const table = await screen.findByRole('table', { name: 'Comparaison des scénarios' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['Ligne', 'ROI attendu', 'Budget actuel', 'Plus d’emailing']);
    // The scenario moves 2 000 € from social ads (2:1) to email (5:1).
    expect(rowTexts(table, 'Outil d’emailing').map(nbsp)).toEqual([
      'Outil d’emailing',
      '5:1',
      '2 000 €',
      '4 000 €+2 000 €',
    ]);
    expect(rowTexts(table, 'Rédaction d’articles').map(nbsp)).toEqual([
      'Rédaction d’articles',
      '3:1',
      '10 000 €',
      '10 000 €',
    ]);
    expect(rowTexts(table, 'Retour attendu').map(nbsp)).toEqual(['Retour attendu', '50 000 €', '56 000 €+6 000 €']);
    const list = screen.getByRole('table', { name: 'Scénarios du plan' });
    expect(within(list).getByRole('rowheader', { name: 'Plus d’emailing' }).closest('tr')?.id).toBe(
      'entity-plus-emailing',
    );
  });

  it('copies the current budget into a new scenario, and shows the server’s reason for a refusal', async () => {
    serve(fullData);
    routes['POST /api/v1/plans/p1/scenario-copies'] = () => ({
      status: 409,
      body: {
        title: 'Conflict',
        status: 409,
        code: 'conflict',
        detail: 'A scenario already has the key "prudent"',
        errors: [{ path: 'key', message: 'Already used in this plan' }],
      },
    });
    renderBudget();

    fireEvent.click(await screen.findByRole('tab', { name: 'Scénarios' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Nouveau scénario' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouveau scénario' });
    fireEvent.change(within(dialog).getByLabelText(/^Nom/), { target: { value: 'Prudent' } });
    fireEvent.change(within(dialog).getByLabelText('Point de départ'), { target: { value: '@current' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(sent('POST', '/plans/p1/scenario-copies')).toHaveLength(1));
    expect(sent('POST', '/plans/p1/scenario-copies')[0]).toEqual({
      from: null,
      key: 'prudent',
      name: 'Prudent',
      description: null,
    });
    expect(await within(dialog).findByText('A scenario already has the key "prudent"')).toBeTruthy();
    expect(within(dialog).getByText('Already used in this plan')).toBeTruthy();
  });

  it('runs the optimiser, compares it with the current allocation and keeps it as a scenario', async () => {
    serve(fullData);
    const optimised = await optimiseBudget({
      budget: fullData.settings,
      lines: factsOf(fullData).budgetLines,
      response: 'linear',
      segments: 8,
    });
    if (!optimised.ok) throw new Error('the fixture budget must be feasible');
    routes['POST /api/v1/plans/p1/optimiser'] = (body) => {
      const request = body as { saveAsScenario?: { key: string } };
      return {
        body: request.saveAsScenario
          ? { ...optimised, scenario: { id: 'sc9', key: request.saveAsScenario.key } }
          : optimised,
      };
    };
    renderBudget();

    fireEvent.click(await screen.findByRole('tab', { name: 'Optimiseur' }));
    const form = await screen.findByRole('form', { name: 'Paramètres de l’optimiseur' });
    fireEvent.change(within(form).getByLabelText('Modèle de rendement'), { target: { value: 'linear' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lancer l’optimiseur' }));

    await waitFor(() => expect(sent('POST', '/plans/p1/optimiser')).toHaveLength(1));
    expect(sent('POST', '/plans/p1/optimiser')[0]).toEqual({ response: 'linear', segments: 8 });
    const table = await screen.findByRole('table', { name: 'Allocation actuelle et optimisée' });
    // Each line: current, optimised, difference, and the expected return of each (amount × ROI).
    for (const line of optimised.lines) {
      const roi = fullData.lines.find((candidate) => candidate.key === line.key)?.expectedRoi ?? 0;
      const euros = (cents: number) => nbsp(new Intl.NumberFormat('fr-FR').format(cents / 100)) + ' €';
      const sign = line.change > 0 ? '+' : '';
      expect(rowTexts(table, line.label).map(nbsp)).toEqual([
        line.label,
        euros(line.plannedAmount),
        euros(line.amount),
        sign + euros(line.change),
        euros(line.plannedAmount * roi),
        euros(line.amount * roi),
      ]);
    }

    const apply = screen.getByRole('form', { name: 'Garder le résultat comme scénario' });
    expect((within(apply).getByLabelText(/^Nom du nouveau scénario/) as HTMLInputElement).value).toBe(
      'Optimisé — Linéaire (ROI constant)',
    );
    fireEvent.click(within(apply).getByRole('button', { name: 'Appliquer comme nouveau scénario' }));
    await waitFor(() => expect(sent('POST', '/plans/p1/optimiser')).toHaveLength(2));
    expect(sent('POST', '/plans/p1/optimiser')[1]).toEqual({
      response: 'linear',
      segments: 8,
      saveAsScenario: { key: 'optimise-lineaire-roi-constant', name: 'Optimisé — Linéaire (ROI constant)' },
    });
    expect(await within(apply).findByText(/Scénario « Optimisé — Linéaire \(ROI constant\) » créé/)).toBeTruthy();
  });

  it('shows why the optimiser finds no allocation', async () => {
    serve(fullData);
    const infeasible = await optimiseBudget({
      budget: fullData.settings,
      lines: factsOf(fullData).budgetLines.map((line) => ({ ...line, minAmount: 1_000_000 })),
    });
    routes['POST /api/v1/plans/p1/optimiser'] = () => ({ body: infeasible });
    renderBudget();

    fireEvent.click(await screen.findByRole('tab', { name: 'Optimiseur' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Lancer l’optimiseur' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Optimisation impossible')).toBeTruthy();
    expect(nbsp(alert.textContent ?? '')).toMatch(
      /La somme des minimums des lignes \(30 000 €\) dépasse le montant allouable \(18 000 €/,
    );
  });

  it('refuses an out-of-range segment count before calling the server', async () => {
    serve(fullData);
    renderBudget();

    fireEvent.click(await screen.findByRole('tab', { name: 'Optimiseur' }));
    const form = await screen.findByRole('form', { name: 'Paramètres de l’optimiseur' });
    fireEvent.change(within(form).getByLabelText('Segments par ligne'), { target: { value: '100' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lancer l’optimiseur' }));
    expect(await within(form).findByText('Saisissez un nombre entier entre 2 et 64.')).toBeTruthy();
    expect(sent('POST', '/plans/p1/optimiser')).toEqual([]);
  });

  it('deletes a line after confirmation', async () => {
    serve(fullData);
    routes['DELETE /api/v1/plans/p1/budget-lines/l3'] = () => ({ status: 204 });
    renderBudget();

    fireEvent.click(await screen.findByRole('button', { name: 'Supprimer la ligne « Outil d’emailing »' }));
    const confirm = await screen.findByRole('dialog');
    expect(within(confirm).getByText(/Ses dépenses et ses montants dans les scénarios/)).toBeTruthy();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Supprimer' }));
    await waitFor(() => expect(sent('DELETE', '/plans/p1/budget-lines/l3')).toHaveLength(1));
  });

  it('shows a viewer the budget without any edit control', async () => {
    serve(fullData);
    renderBudget('viewer');

    expect(await screen.findByRole('table', { name: 'Lignes budgétaires' })).toBeTruthy();
    expect(screen.getByText(/Lecture seule/)).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Enveloppe du budget' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ajouter une ligne budgétaire' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Modifier|^Supprimer/ })).toBeNull();
    // Spending can be read, not changed.
    fireEvent.click(screen.getByRole('button', { name: /^Dépenses de « Rédaction d’articles »/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('table')).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: /Ajouter|Modifier|Supprimer/ })).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Fermer' }));

    fireEvent.click(screen.getByRole('tab', { name: 'Scénarios' }));
    expect(await screen.findByRole('table', { name: 'Scénarios du plan' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Nouveau scénario' })).toBeNull();
  });

  it('brings the line or scenario named in the link into view', async () => {
    serve(fullData);
    const first = renderBudget('editor', '#entity-bl-email');
    await waitFor(() => expect(document.activeElement?.id).toBe('entity-bl-email'));
    first.unmount();

    renderBudget('editor', '#entity-plus-emailing');
    expect((await screen.findByRole('tab', { name: 'Scénarios' })).getAttribute('aria-selected')).toBe('true');
    await waitFor(() => expect(document.activeElement?.id).toBe('entity-plus-emailing'));
  });

  it('renders only a window of the rows of a large budget', async () => {
    const many = Array.from({ length: 400 }, (_, index) => ({
      ...fullData.lines[index % 3]!,
      id: `l${index}`,
      key: `ligne-${index}`,
      label: `Ligne ${index}`,
    }));
    serve({ ...fullData, lines: many, entries: [], scenarios: [], allocations: [] });
    // happy-dom lays nothing out: give the scrolling box the height a browser would.
    const height = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(640);
    renderBudget();
    onTestFinished(() => height.mockRestore());

    const table = await screen.findByRole('table', { name: 'Lignes budgétaires' });
    expect(table.getAttribute('aria-rowcount')).toBe('401');
    const rendered = within(table).getAllByRole('rowheader').length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(100);
  });

  it('says when the budget cannot be loaded, and retries', async () => {
    serve(fullData);
    routes['GET /api/v1/plans/p1/budget-summary'] = () => ({ status: 500, body: { title: 'Boom', status: 500 } });
    renderBudget();

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Impossible de charger le budget.')).toBeTruthy();
    serve(fullData);
    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('table', { name: 'Lignes budgétaires' })).toBeTruthy();
  });

  it('speaks English, with amounts in the plan’s currency', async () => {
    await i18n.changeLanguage('en');
    serve(fullData);
    renderBudget();

    const envelope = await screen.findByRole('region', { name: 'Envelope and reserve' });
    expect(
      within(envelope)
        .getAllByRole('definition')
        .map((dd) => dd.textContent),
    ).toEqual(['€20,000', '€2,000', '€18,000', '€17,000', '€1,000']);
    expect(screen.getByText('Contingency reserve (10%)')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Budget lines' });
    expect(rowTexts(table, 'Rédaction d’articles').slice(1, 4)).toEqual([
      'Content creation',
      'Marketing de contenu › Articles de blog',
      '€10,000',
    ]);
    fireEvent.click(screen.getByRole('tab', { name: 'Allocation' }));
    fireEvent.click(await screen.findByRole('radio', { name: 'Month' }));
    expect(await screen.findByRole('table', { name: 'Spending by month' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'January 2026' })).toBeTruthy();
  });
});
