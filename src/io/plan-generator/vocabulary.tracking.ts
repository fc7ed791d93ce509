import { list, rows } from './text.js';
import type { Channel, ObjectiveType } from './vocabulary.js';

export interface KpiTemplate {
  name: string;
  unit: string;
  direction: 'increase' | 'decrease';
  aggregation: 'sum' | 'average' | 'last';
  /** Daily level at the start of the plan, drawn in this range. */
  base: [number, number];
  /** Relative change aimed at by the end of the plan. */
  change: number;
  decimals: number;
  source: string;
  channel: Channel;
  type: ObjectiveType;
}

// name; unit; direction; aggregation; daily level at the start (range); change aimed at; decimals; source; channel; type
export const kpiTemplates: KpiTemplate[] = rows(
  'Sessions organiques; sessions; increase; sum; 800-5000; 0.2; 0; ga4; seo; acquisition',
  'Leads qualifiés (MQL); leads; increase; sum; 15-80; 0.3; 0; crm; content; acquisition',
  'Coût par lead; €; decrease; average; 18-60; -0.15; 2; google-ads; sea; acquisition',
  'Taux de conversion e-commerce; %; increase; average; 1.2-3.5; 0.1; 2; ga4; sea; acquisition',
  'Abonnés Instagram; abonnés; increase; last; 5000-40000; 0.4; 0; meta; social; awareness',
  'Taux d’engagement Instagram; %; increase; average; 1.5-4.5; 0.25; 2; meta; social; engagement',
  'Taux d’ouverture des emails; %; increase; average; 22-35; 0.1; 1; crm; email; engagement',
  'Chiffre d’affaires en ligne; €; increase; sum; 4000-30000; 0.2; 0; e-commerce; content; acquisition',
  'Taux de rebond; %; decrease; average; 45-65; -0.1; 1; ga4; content; engagement',
  'Taux de réachat à 90 jours; %; increase; average; 18-30; 0.15; 1; crm; email; loyalty',
  'Panier moyen; €; increase; average; 55-140; 0.05; 2; e-commerce; email; loyalty',
  'Coût par clic; €; decrease; average; 0.4-1.8; -0.1; 2; google-ads; sea; acquisition',
  'Impressions Google Ads; impressions; increase; sum; 8000-60000; 0.15; 0; google-ads; sea; awareness',
  'Taux de clic des emails; %; increase; average; 1.5-4; 0.15; 2; crm; email; engagement',
  'Désinscriptions newsletter; désinscriptions; decrease; sum; 3-25; -0.2; 0; crm; email; loyalty',
  'Mentions de la marque; mentions; increase; sum; 2-20; 0.5; 0; manual; influence; awareness',
  'Abonnés LinkedIn; abonnés; increase; last; 1500-12000; 0.5; 0; linkedin; social; awareness',
  'NPS; points; increase; last; 25-45; 0.25; 0; manual; other; loyalty',
  'Clics depuis Google; clics; increase; sum; 300-3000; 0.25; 0; search-console; seo; acquisition',
  'Position moyenne sur Google; position; decrease; average; 8-20; -0.25; 1; search-console; seo; awareness',
  'Visites de la fiche Google Business; visites; increase; sum; 40-300; 0.25; 0; google-business-profile; seo; awareness',
  'Ventes via l’affiliation; ventes; increase; sum; 2-20; 0.3; 0; affiliation; partnerships; acquisition',
).map((row) => {
  const [name, unit, direction, aggregation, range, change, decimals, source, channel, type] = row as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const [min, max] = range.split('-').map(Number) as [number, number];
  return {
    name,
    unit,
    direction: direction as KpiTemplate['direction'],
    aggregation: aggregation as KpiTemplate['aggregation'],
    base: [min, max],
    change: Number(change),
    decimals: Number(decimals),
    source,
    channel: channel as Channel,
    type: type as ObjectiveType,
  };
});

export const correctiveTemplates: Record<Channel, string[]> = {
  content: list('Réécrire les introductions des articles les moins lus|Ajouter des appels à l’action dans les guides'),
  seo: list('Corriger le maillage interne des pages piliers|Relancer la campagne de netlinking'),
  sea: list('Revoir les enchères et exclure les termes non rentables|Refondre la page d’atterrissage'),
  social: list('Passer à trois Reels par semaine|Revoir les horaires de publication'),
  influence: list('Remplacer les créateurs les moins performants|Fournir un code promo par créateur'),
  email: list('Segmenter la base par niveau d’engagement|Tester de nouveaux objets d’email'),
  events: list('Relancer les inscrits par SMS la veille|Changer de créneau horaire'),
  partnerships: list('Revoir la commission des affiliés|Relancer les partenaires inactifs'),
  other: list('Cibler la presse régionale|Doubler la récompense de parrainage'),
};

export interface ExperimentTemplate {
  name: string;
  hypothesis: string;
  metricType: 'conversion' | 'continuous';
  /** Name of the KPI the decision feeds, when the plan tracks it. */
  kpi: string;
  variants: string[];
}

export const experimentTemplates: ExperimentTemplate[] = [
  {
    name: 'Objet de la newsletter',
    kpi: 'Taux d’ouverture des emails',
    hypothesis: 'Un objet qui pose une question augmente le taux d’ouverture, car il suscite la curiosité.',
    metricType: 'conversion',
    variants: list('Objet actuel|Objet en question|Objet avec prénom'),
  },
  {
    name: 'Bouton d’achat de la fiche produit',
    kpi: 'Taux de conversion e-commerce',
    hypothesis: 'Un bouton « Ajouter au panier » contrasté augmente la conversion, car il est vu plus tôt.',
    metricType: 'conversion',
    variants: list('Bouton actuel|Bouton contrasté'),
  },
  {
    name: 'Livraison offerte dès 60 €',
    kpi: 'Panier moyen',
    hypothesis: 'Un seuil de livraison offerte visible augmente le panier moyen, car il incite à compléter.',
    metricType: 'continuous',
    variants: list('Sans bandeau|Bandeau seuil 60 €'),
  },
  {
    name: 'Formulaire de demande de devis court',
    kpi: 'Leads qualifiés (MQL)',
    hypothesis: 'Réduire le formulaire de 9 à 4 champs augmente les demandes de devis, car il demande moins d’effort.',
    metricType: 'conversion',
    variants: list('Formulaire actuel|Formulaire court'),
  },
  {
    name: 'Page d’atterrissage avec vidéo',
    kpi: 'Taux de conversion e-commerce',
    hypothesis: 'Une vidéo de démonstration augmente la conversion des visiteurs venus du Search, car elle rassure.',
    metricType: 'conversion',
    variants: list('Page actuelle|Page avec vidéo|Page avec avis clients'),
  },
  {
    name: 'Recommandations au panier',
    kpi: 'Panier moyen',
    hypothesis: 'Des produits complémentaires au panier augmentent le panier moyen, car ils évitent un second achat.',
    metricType: 'continuous',
    variants: list('Panier actuel|Panier avec recommandations'),
  },
];
