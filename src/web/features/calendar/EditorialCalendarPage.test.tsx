// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ActionEntity, ContentItemEntity, PersonaEntity, PersonEntity } from '../../../contract/entity-types.js';
import type { Role } from '../../api/types';
import i18n from '../../i18n';
import { jsonResponse, listPage, renderPlanPage, setUpPageTests, stubFetch } from '../../test-utils';
import { EditorialCalendarPage } from './EditorialCalendarPage';

const stamp = { createdAt: '2026-01-05T09:00:00Z', updatedAt: '2026-01-05T09:00:00Z' };

const persona = (id: string, key: string, name: string): PersonaEntity => ({
  id,
  key,
  position: 0,
  name,
  summary: null,
  ageRange: null,
  gender: null,
  income: null,
  location: null,
  occupation: null,
  lifestyle: null,
  values: [],
  interests: [],
  motivations: [],
  painPoints: [],
  preferredChannels: [],
  sources: [],
  version: 1,
  ...stamp,
});
const marie = persona('pe1', 'marie', 'Marie, citadine bio');
const paul = persona('pe2', 'paul', 'Paul, jeune actif');

const seoAction: ActionEntity = {
  id: 'a1',
  key: 'articles-seo',
  position: 0,
  title: 'Publier deux articles SEO par mois',
  description: null,
  status: 'in_progress',
  priority: 'high',
  startDate: '2026-01-01',
  dueDate: '2026-06-30',
  isMilestone: false,
  estimatedCost: null,
  effortHours: null,
  tacticId: 't1',
  version: 1,
  ...stamp,
};

const claire: PersonEntity = {
  id: 'person1',
  key: 'claire',
  position: 0,
  name: 'Claire Martin',
  email: null,
  jobTitle: null,
  weeklyCapacityHours: 35,
  version: 1,
  ...stamp,
};

let position = 0;
const content = (id: string, title: string, changes: Partial<ContentItemEntity> = {}): ContentItemEntity => ({
  id,
  key: id,
  position: position++,
  title,
  channel: null,
  format: null,
  status: 'idea',
  publishDate: null,
  notes: null,
  actionId: null,
  personaId: null,
  ownerId: null,
  version: 1,
  ...stamp,
  ...changes,
});

const article = content('c1', '5 astuces pour une peau éclatante', {
  channel: 'Blog',
  format: 'Article',
  status: 'draft',
  publishDate: '2026-03-10',
  personaId: 'pe1',
  actionId: 'a1',
  ownerId: 'person1',
  version: 3,
});
const carousel = content('c2', 'Routine du soir en carrousel', {
  channel: 'Instagram',
  status: 'scheduled',
  publishDate: '2026-03-10',
  personaId: 'pe2',
});
const newsletter = content('c3', 'Newsletter de mars', {
  channel: 'newsletter',
  status: 'review',
  publishDate: '2026-03-20',
  personaId: 'pe1',
});
const idea = content('c4', 'Vidéo dans les coulisses du labo', { channel: 'YouTube' });
const february = content('c5', 'Bilan des soldes', { channel: 'Blog', publishDate: '2026-02-10' });
const april = content('c6', 'Lancement de la gamme été', { channel: 'Blog', publishDate: '2026-04-15' });
const board = [article, carousel, newsletter, idea, february, april];

const fetchMock = stubFetch();

interface Serve {
  items?: ContentItemEntity[];
  /** Answers a PATCH instead of saving it (a refusal, say). */
  patch?: (body: Record<string, unknown>) => Response;
  failItems?: boolean;
}

