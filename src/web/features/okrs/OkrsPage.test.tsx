// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type {
  CheckInEntity,
  KeyResultEntity,
  ObjectiveEntity,
  OkrObjectiveEntity,
  PersonEntity,
} from '../../../contract/entity-types.js';
import type { OkrReport } from '../../../core/okr/index.js';
import type { Role } from '../../api/types';
import i18n from '../../i18n';
import { listPage, renderPlanPage, serveRoutes, setUpPageTests, stubFetch, type FakeRoute } from '../../test-utils';
import { OkrsPage } from './OkrsPage';

const stamp = { version: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };

const person: PersonEntity = {
  id: 'person1',
  key: 'claire',
  position: 0,
  name: 'Claire Martin',
  email: null,
  jobTitle: 'Responsable marketing',
  weeklyCapacityHours: 35,
  ...stamp,
};

const smartObjective: ObjectiveEntity = {
  id: 'obj1',
  key: 'trafic-organique',
  position: 0,
  title: 'Trafic organique +30 %',
  description: null,
  type: 'acquisition',
  metric: null,
  unit: null,
  baseline: null,
  target: null,
  startDate: null,
  deadline: null,
  businessGoalIds: [],
  ...stamp,
};

const okr: OkrObjectiveEntity = {
  id: 'okr1',
  key: 'marque-preferee',
  position: 0,
  title: 'Devenir la marque préférée des jeunes adultes',
  description: null,
  periodStart: '2026-01-01',
  periodEnd: '2026-03-31',
  ownerId: 'person1',
  objectiveId: 'obj1',
  ...stamp,
};

const traffic: KeyResultEntity = {
  id: 'kr1',
  key: 'trafic-site',
  position: 0,
  title: 'Augmenter le trafic du site de 40 %',
  metric: 'Visites',
  unit: 'visites',
  startValue: 10_000,
  targetValue: 14_000,
  currentValue: null,
  weight: 2,
  okrObjectiveId: 'okr1',
  ...stamp,
};

const mentions: KeyResultEntity = {
  ...traffic,
  id: 'kr2',
  key: 'mentions-blogs',
  title: 'Obtenir 100 mentions dans des blogs',
  metric: 'Mentions',
  unit: null,
  startValue: 0,
  targetValue: 100,
  weight: 1,
};

const checkIns: CheckInEntity[] = [
  {
    id: 'c1',
    position: 0,
    date: '2026-01-15',
    value: 11_000,
    confidence: 0.5,
    note: null,
    keyResultId: 'kr1',
    ...stamp,
  },
  {
    id: 'c2',
    position: 1,
    date: '2026-02-15',
    value: 11_200,
    confidence: 0.7,
    note: 'Campagne lancée',
    keyResultId: 'kr1',
    ...stamp,
  },
];

/** Scores as the engine sends them: the KPI-based value is one the page could not compute itself. */
const report: OkrReport = {
  okrObjective: 'marque-preferee',
  score: 0.61,
  grade: 'yellow',
  onTarget: false,
  keyResults: [
    {
      keyResult: 'trafic-site',
      okrObjective: 'marque-preferee',
      weight: 2,
      value: 11_680,
      origin: { kind: 'kpi', kpi: 'visites-organiques', date: '2026-02-20', readings: 1 },
      progress: 0.42,
      score: 0.42,
      grade: 'yellow',
      confidence: {
        latest: 0.7,
        latestDate: '2026-02-15',
        direction: 'rising',
        slopePerDay: 0.006,
        checkIns: 2,
      },
    },
    {
      keyResult: 'mentions-blogs',
      okrObjective: 'marque-preferee',
      weight: 1,
      value: 99,
      origin: { kind: 'startValue' },
      progress: 0.99,
      score: 0.99,
      grade: 'green',
      confidence: null,
    },
  ],
};

const fetchMock = stubFetch();
let routes: Record<string, FakeRoute> = {};

interface Data {
  okrs: OkrObjectiveEntity[];
  keyResults?: KeyResultEntity[];
  checkIns?: CheckInEntity[];
  reports?: OkrReport[];
}

function serve(data: Data) {
  routes = serveRoutes(fetchMock, {
    'GET /api/v1/plans/p1/okr-objectives': () => ({ body: listPage(data.okrs) }),
    'GET /api/v1/plans/p1/key-results': () => ({ body: listPage(data.keyResults ?? []) }),
    'GET /api/v1/plans/p1/check-ins': () => ({ body: listPage(data.checkIns ?? []) }),
    'GET /api/v1/plans/p1/objectives': () => ({ body: listPage([smartObjective]) }),
    'GET /api/v1/workspaces/ws1/people': () => ({ body: listPage([person]) }),
    'GET /api/v1/plans/p1/okr-scores': () => ({ body: { items: data.reports ?? [] } }),
  });
}

