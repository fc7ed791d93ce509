import type { strategyChannels } from '../../contract/collections.js';
import type { ObjectiveType } from '../../contract/enums.js';
import { list, rows } from './text.js';

export type Channel = (typeof strategyChannels)[number];

export type { ObjectiveType };

export const firstNames = list(
  'Camille|Léa|Hugo|Chloé|Lucas|Manon|Louis|Inès|Jules|Sarah|Gabriel|Emma|Arthur|Jade|Nathan|Louise|Théo|Zoé|' +
    'Raphaël|Alice|Paul|Lina|Noah|Clara|Tom|Anaïs|Adam|Margaux|Maël|Elsa',
);
export const lastNames = list(
  'Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|Lefebvre|Michel|Garcia|' +
    'David|Bertrand|Roux|Vincent|Fournier|Morel|Girard|André|Mercier|Blanc|Guérin|Boyer|Garnier|Chevalier|Faure',
);
// The first five lead (Accountable); everyone does (Responsible) or advises.
export const jobTitles = list(
  'Responsable marketing|Responsable des ventes|Responsable acquisition|Responsable contenu|Responsable CRM|' +
    'Community manager|Spécialiste SEO|Traffic manager|Content manager|Graphiste|Responsable événementiel|' +
    'Data analyst|Product manager|Vidéaste|Agence de relations presse',
);
export const months = list('janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre');
export const regions = list(
  'Île-de-France|Auvergne-Rhône-Alpes|Nouvelle-Aquitaine|Occitanie|Hauts-de-France|Grand Est|Bretagne|' +
    'Pays de la Loire|Belgique|Suisse|Provence-Alpes-Côte d’Azur|Normandie',
);

export const swotTitles: Record<'strength' | 'weakness' | 'opportunity' | 'threat', string[]> = {
  strength: list(
    'Produits fabriqués en France|Communauté fidèle sur Instagram|Service client noté 4,7/5|' +
      'Équipe marketing polyvalente|Identité visuelle forte|Site e-commerce rapide|' +
      'Base de 40 000 contacts opt-in|Savoir-faire artisanal reconnu|Prix compétitifs en entrée de gamme|' +
      'Réseau de revendeurs établi',
  ),
  weakness: list(
    'Faible notoriété hors de la région|Budget publicitaire limité|Peu de contenus vidéo|' +
      'Dépendance à un seul fournisseur|Conversion mobile inférieure au marché|Pas de CRM unifié|' +
      'Délais de livraison longs|Site peu optimisé pour le référencement|Gamme peu renouvelée|' +
      'Faible présence sur LinkedIn',
  ),
  opportunity: list(
    'Croissance du marché de l’éco-conception|Essor de la vidéo courte|Demande croissante pour le made in France|' +
      'Ouverture du marché belge|Aides à la transition numérique des TPE|Influenceurs locaux prêts à collaborer|' +
      'Essor du social commerce|Retour des salons en présentiel|Recherche conversationnelle et IA générative|' +
      'Concurrent principal en difficulté',
  ),
  threat: list(
    'Arrivée d’acteurs à bas prix|Hausse du coût des matières premières|Hausse des coûts d’acquisition publicitaire|' +
      'Fin des cookies tiers|Changements d’algorithme des réseaux sociaux|Contrôles RGPD plus stricts|' +
      'Ralentissement de la consommation|Concurrence des places de marché|Pénurie de profils marketing|' +
      'Inflation des coûts logistiques',
  ),
};

export interface Indicator {
  title: string;
  type: ObjectiveType;
  metric: string;
  unit: string;
  baseline: number;
  target: number;
}

/** SMART objectives and key results; the title states the target so that the lint finds it. */
export const indicators: Indicator[] = rows(
  'awareness; Porter la notoriété assistée de 15 à 25 %; Notoriété assistée; %; 15; 25',
  'awareness; Atteindre 30 000 abonnés Instagram; Abonnés Instagram; abonnés; 18500; 30000',
  'awareness; Obtenir 100 mentions dans la presse et les blogs; Mentions; mentions; 22; 100',
  'acquisition; Augmenter le trafic organique de 20 %; Sessions organiques; sessions / mois; 42000; 50400',
  'acquisition; Générer 600 leads qualifiés par trimestre; Leads qualifiés; leads / trimestre; 410; 600',
  'acquisition; Réduire le coût par lead de 15 %; Coût par lead; €; 42; 35.7',
  'loyalty; Porter le taux de réachat à 90 jours de 22 à 28 %; Taux de réachat à 90 jours; %; 22; 28',
  'loyalty; Ramener le taux de churn mensuel sous 2 %; Taux de churn mensuel; %; 3.1; 2',
  'loyalty; Atteindre un NPS de 50; NPS; points; 34; 50',
  'engagement; Augmenter le taux d’engagement Instagram de 25 %; Taux d’engagement Instagram; %; 2.8; 3.5',
  'engagement; Porter le taux d’ouverture des newsletters à 35 %; Taux d’ouverture; %; 27; 35',
  'engagement; Doubler le temps moyen passé sur le blog; Temps moyen sur le blog; secondes; 55; 110',
).map((row) => {
  const [type, title, metric, unit, baseline, target] = row as [string, string, string, string, string, string];
  return { type: type as ObjectiveType, title, metric, unit, baseline: Number(baseline), target: Number(target) };
});
export const objectiveScopes = list(
  '| en Belgique| sur la gamme professionnelle| auprès des 18-25 ans| en Suisse| en boutique',
);

export const okrTitles = list(
  'Devenir la marque préférée des jeunes adultes|Faire du blog notre premier canal d’acquisition|' +
    'Réussir le lancement en Belgique|Offrir une expérience client exemplaire|Construire une communauté engagée|' +
    'Industrialiser la génération de leads|Rendre chaque euro publicitaire rentable|' +
    'Faire de nos clients nos ambassadeurs|Devenir la référence du secteur sur Google|Réussir la saison des salons|' +
    'Moderniser notre image de marque|Fidéliser nos meilleurs clients',
);
