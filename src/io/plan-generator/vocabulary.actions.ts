import { list } from './text.js';
import type { Channel } from './vocabulary.js';

export const channelNames: Record<Channel, [string, string]> = {
  content: ['Marketing de contenu', 'Contenus experts B2B'],
  seo: ['Référencement naturel (SEO)', 'SEO local'],
  sea: ['Publicité sur les moteurs de recherche (SEA)', 'Google Shopping et remarketing'],
  social: ['Réseaux sociaux', 'Publicité sociale'],
  influence: ['Marketing d’influence', 'Programme d’ambassadeurs'],
  email: ['Emailing et marketing automation', 'Programme de fidélité'],
  events: ['Salons et événements', 'Webinaires et ateliers'],
  partnerships: ['Partenariats et co-marketing', 'Affiliation'],
  other: ['Relations presse', 'Parrainage et bouche-à-oreille'],
};
export const channelPurposes: Record<Channel, string> = {
  content: 'attirer et convertir grâce à des contenus utiles qui répondent aux questions des personas',
  seo: 'gagner des positions durables sur les requêtes à forte intention d’achat',
  sea: 'capter la demande existante au meilleur coût par acquisition',
  social: 'créer la préférence de marque et animer la communauté',
  influence: 'emprunter la crédibilité de créateurs suivis par nos cibles',
  email: 'faire revenir et racheter les clients existants',
  events: 'rencontrer les prospects et signer sur place',
  partnerships: 'toucher de nouveaux publics via des marques complémentaires',
  other: 'obtenir des retombées gratuites et de la recommandation',
};
/** Tactics of each channel, written `Tactic = action | action…`; `{topic}`, `{month}`, `{event}` vary per action. */
export const tacticCatalog: Record<Channel, string[]> = {
  content: [
    'Articles de blog piliers = Rédiger l’article « {topic} » | Mettre à jour l’article « {topic} »',
    'Vidéos tutoriels = Tourner la vidéo « {topic} » | Monter la vidéo « {topic} » | Sous-titrer la vidéo « {topic} »',
    'Livres blancs et guides = Rédiger le guide « {topic} » | Mettre en page le guide « {topic} »',
    'Études de cas clients = Interviewer un client sur « {topic} » | Rédiger l’étude de cas « {topic} »',
    'Infographies = Concevoir l’infographie « {topic} » | Diffuser l’infographie « {topic} »',
  ],
  seo: [
    'Optimisation technique = Corriger les erreurs de la Search Console ({month}) | ' +
      'Améliorer la vitesse mobile ({month}) | Auditer le maillage interne ({month})',
    'Pages piliers = Créer la page pilier « {topic} » | Enrichir la page pilier « {topic} »',
    'Netlinking = Obtenir des liens entrants sur « {topic} » | Publier un article invité sur « {topic} »',
    'Fiches Google Business = Mettre à jour la fiche Google Business ({month}) | Répondre aux avis Google ({month})',
    'Optimisation des fiches produits = Optimiser les fiches produits « {topic} » | Rédiger la FAQ « {topic} »',
  ],
  sea: [
    'Campagnes Search marque = Ajuster les enchères marque ({month}) | Rédiger les annonces marque ({month})',
    'Campagnes Search génériques = Lancer la campagne Search « {topic} » | Analyser les termes de recherche ({month})',
    'Remarketing display = Créer l’audience de remarketing « {topic} » | Décliner les bannières « {topic} »',
    'Campagnes Shopping = Optimiser le flux produits ({month}) | Lancer la campagne Shopping « {topic} »',
  ],
  social: [
    'Calendrier éditorial Instagram = Planifier les publications Instagram de {month} | ' +
      'Publier le carrousel « {topic} »',
    'Page LinkedIn entreprise = Publier l’article LinkedIn « {topic} » | Animer la page LinkedIn ({month})',
    'Publicités Meta = Lancer la campagne Meta « {topic} » | Optimiser les audiences Meta ({month})',
    'Concours = Organiser le concours de {month} | Annoncer les gagnants du concours de {month}',
    'Formats vidéo courts = Tourner trois Reels « {topic} » | Animer un live « {topic} »',
  ],
  influence: [
    'Micro-influenceurs = Sélectionner dix créateurs pour « {topic} » | Envoyer les colis aux créateurs ({month})',
    'Ambassadeurs de marque = Recruter les ambassadeurs de {month} | Animer le groupe d’ambassadeurs ({month})',
    'Placements de produits = Négocier le placement « {topic} » | Mesurer les retombées de {month}',
  ],
  email: [
    'Newsletter mensuelle = Envoyer la newsletter de {month} | Tester l’objet de la newsletter de {month}',
    'Scénarios d’automation = Créer le scénario « {topic} » | Rédiger la séquence de bienvenue « {topic} »',
    'Relance des paniers abandonnés = Optimiser la relance panier ({month}) | ' +
      'Tester un code promo de relance ({month})',
    'Programme de fidélité = Envoyer les offres fidélité de {month} | Nettoyer les contacts inactifs ({month})',
  ],
  events: [
    'Salons professionnels = Réserver le stand au salon {event} | Préparer les supports du salon {event} | ' +
      'Relancer les contacts du salon {event}',
    'Webinaires = Animer le webinaire « {topic} » | Promouvoir le webinaire « {topic} »',
    'Soirées clients = Organiser la soirée clients de {month} | Envoyer les invitations de {month}',
    'Ateliers en boutique = Animer l’atelier « {topic} » | Annoncer l’atelier « {topic} »',
  ],
  partnerships: [
    'Co-marketing = Signer le co-marketing « {topic} » | Lancer l’offre croisée « {topic} »',
    'Affiliation = Recruter dix affiliés ({month}) | Faire le bilan des affiliés de {month}',
    'Distributeurs partenaires = Former les distributeurs sur « {topic} » | Livrer la PLV « {topic} »',
  ],
  other: [
    'Communiqués de presse = Rédiger le communiqué « {topic} » | Organiser un petit-déjeuner presse ({month})',
    'Programme de parrainage = Relancer les parrains ({month}) | Mettre à jour le kit de parrainage ({month})',
    'Marketing de proximité = Distribuer les flyers « {topic} » | Animer le stand du marché de {month}',
  ],
};

export const contentChannels: Record<Channel, [string, string[]]> = {
  content: ['Blog', list('Article|Guide|Infographie|Livre blanc|Vidéo')],
  seo: ['Site web', list('Page pilier|Article|FAQ')],
  sea: ['Site web', list('Page d’atterrissage|Annonce')],
  social: ['Instagram', list('Carrousel|Reel|Story|Post|Live')],
  influence: ['Instagram', list('Post sponsorisé|Vidéo partenaire')],
  email: ['Newsletter', list('Newsletter|Email promotionnel|Séquence automatisée')],
  events: ['Événement', list('Webinaire|Présentation de salon')],
  partnerships: ['Partenaire', list('Article invité|Offre croisée')],
  other: ['Presse', list('Communiqué de presse|Dossier de presse')],
};
export const angles = list(
  'le guide complet|5 erreurs à éviter|nos conseils d’experts|questions fréquentes|le comparatif|' +
    'témoignage client|avant / après|les chiffres clés|pas à pas|idées reçues',
);
