import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import i18n from './index';
import { refusalText } from './format';

const t = i18n.getFixedT('fr');
const refusal = (language: string, errors: { path: string; message: string; code?: string }[], detail?: string) =>
  new ApiError({ status: 400, title: 'Bad request', detail, errors, language });

describe('refusalText', () => {
  it.each([
    [
      'the server’s own words when it wrote in the interface’s language',
      refusal('fr', [{ path: 'x', message: 'Trop tard' }]),
      'Trop tard',
    ],
    [
      'a translation of the reason code otherwise',
      refusal('en', [{ path: 'dueDate', message: 'Before the start date (2027-05-10)', code: 'end_before_start' }]),
      'La fin tombe avant le début.',
    ],
    [
      'the generic refusal for a code it cannot translate',
      refusal('en', [{ path: 'x', message: 'Nope', code: 'odd' }]),
      i18n.t('form.rejected', { lng: 'fr' }),
    ],
    ['the detail when no field is named', refusal('fr-FR', [], 'Plan archivé'), 'Plan archivé'],
    [
      'the status message when the detail is in another language',
      refusal('en', [], 'Archived plan'),
      i18n.t('errors.badRequest', { lng: 'fr' }),
    ],
    ['a message for something that is not an API error', new Error('boom'), i18n.t('errors.generic', { lng: 'fr' })],
  ])('gives %s', (_, error, expected) => {
    expect(refusalText(t, error, 'fr')).toBe(expected);
  });

  it('says each distinct reason once', () => {
    const twice = refusal('fr', [
      { path: 'a', message: 'Déjà pris' },
      { path: 'b', message: 'Déjà pris' },
    ]);
    expect(refusalText(t, twice, 'fr')).toBe('Déjà pris');
  });
});