/** A stateful fake API: PATCH and POST change what the next GET lists. */
function serve({ items: initial = board, patch, failItems = false }: Serve = {}) {
  let items = [...initial];
  fetchMock.mockImplementation(async (input, init) => {
    const url = String(input).split('?')[0] ?? '';
    const method = init?.method ?? 'GET';
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : {};
    if (method === 'GET' && url === '/api/v1/plans/p1/content-items')
      return failItems
        ? jsonResponse({ title: 'Internal Server Error', status: 500 }, 500)
        : jsonResponse(listPage(items));
    if (method === 'GET' && url === '/api/v1/plans/p1/actions') return jsonResponse(listPage([seoAction]));
    if (method === 'GET' && url === '/api/v1/plans/p1/personas') return jsonResponse(listPage([marie, paul]));
    if (method === 'GET' && url === '/api/v1/workspaces/ws1/people') return jsonResponse(listPage([claire]));
    const one = /^\/api\/v1\/plans\/p1\/content-items\/(\w+)$/.exec(url);
    if (method === 'PATCH' && one) {
      if (patch) return patch(body);
      const item = items.find((candidate) => candidate.id === one[1]);
      if (!item) return jsonResponse({ title: 'Not Found', status: 404 }, 404);
      const saved = { ...item, ...body, version: item.version + 1 } as ContentItemEntity;
      items = items.map((candidate) => (candidate.id === saved.id ? saved : candidate));
      return jsonResponse(saved);
    }
    if (method === 'POST' && url === '/api/v1/plans/p1/content-items') {
      const created = content('new', String(body.title), body as Partial<ContentItemEntity>);
      items = [...items, created];
      return jsonResponse(created, 201);
    }
    if (method === 'DELETE' && one) {
      items = items.filter((candidate) => candidate.id !== one[1]);
      return jsonResponse(undefined, 204);
    }
    return jsonResponse({ title: 'Not Found', status: 404 }, 404);
  });
}

/** `suffix`: a query or a hash after the calendar's path. */
function renderCalendar(role?: Role, suffix = '') {
  return renderPlanPage(<EditorialCalendarPage />, 'calendar', { role, suffix });
}

/** The cards listed in a day cell, by title. */
const titleOf = (card: HTMLElement) => document.getElementById(card.getAttribute('aria-labelledby') ?? '')?.textContent;
const dayTitles = (name: string) => within(screen.getByRole('list', { name })).getAllByRole('article').map(titleOf);
const card = (title: string) => screen.getByRole('article', { name: title });
const requests = (method: string) =>
  fetchMock.mock.calls
    .filter(([, init]) => (init?.method ?? 'GET') === method)
    .map(([url, init]) => ({ url: String(url), body: init?.body ? JSON.parse(String(init.body)) : undefined }));
const menuItem = (name: string) => screen.findByRole('menuitem', { name, hidden: true });

setUpPageTests({ today: new Date(2026, 2, 1, 10, 0) });

