import { describe, expect, it } from 'vitest';
import type { Objective } from '../plan.js';
import { lintObjective } from './lint.js';
import type { SmartReport } from './types.js';

const context = { today: '2027-01-15', businessGoalKeys: new Set(['ca-plus-30', 'nouveau-marche']) };

function objective(title: string, fields: Partial<Objective> = {}): Objective {
  return { key: 'o', title, type: 'awareness', businessGoals: ['ca-plus-30'], ...fields };
}

/** Statuses as five letters in the order S M A R T: p = pass, w = warn, f = fail. */
function statuses(report: SmartReport): string {
  const { specific, measurable, achievable, relevant, timeBound } = report.criteria;
  return [specific, measurable, achievable, relevant, timeBound].map((c) => c.status[0]).join('');
}

describe('SMART lint of the text alone (only a business-goal link and a type)', () => {
  // Expected letters judged by reading each objective as the method does:
  // S fails with no countable indicator, or with a vague verb and no figure, and warns when
  //   neither channel/audience nor lever is given;
  // M passes with a figure; T passes with a written deadline; A passes (nothing to check it against).
  it.each([
    // French
    [
      'Augmenter le nombre de followers sur Instagram de 15 % au cours des trois prochains mois grâce à une campagne de contenu engageant',
      'ppppp',
    ],
    ['améliorer la notoriété de la marque', 'ffppf'],
    ['Développer notre présence sur les réseaux sociaux', 'ffppf'],
    ['Améliorer le taux de conversion du site', 'ffppf'],
    ['Améliorer le taux de conversion du site de 2 % à 3 % d’ici fin 2027', 'ppppp'],
    ["Générer 1 000 leads qualifiés d'ici le 30 juin 2027", 'wpppp'],
    ["Réduire le coût par lead de 10 % avant le 31/03/2027 grâce à l'optimisation des campagnes", 'ppppp'],
    ['Obtenir 100 mentions dans des blogs et magazines populaires auprès des jeunes adultes', 'ppppf'],
    ["Augmenter le taux d'engagement sur Instagram de 25 %", 'ppppf'],
    ['Atteindre 500 clients B2B fin 2027', 'ppppp'],
    ["Doubler les inscriptions à la newsletter d'ici l'été", 'ppppp'],
    ['Fidéliser nos clients', 'ffppf'],
    ['Passer de 8 000 à 9 200 followers Instagram au T1 2027', 'ppppp'],
    ['Lancer la nouvelle gamme', 'ffppf'],
    ['Augmenter les ventes de 20 % en 6 mois', 'wpppp'],
    ['Diviser par deux le taux de désabonnement de la newsletter d’ici 3 mois', 'ppppp'],
    ['Accroître la visibilité de la marque en Île-de-France', 'ffppf'],
    ['Publier 3 articles de blog par semaine', 'ppppf'],
    // English
    ['Improve brand awareness', 'ffppf'],
    ['Increase website traffic by 20% in Q2 through SEO', 'ppppp'],
    ['Reduce cost per lead by 10% by 2027-03-31', 'wpppp'],
    ['Grow our Instagram following', 'ffppf'],
    ['Boost newsletter sign-ups', 'ffppf'],
    ['Boost newsletter sign-ups by 30% within 90 days', 'ppppp'],
    ['Get 1,000 qualified leads from LinkedIn by June 30', 'ppppp'],
    ['Reach 2.5k subscribers on YouTube by the end of the year', 'ppppp'],
    ['Double online sales over the next six months', 'ppppp'],
    ['Raise NPS from 32 to 45 by Q4 2027 with a customer success program', 'ppppp'],
    ['Enhance customer experience', 'ffppf'],
    ['Publish 3 blog posts a week', 'ppppf'],
    ['Cut churn by half this quarter', 'wpppp'],
    ['Sign 20 new B2B customers in 2027', 'ppppp'],
    ['Increase leads', 'wfppf'],
  ])('%s → %s', (title, expected) => {
    expect(statuses(lintObjective(objective(title), context))).toBe(expected);
  });

  it('reads the description as well as the title', () => {
    const report = lintObjective(
      objective('Réseaux sociaux', { description: 'Passer à 12 000 abonnés Instagram d’ici le 30 juin 2027.' }),
      context,
    );
    expect(statuses(report)).toBe('ppppp');
  });
});