function renderOkrs(role?: Role) {
  return renderPlanPage(<OkrsPage />, 'okrs', { role });
}

const full: Data = { okrs: [okr], keyResults: [traffic, mentions], checkIns, reports: [report] };

async function keyResultItem(title: string) {
  return (await screen.findByText(title)).closest('li') as HTMLElement;
}

setUpPageTests({ today: new Date(2026, 2, 1, 10, 0) });

describe('OkrsPage', () => {
  it('shows each key result’s score, value and confidence from the engine’s report', async () => {
    serve(full);
    renderOkrs();

    const card = (await screen.findByRole('article', { name: okr.title })) as HTMLElement;
    expect(card.id).toBe('entity-marque-preferee');
    expect(within(card).getByText('Score 0,61 · à surveiller')).toBeTruthy();
    expect(within(card).getByText('Responsable : Claire Martin')).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Trafic organique +30 %' }).getAttribute('href')).toBe(
      '/w/ws1/p/p1/objectives#entity-trafic-organique',
    );

    const trafficItem = await keyResultItem(traffic.title);
    expect(trafficItem.id).toBe('entity-trafic-site');
    expect(within(trafficItem).getByText('0,42 · à surveiller')).toBeTruthy();
    expect(within(trafficItem).getByRole('progressbar', { name: `Progression de « ${traffic.title} »` })).toBeTruthy();
    expect(
      within(trafficItem).getByText(/^Valeur : 11\s680 visites \(départ 10\s000 visites, cible 14\s000 visites\)/),
    ).toBeTruthy();
    expect(within(trafficItem).getByText(/d’après le KPI « visites-organiques » au 20 févr\. 2026/)).toBeTruthy();
    expect(within(trafficItem).getByText(/^Confiance : 70\s%\s\(en hausse\)$/)).toBeTruthy();
    expect(within(trafficItem).getByText(/^Poids 2 \(67\s%\)$/)).toBeTruthy();
    // Latest check-in first, with its note.
    const lines = within(trafficItem)
      .getAllByText(/visites · confiance/)
      .map((line) => line.textContent);
    expect(lines[0]).toMatch(/^15 févr\. 2026 11\s200 visites · confiance 70\s% — Campagne lancée$/);
    expect(lines[1]).toMatch(/^15 janv\. 2026 11\s000 visites · confiance 50\s%$/);

    const mentionsItem = await keyResultItem(mentions.title);
    expect(within(mentionsItem).getByText('0,99 · dans la cible')).toBeTruthy();
    expect(within(mentionsItem).getByText('Aucun point d’étape.')).toBeTruthy();
  });

  it('adds a check-in dated today by default, sending the confidence as 0–1', async () => {
    serve(full);
    let posted: unknown;
    routes['POST /api/v1/plans/p1/check-ins'] = (body) => {
      posted = body;
      return { status: 201, body: { ...checkIns[0], id: 'c3' } };
    };
    renderOkrs();

    const item = await keyResultItem(traffic.title);
    fireEvent.click(within(item).getByRole('button', { name: 'Ajouter un point d’étape' }));
    const dialog = await screen.findByRole('dialog');
    expect((within(dialog).getByLabelText(/^Date/) as HTMLInputElement).value).toBe('2026-03-01');
    fireEvent.change(within(dialog).getByLabelText(/^Valeur/), { target: { value: '12500' } });
    fireEvent.change(within(dialog).getByLabelText('Confiance (%)'), { target: { value: '65' } });
    fireEvent.change(within(dialog).getByLabelText('Note'), { target: { value: 'Bon mois' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(posted).toBeDefined());
    expect(posted).toEqual({
      keyResultId: 'kr1',
      date: '2026-03-01',
      value: 12500,
      confidence: 0.65,
      note: 'Bon mois',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('refuses a confidence above 100 % before calling the server', async () => {
    serve(full);
    renderOkrs();

    const item = await keyResultItem(traffic.title);
    fireEvent.click(within(item).getByRole('button', { name: 'Ajouter un point d’étape' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/^Valeur/), { target: { value: '12500' } });
    fireEvent.change(within(dialog).getByLabelText('Confiance (%)'), { target: { value: '150' } });
    fireEvent.submit(within(dialog).getByLabelText('Note').closest('form') as HTMLFormElement);

    expect(await within(dialog).findByText('Saisissez un pourcentage entre 0 et 100.')).toBeTruthy();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });

  it('adds a key result with its weight', async () => {
    serve(full);
    let posted: unknown;
    routes['POST /api/v1/plans/p1/key-results'] = (body) => {
      posted = body;
      return { status: 201, body: { ...mentions, id: 'kr3', key: 'engagement' } };
    };
    renderOkrs();

    const card = (await screen.findByRole('article', { name: okr.title })) as HTMLElement;
    fireEvent.click(within(card).getByRole('button', { name: 'Ajouter un résultat clé' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/^Intitulé/), {
      target: { value: 'Augmenter le taux d’engagement sur Instagram de 25 %' },
    });
    fireEvent.change(within(dialog).getByLabelText('Valeur de départ'), { target: { value: '4' } });
    fireEvent.change(within(dialog).getByLabelText(/^Cible/), { target: { value: '5' } });
    fireEvent.change(within(dialog).getByLabelText('Poids'), { target: { value: '3' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(posted).toBeDefined());
    expect(posted).toEqual({
      okrObjectiveId: 'okr1',
      title: 'Augmenter le taux d’engagement sur Instagram de 25 %',
      metric: null,
      unit: null,
      startValue: 4,
      targetValue: 5,
      currentValue: null,
      weight: 3,
    });
  });

  it('explains OKRs when there is none, and shows a server error on the right field of a new OKR', async () => {
    serve({ okrs: [] });
    routes['POST /api/v1/plans/p1/okr-objectives'] = () => ({
      status: 400,
      body: {
        title: 'Bad Request',
        status: 400,
        code: 'validation_failed',
        errors: [{ path: '/body/periodEnd', message: 'Date attendue au format AAAA-MM-JJ', code: 'invalid_format' }],
      },
    });
    renderOkrs();

    expect(await screen.findByRole('heading', { name: 'Aucun OKR pour l’instant' })).toBeTruthy();
    expect(screen.getByText(/prolongent vos objectifs SMART/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter un OKR' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/^Intitulé/), { target: { value: 'Conquérir la Belgique' } });
    fireEvent.change(within(dialog).getByLabelText('Responsable'), { target: { value: 'person1' } });
    fireEvent.change(within(dialog).getByLabelText('Objectif SMART lié'), { target: { value: 'obj1' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    expect(await within(dialog).findByText('Date attendue au format AAAA-MM-JJ')).toBeTruthy();
    expect(within(dialog).getByLabelText('Fin de la période').getAttribute('aria-invalid')).toBe('true');
    expect(
      within(dialog)
        .getByLabelText(/^Intitulé/)
        .getAttribute('aria-invalid'),
    ).not.toBe('true');
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({
      title: 'Conquérir la Belgique',
      description: null,
      periodStart: null,
      periodEnd: null,
      ownerId: 'person1',
      objectiveId: 'obj1',
    });
  });

  it('deletes a key result after confirmation', async () => {
    serve(full);
    routes['DELETE /api/v1/plans/p1/key-results/kr2'] = () => ({ status: 204 });
    renderOkrs();

    fireEvent.click(await screen.findByRole('button', { name: `Supprimer le résultat clé « ${mentions.title} »` }));
    const confirm = await screen.findByRole('dialog');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Supprimer' }));
    await waitFor(() =>
      expect(
        fetchMock.mock.calls.some(
          ([input, init]) => init?.method === 'DELETE' && String(input) === '/api/v1/plans/p1/key-results/kr2',
        ),
      ).toBe(true),
    );
  });

  it('shows a viewer the scores and no control', async () => {
    serve(full);
    renderOkrs('viewer');

    const card = (await screen.findByRole('article', { name: okr.title })) as HTMLElement;
    expect(await within(card).findByText('0,42 · à surveiller')).toBeTruthy();
    expect(screen.queryAllByRole('button').map((button) => button.textContent)).toEqual(['Pourquoi et comment ?']);
  });

  it('speaks English', async () => {
    await i18n.changeLanguage('en');
    serve(full);
    renderOkrs();

    const item = await keyResultItem(traffic.title);
    expect(within(item).getByText('0.42 · to watch')).toBeTruthy();
    expect(within(item).getByText(/^Confidence: 70% \(rising\)$/)).toBeTruthy();
    fireEvent.click(within(item).getByRole('button', { name: 'Add a check-in' }));
    const dialog = await screen.findByRole('dialog');
    for (const label of [/^Date/, /^Value/, 'Confidence (%)', 'Note']) {
      expect(within(dialog).getByLabelText(label)).toBeTruthy();
    }
  });
});