describe('EditorialCalendarPage', () => {
  it('shows this month’s items by day, linked to their action and persona, and the undated ones apart', async () => {
    serve();
    renderCalendar();

    expect(await screen.findByRole('heading', { name: 'Mars 2026' })).toBeTruthy();
    const grid = screen.getByRole('table', { name: 'Calendrier du mois' });
    // Monday first; March 2026 starts on a Sunday, so its grid starts on Monday 23 February (week 9).
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Semaine', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);
    expect(
      within(grid)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual([9, 10, 11, 12, 13, 14].map((week) => `S${week}Semaine ${week}`));
    expect(dayTitles('mardi 10 mars 2026')).toEqual([article.title, carousel.title]);
    expect(dayTitles('vendredi 20 mars 2026')).toEqual([newsletter.title]);
    expect(screen.getByText('3 contenus sur la période')).toBeTruthy();
    expect(screen.queryByRole('article', { name: february.title })).toBeNull();
    expect(screen.queryByRole('article', { name: april.title })).toBeNull();

    const articleCard = card(article.title);
    expect(articleCard.id).toBe('entity-c1');
    expect(within(articleCard).getByText('Brouillon')).toBeTruthy();
    expect(within(articleCard).getByText('Blog')).toBeTruthy();
    expect(within(articleCard).getByRole('link', { name: seoAction.title }).getAttribute('href')).toBe(
      '/w/ws1/p/p1/actions#entity-articles-seo',
    );
    expect(within(articleCard).getByRole('link', { name: marie.name }).getAttribute('href')).toBe(
      '/w/ws1/p/p1/personas#entity-marie',
    );
    expect(document.querySelector('[aria-current="date"]')?.closest('td')?.dataset.day).toBe('2026-03-01');

    const tray = screen.getByRole('region', { name: 'Sans date de publication (1)' });
    expect(within(tray).getByRole('article', { name: idea.title })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /Mois suivant/ }));
    expect(await screen.findByRole('heading', { name: 'Avril 2026' })).toBeTruthy();
    expect(dayTitles('mercredi 15 avril 2026')).toEqual([april.title]);
    fireEvent.click(screen.getByRole('button', { name: 'Aujourd’hui' }));
    expect(await screen.findByRole('heading', { name: 'Mars 2026' })).toBeTruthy();
  });

  it('shows a week in seven columns, Monday to Sunday', async () => {
    serve();
    renderCalendar('editor', '?view=week&date=2026-03-12');

    expect(await screen.findByRole('heading', { name: /^Semaine 11 · 9/ })).toBeTruthy();
    const grid = screen.getByRole('table', { name: 'Calendrier de la semaine' });
    expect(within(grid).getAllByRole('columnheader')).toHaveLength(7);
    expect(within(grid).getAllByRole('columnheader')[0]!.textContent).toMatch(/^lun\.? 9 mars$/);
    expect(dayTitles('mardi 10 mars 2026')).toEqual([article.title, carousel.title]);
    expect(screen.queryByRole('article', { name: newsletter.title })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: /Semaine suivante/ }));
    expect(await screen.findByRole('heading', { name: /^Semaine 12 · 16/ })).toBeTruthy();
    expect(dayTitles('vendredi 20 mars 2026')).toEqual([newsletter.title]);
    fireEvent.click(screen.getByRole('radio', { name: 'Mois' }));
    expect(await screen.findByRole('heading', { name: 'Mars 2026' })).toBeTruthy();
  });

  it('filters by channel, persona and status together, lists the active filters and clears them', async () => {
    serve();
    renderCalendar();
    await screen.findByRole('article', { name: article.title });
    const visible = () => screen.getAllByRole('article').map(titleOf).sort();

    fireEvent.change(screen.getByLabelText('Persona'), { target: { value: 'marie' } });
    await waitFor(() => expect(visible()).toEqual([article.title, newsletter.title].sort()));
    // Channels are typed freely: « newsletter » and « Newsletter » are one channel.
    fireEvent.change(screen.getByLabelText('Canal'), { target: { value: 'newsletter' } });
    await waitFor(() => expect(visible()).toEqual([newsletter.title]));
    const active = screen.getByRole('group', { name: 'Filtres actifs' });
    expect(within(active).getByText('Canal : newsletter')).toBeTruthy();
    expect(within(active).getByText('Persona : Marie, citadine bio')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Statut'), { target: { value: 'published' } });
    expect(await screen.findByText('Aucun contenu ne correspond à ces filtres.')).toBeTruthy();
    expect(screen.queryAllByRole('article')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Retirer le filtre « Statut : Publié »' }));
    fireEvent.click(screen.getByRole('button', { name: 'Retirer le filtre « Canal : newsletter »' }));
    await waitFor(() => expect(visible()).toEqual([article.title, newsletter.title].sort()));
    fireEvent.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    await waitFor(() =>
      expect(visible()).toEqual([article.title, carousel.title, newsletter.title, idea.title].sort()),
    );
    expect(screen.queryByRole('group', { name: 'Filtres actifs' })).toBeNull();
  });

  it('reads its filters from the URL', async () => {
    serve();
    renderCalendar('editor', '?status=scheduled&date=2026-03-15');

    expect(await screen.findByRole('article', { name: carousel.title })).toBeTruthy();
    expect(screen.queryByRole('article', { name: article.title })).toBeNull();
    expect((screen.getByLabelText('Statut') as HTMLSelectElement).value).toBe('scheduled');
    expect(screen.getByText('Statut : Programmé')).toBeTruthy();
  });

  it('moves an item a day later with Alt + right arrow, sending the version read, and says so', async () => {
    serve();
    renderCalendar();

    const articleCard = await screen.findByRole('article', { name: article.title });
    articleCard.focus();
    fireEvent.keyDown(articleCard, { key: 'ArrowRight', altKey: true });

    await waitFor(() => expect(requests('PATCH')).toHaveLength(1));
    expect(requests('PATCH')[0]).toEqual({
      url: '/api/v1/plans/p1/content-items/c1',
      body: { version: 3, publishDate: '2026-03-11' },
    });
    expect(dayTitles('mercredi 11 mars 2026')).toEqual([article.title]);
    expect(dayTitles('mardi 10 mars 2026')).toEqual([carousel.title]);
    expect(screen.getByText(`« ${article.title} » déplacé au mercredi 11 mars 2026.`)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(card(article.title)));

    // A week later, with the version the first move returned.
    fireEvent.keyDown(card(article.title), { key: 'ArrowDown', altKey: true });
    await waitFor(() => expect(requests('PATCH')).toHaveLength(2));
    expect(requests('PATCH')[1]!.body).toEqual({ version: 4, publishDate: '2026-03-18' });
    expect(await screen.findByRole('list', { name: 'mercredi 18 mars 2026' })).toBeTruthy();
  });

  it('puts the item back and shows the server’s reason when the move is refused', async () => {
    serve({
      patch: () =>
        jsonResponse(
          {
            title: 'Unprocessable Content',
            status: 422,
            errors: [{ path: 'publishDate', message: 'La date de publication sort de la période de l’action.' }],
          },
          422,
          'fr',
        ),
    });
    renderCalendar();

    const articleCard = await screen.findByRole('article', { name: article.title });
    fireEvent.keyDown(articleCard, { key: 'ArrowLeft', altKey: true });

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(`« ${article.title} » n’a pas été déplacé`)).toBeTruthy();
    expect(within(alert).getByText('La date de publication sort de la période de l’action.')).toBeTruthy();
    await waitFor(() => expect(dayTitles('mardi 10 mars 2026')).toEqual([article.title, carousel.title]));
    expect(screen.queryByRole('list', { name: 'lundi 9 mars 2026' })).toBeNull();
    expect(screen.getByText(/Le déplacement de « 5 astuces pour une peau éclatante » a été refusé/)).toBeTruthy();
  });

  it('offers to reload when someone else changed the item (409)', async () => {
    serve({
      patch: () =>
        jsonResponse(
          {
            title: 'Edit conflict',
            status: 409,
            code: 'version_conflict',
            errors: [{ path: 'version', message: 'x' }],
          },
          409,
        ),
    });
    renderCalendar();

    fireEvent.keyDown(await screen.findByRole('article', { name: article.title }), { key: 'ArrowUp', altKey: true });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/Quelqu’un a modifié ce contenu entre-temps/)).toBeTruthy();
    const before = requests('GET').filter((r) => r.url.includes('content-items')).length;
    fireEvent.click(within(alert).getByRole('button', { name: 'Recharger le calendrier' }));
    await waitFor(() =>
      expect(requests('GET').filter((r) => r.url.includes('content-items')).length).toBeGreaterThan(before),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('reschedules by drag and drop, and removes the date when dropped on the tray', async () => {
    serve();
    renderCalendar();

    const carouselCard = await screen.findByRole('article', { name: carousel.title });
    const dataTransfer = { setData: vi.fn(), getData: () => '', effectAllowed: 'all', dropEffect: 'none' };
    const target = document.querySelector('td[data-day="2026-03-05"]') as HTMLElement;
    fireEvent.dragStart(carouselCard, { dataTransfer });
    fireEvent.dragOver(target, { dataTransfer });
    fireEvent.drop(target, { dataTransfer });
    await waitFor(() => expect(requests('PATCH')).toHaveLength(1));
    expect(requests('PATCH')[0]!.body).toEqual({ version: 1, publishDate: '2026-03-05' });
    expect(dayTitles('jeudi 5 mars 2026')).toEqual([carousel.title]);

    const tray = screen.getByRole('region', { name: /^Sans date de publication/ });
    fireEvent.dragStart(card(article.title), { dataTransfer });
    fireEvent.dragOver(tray, { dataTransfer });
    fireEvent.drop(tray, { dataTransfer });
    await waitFor(() => expect(requests('PATCH')).toHaveLength(2));
    expect(requests('PATCH')[1]!.body).toEqual({ version: 3, publishDate: null });
    expect(await within(tray).findByRole('article', { name: article.title })).toBeTruthy();
  });

  it('moves an item to a typed date from its menu, and shows that month', async () => {
    serve();
    renderCalendar();

    await screen.findByRole('article', { name: newsletter.title });
    fireEvent.click(screen.getByRole('button', { name: `Actions pour « ${newsletter.title} »` }));
    fireEvent.click(await menuItem('Déplacer…'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Date actuelle : vendredi 20 mars 2026.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/Nouvelle date de publication/), {
      target: { value: '2026-04-08' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Déplacer' }));

    await waitFor(() => expect(requests('PATCH')).toHaveLength(1));
    expect(requests('PATCH')[0]!.body).toEqual({ version: 1, publishDate: '2026-04-08' });
    expect(await screen.findByRole('heading', { name: 'Avril 2026' })).toBeTruthy();
    expect(dayTitles('mercredi 8 avril 2026')).toEqual([newsletter.title]);
  });

  it('removes the publish date from the menu, which puts the item in the tray', async () => {
    serve();
    renderCalendar();

    await screen.findByRole('article', { name: carousel.title });
    fireEvent.click(screen.getByRole('button', { name: `Actions pour « ${carousel.title} »` }));
    fireEvent.click(await menuItem('Retirer la date de publication'));
    await waitFor(() => expect(requests('PATCH')).toHaveLength(1));
    expect(requests('PATCH')[0]!.body).toEqual({ version: 1, publishDate: null });
    const tray = screen.getByRole('region', { name: 'Sans date de publication (2)' });
    expect(within(tray).getByRole('article', { name: carousel.title })).toBeTruthy();
    expect(screen.getByText(`« ${carousel.title} » n’a plus de date de publication.`)).toBeTruthy();
  });

  it('creates an item on the day clicked', async () => {
    serve();
    renderCalendar();

    await screen.findByRole('article', { name: article.title });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter un contenu le jeudi 12 mars 2026' }));
    let dialog = await screen.findByRole('dialog', { name: 'Nouveau contenu' });
    expect((within(dialog).getByLabelText(/^Date de publication/) as HTMLInputElement).value).toBe('2026-03-12');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    // A click on the empty space of a day does the same.
    fireEvent.click(document.querySelector('td[data-day="2026-03-13"]') as HTMLElement);
    dialog = await screen.findByRole('dialog', { name: 'Nouveau contenu' });
    expect((within(dialog).getByLabelText(/^Date de publication/) as HTMLInputElement).value).toBe('2026-03-13');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(dialog).findByText('Ce champ est obligatoire.')).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText(/^Titre/), { target: { value: 'Témoignage client' } });
    fireEvent.change(within(dialog).getByLabelText('Canal'), { target: { value: 'LinkedIn' } });
    fireEvent.change(within(dialog).getByLabelText('Persona visé'), { target: { value: 'pe2' } });
    fireEvent.change(within(dialog).getByLabelText('Action du plan'), { target: { value: 'a1' } });
    fireEvent.change(within(dialog).getByLabelText('Statut'), { target: { value: 'draft' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(requests('POST')).toHaveLength(1));
    expect(requests('POST')[0]!.body).toEqual({
      title: 'Témoignage client',
      publishDate: '2026-03-13',
      status: 'draft',
      channel: 'LinkedIn',
      format: null,
      actionId: 'a1',
      personaId: 'pe2',
      ownerId: null,
      notes: null,
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByRole('article', { name: 'Témoignage client' })).toBeTruthy();
  });

  it('deletes an item after confirmation', async () => {
    serve();
    renderCalendar();

    await screen.findByRole('article', { name: carousel.title });
    fireEvent.click(screen.getByRole('button', { name: `Actions pour « ${carousel.title} »` }));
    fireEvent.click(await menuItem('Supprimer'));
    const confirm = await screen.findByRole('dialog');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Supprimer' }));
    await waitFor(() => expect(requests('DELETE').map((r) => r.url)).toEqual(['/api/v1/plans/p1/content-items/c2']));
    await waitFor(() => expect(screen.queryByRole('article', { name: carousel.title })).toBeNull());
  });

  it('folds a busy day into « +N autres », which opens its week', async () => {
    const busy = [1, 2, 3, 4, 5].map((n) => content(`b${n}`, `Post ${n}`, { publishDate: '2026-03-17' }));
    serve({ items: busy });
    renderCalendar();

    await screen.findByRole('article', { name: 'Post 1' });
    expect(dayTitles('mardi 17 mars 2026')).toEqual(['Post 1', 'Post 2', 'Post 3']);
    fireEvent.click(screen.getByRole('button', { name: 'Voir les 5 contenus du mardi 17 mars 2026 dans la semaine' }));
    expect(await screen.findByRole('table', { name: 'Calendrier de la semaine' })).toBeTruthy();
    expect(dayTitles('mardi 17 mars 2026')).toEqual(['Post 1', 'Post 2', 'Post 3', 'Post 4', 'Post 5']);
  });

  it('opens the month of the item a link names, and focuses it', async () => {
    serve();
    renderCalendar('editor', '#entity-c6');

    // The router applies the new month in a transition, outside the test's act(): poll cheaply for it.
    await waitFor(() => expect(document.getElementById('entity-c6')).toBeTruthy(), { timeout: 5000 });
    expect(screen.getByRole('heading', { name: 'Avril 2026' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(card(april.title)));
  });

  it('shows a viewer the calendar without any edit control', async () => {
    serve();
    renderCalendar('viewer');

    const articleCard = await screen.findByRole('article', { name: article.title });
    expect(screen.getByText(/Lecture seule/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Ajouter un contenu/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Actions pour/ })).toBeNull();
    expect(articleCard.getAttribute('draggable')).not.toBe('true');
    fireEvent.keyDown(articleCard, { key: 'ArrowRight', altKey: true });
    fireEvent.click(document.querySelector('td[data-day="2026-03-13"]') as HTMLElement);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(requests('PATCH')).toEqual([]);
    // Navigation and filters stay available.
    expect(screen.getByRole('button', { name: /Mois suivant/ })).toBeTruthy();
    expect(screen.getByLabelText('Canal')).toBeTruthy();
  });

  it('explains the editorial calendar when there is no content yet', async () => {
    serve({ items: [] });
    renderCalendar();

    expect(await screen.findByRole('heading', { name: 'Aucun contenu planifié' })).toBeTruthy();
    expect(screen.getByText(/le canal, le format, le persona visé et l’action du plan qu’il sert/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Planifier un premier contenu' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nouveau contenu' });
    expect((within(dialog).getByLabelText(/^Date de publication/) as HTMLInputElement).value).toBe('2026-03-01');
  });

  it('says when the calendar cannot be loaded, and retries', async () => {
    serve({ failItems: true });
    renderCalendar();

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Impossible de charger le calendrier éditorial.')).toBeTruthy();
    serve();
    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('article', { name: article.title })).toBeTruthy();
  });

  it('speaks English', async () => {
    await i18n.changeLanguage('en');
    serve();
    renderCalendar();

    expect(await screen.findByRole('heading', { name: 'March 2026' })).toBeTruthy();
    const grid = screen.getByRole('table', { name: 'Month calendar' });
    expect(within(grid).getAllByRole('columnheader')[1]!.textContent).toBe('Monday');
    expect(dayTitles('Tuesday, March 10, 2026')).toEqual([article.title, carousel.title]);
    expect(within(card(article.title)).getByText('Draft')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add content on Thursday, March 12, 2026' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'No publish date (1)' })).toBeTruthy();
    for (const label of ['Channel', 'Persona', 'Status']) expect(screen.getByLabelText(label)).toBeTruthy();
    fireEvent.keyDown(card(article.title), { key: 'ArrowRight', altKey: true });
    expect(await screen.findByText(`“${article.title}” moved to Wednesday, March 11, 2026.`)).toBeTruthy();
  });
});
