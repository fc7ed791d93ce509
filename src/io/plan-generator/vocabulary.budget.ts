import type { Channel } from './vocabulary.js';

export const budgetCategoryLabels = {
  staff: 'Temps interne',
  advertising: 'Achat média',
  tools: 'Outils et licences',
  content: 'Production de contenus',
  events: 'Événements',
  other: 'Frais divers',
} as const;
export type BudgetCategory = keyof typeof budgetCategoryLabels;
export const budgetRanges: Record<BudgetCategory, [number, number]> = {
  staff: [8_000, 45_000],
  advertising: [5_000, 60_000],
  tools: [1_000, 12_000],
  content: [2_000, 25_000],
  events: [4_000, 40_000],
  other: [1_000, 8_000],
};
export const channelCategories: Record<Channel, BudgetCategory[]> = {
  content: ['content', 'staff', 'tools'],
  seo: ['tools', 'staff', 'content'],
  sea: ['advertising', 'advertising', 'tools'],
  social: ['advertising', 'content', 'staff'],
  influence: ['content', 'advertising', 'other'],
  email: ['tools', 'staff', 'content'],
  events: ['events', 'staff', 'other'],
  partnerships: ['other', 'staff', 'advertising'],
  other: ['staff', 'other', 'events'],
};

export const scenarios: { name: string; description: string; factor: (category: BudgetCategory) => number }[] = [
  { name: 'Scénario central', description: 'Le budget voté, réparti comme prévu.', factor: () => 1 },
  {
    name: 'Scénario prudent',
    description: 'Budget réduit de 15 % : on protège les lignes au meilleur ROI et on coupe l’achat média.',
    factor: (c) => (c === 'advertising' ? 0.7 : c === 'staff' ? 1 : 0.9),
  },
  {
    name: 'Scénario ambitieux',
    description: 'Budget augmenté de 20 % pour accélérer l’acquisition payante et les contenus.',
    factor: (c) => (c === 'advertising' || c === 'content' ? 1.35 : 1.05),
  },
  {
    name: 'Priorité au digital',
    description: 'Les événements physiques sont réduits au profit du SEA et des réseaux sociaux.',
    factor: (c) => (c === 'events' ? 0.4 : c === 'advertising' ? 1.3 : 1),
  },
];