describe('SMART lint with structured fields', () => {
  // The fields count as much as the text: a metric names the indicator, a target quantifies, a
  // deadline dates; today is 2027-01-15 in every row.
  const full = { metric: 'Followers Instagram', baseline: 8000, target: 9200, deadline: '2027-03-31' };
  it.each<[string, Partial<Objective>, string]>([
    ['Instagram', full, 'ppppp'],
    // a vague verb stops failing once a target quantifies it; no channel or lever in the text → warn
    ['Améliorer la notoriété', full, 'wpppp'],
    ['Notoriété', { ...full, metric: 'Notoriété assistée (%)' }, 'wpppp'],
    // target equal to the baseline: nothing to achieve
    ['Followers Instagram', { ...full, target: 8000 }, 'pwppp'],
    // metric without target and no figure in the text
    ['Followers Instagram', { metric: 'Followers Instagram', deadline: '2027-03-31' }, 'pfppp'],
    // start after deadline
    ['Followers Instagram', { ...full, startDate: '2027-04-01' }, 'ppppw'],
    // deadline already past
    ['Followers Instagram', { ...full, deadline: '2027-01-14' }, 'ppfpp'],
    // deadline today is not past
    ['Followers Instagram', { ...full, deadline: '2027-01-15' }, 'ppppp'],
    // relevance: no link, only unknown links, one unknown link among known ones
    ['Followers Instagram', { ...full, businessGoals: [] }, 'pppfp'],
    ['Followers Instagram', { ...full, businessGoals: ['inconnu'] }, 'pppfp'],
    ['Followers Instagram', { ...full, businessGoals: ['ca-plus-30', 'inconnu'] }, 'pppwp'],
    ['Followers Instagram', { ...full, businessGoals: ['ca-plus-30', 'nouveau-marche'] }, 'ppppp'],
  ])('%s %j → %s', (title, fields, expected) => {
    expect(statuses(lintObjective(objective(title, fields), context))).toBe(expected);
  });
});

describe('passed', () => {
  // passed means "no criterion fails": warnings are advice.
  it.each([
    ['Augmenter les ventes de 20 % en 6 mois', true], // warn on specific only
    ['améliorer la notoriété de la marque', false],
    ['Increase website traffic by 20% in Q2 through SEO', true],
  ])('%s → %s', (title, passed) => {
    expect(lintObjective(objective(title), context).passed).toBe(passed);
  });
});

describe('messages say what is missing, quoting the user', () => {
  // Each row: a criterion and words its French and English messages must contain.
  it.each([
    ['améliorer la notoriété de la marque', 'specific', '« notoriété »', '“notoriété”'],
    ['Improve brand awareness', 'specific', '« brand awareness »', '“brand awareness”'],
    ['Améliorer le taux de conversion du site', 'specific', '« Améliorer » sans chiffre', '“Améliorer” with no figure'],
    ['Boost newsletter sign-ups', 'specific', '« Boost »', '“Boost”'],
    ['Augmenter les ventes de 20 % en 6 mois', 'specific', 'ni le canal', 'not the channel'],
    ['Augmenter les ventes de 20 % en 6 mois', 'measurable', '« 20 % »', '“20 %”'],
    ['Augmenter les ventes de 20 % en 6 mois', 'timeBound', '« en 6 mois »', '“en 6 mois”'],
    ['améliorer la notoriété de la marque', 'timeBound', 'Aucune échéance', 'No deadline'],
    ['améliorer la notoriété de la marque', 'measurable', 'Aucun chiffre', 'No figure'],
    [
      'Augmenter le nombre de followers sur Instagram de 15 % grâce à une campagne de contenu engageant',
      'specific',
      '« grâce à une campagne de contenu »',
      '“grâce à une campagne de contenu”',
    ],
  ] as const)('%s / %s', (title, criterion, fr, en) => {
    const { message } = lintObjective(objective(title), context).criteria[criterion];
    expect(message.fr).toContain(fr);
    expect(message.en).toContain(en);
  });

  it('names the business goals it is aligned with, or the missing ones', () => {
    const linked = lintObjective(objective('x', { businessGoals: ['ca-plus-30', 'inconnu'] }), context);
    expect(linked.criteria.relevant.message.fr).toContain("mais « inconnu » n'existe pas");
    expect(linked.criteria.relevant.message.en).toContain('but “inconnu” does not exist');
    const none = lintObjective(objective('x', { businessGoals: [] }), context);
    expect(none.criteria.relevant.message.fr).toContain("n'est rattaché à aucun objectif business");
  });

  it('names the linked goals by their titles when the context gives them', () => {
    const titled = { ...context, businessGoalTitles: new Map([['ca-plus-30', 'Chiffre d’affaires +30 %']]) };
    const { message } = lintObjective(objective('x', { businessGoals: ['ca-plus-30'] }), titled).criteria.relevant;
    expect(message.fr).toBe("Aligné sur l'objectif business « Chiffre d’affaires +30 % ».");
    expect(message.en).toBe('Aligned with the business goal “Chiffre d’affaires +30 %”.');
  });

  it('dates deadlines in words', () => {
    const report = lintObjective(objective('x', { deadline: '2027-04-01' }), context);
    expect(report.criteria.timeBound.message).toEqual({
      fr: 'Échéance fixée au 1er avril 2027.',
      en: 'Deadline set for 1 April 2027.',
    });
  });
});
