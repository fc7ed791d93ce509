export interface Archetype {
  name: string;
  summary: string;
  ageRange: string;
  gender: string;
  income: string;
  location: string;
  occupation: string;
  lifestyle: string;
  values: string;
  interests: string;
  motivations: string;
  painPoints: string;
  preferredChannels: string;
  sources: string;
}

export const archetypes: Archetype[] = [
  {
    name: 'Camille, cadre urbaine pressée',
    summary:
      'Active, exigeante, elle achète en ligne le soir et attend une livraison rapide et des preuves de qualité.',
    ageRange: '30-39',
    gender: 'Femme',
    income: '45 000 – 60 000 € par an',
    location: 'Lyon et grandes métropoles',
    occupation: 'Cheffe de projet dans le numérique',
    lifestyle: 'Vit en appartement, télétravaille deux jours par semaine, fait du yoga et écoute des podcasts.',
    values: 'Efficacité|Qualité|Transparence',
    interests: 'Décoration|Yoga|Podcasts',
    motivations: 'Gagner du temps|Acheter des produits durables',
    painPoints: 'Manque de temps pour comparer|Méfiance envers le greenwashing',
    preferredChannels: 'Instagram|Newsletter|Recherche Google',
    sources: 'Enquête clients (n = 1 250)|Entretiens qualitatifs|Google Analytics 4',
  },
  {
    name: 'Julien, jeune parent périurbain',
    summary: 'Compare longuement avant d’acheter, sensible aux avis et aux promotions, décide en couple.',
    ageRange: '35-44',
    gender: 'Homme',
    income: '35 000 – 50 000 € par an',
    location: 'Couronne périurbaine de Lille et de Nantes',
    occupation: 'Technicien de maintenance',
    lifestyle: 'Deux enfants, maison avec jardin, quinze kilomètres de trajet chaque jour.',
    values: 'Famille|Sécurité|Bon rapport qualité-prix',
    interests: 'Bricolage|Sorties nature|Sport',
    motivations: 'Faire des économies|Simplifier le quotidien',
    painPoints: 'Budget serré|Peur de mal choisir',
    preferredChannels: 'Facebook|YouTube|Magasin',
    sources: 'Données CRM|Avis clients|Entretiens en magasin',
  },
  {
    name: 'Sophie, retraitée active',
    summary: 'Fidèle quand elle est bien conseillée, elle préfère l’email et le téléphone aux réseaux sociaux.',
    ageRange: '60-70',
    gender: 'Femme',
    income: '25 000 – 35 000 € par an',
    location: 'Villes moyennes de l’Ouest',
    occupation: 'Enseignante à la retraite',
    lifestyle: 'Beaucoup de temps libre, voyage hors saison, lit la presse régionale.',
    values: 'Conseil|Proximité|Made in France',
    interests: 'Jardinage|Voyages|Lecture',
    motivations: 'Être bien conseillée|Se faire plaisir',
    painPoints: 'Sites web compliqués|Peur des arnaques en ligne',
    preferredChannels: 'Email|Presse régionale|Bouche-à-oreille',
    sources: 'Panel clients|Enquête téléphonique|Études INSEE',
  },
  {
    name: 'Nadia, acheteuse professionnelle',
    summary: 'Décide en comité sur devis ; il lui faut des références, des délais tenus et un interlocuteur unique.',
    ageRange: '40-55',
    gender: 'Femme',
    income: '55 000 – 75 000 € par an',
    location: 'Île-de-France',
    occupation: 'Responsable achats dans une PME',
    lifestyle: 'Agenda chargé, compare trois devis avant chaque achat, se forme en webinaire.',
    values: 'Fiabilité|Réactivité|Conformité',
    interests: 'Salons professionnels|LinkedIn|Veille sectorielle',
    motivations: 'Réduire les coûts|Sécuriser l’approvisionnement',
    painPoints: 'Délais de livraison|Manque de références B2B',
    preferredChannels: 'LinkedIn|Salons|Webinaires',
    sources: 'Entretiens commerciaux|Données CRM B2B|Étude sectorielle',
  },
  {
    name: 'Lucas, étudiant engagé',
    summary: 'Petit budget mais forte influence : il recommande, partage et attend une marque sincère.',
    ageRange: '18-25',
    gender: 'Homme',
    income: 'Moins de 15 000 € par an',
    location: 'Villes universitaires',
    occupation: 'Étudiant en master',
    lifestyle: 'Colocation, achats de seconde main, très actif sur les réseaux sociaux.',
    values: 'Écologie|Authenticité|Partage',
    interests: 'Musique|Jeux vidéo|Seconde main',
    motivations: 'Consommer de façon responsable|Suivre ses créateurs préférés',
    painPoints: 'Prix élevés|Publicité intrusive',
    preferredChannels: 'TikTok|Instagram|Twitch',
    sources: 'Sondage Instagram|Écoute sociale|Étude Génération Z',
  },
  {
    name: 'Marc, dirigeant de TPE',
    summary: 'Décide seul et vite quand l’offre est simple ; fidèle à ses fournisseurs quand ils tiennent parole.',
    ageRange: '45-60',
    gender: 'Homme',
    income: '60 000 – 90 000 € par an',
    location: 'Petites villes et zones rurales',
    occupation: 'Gérant d’une entreprise de huit salariés',
    lifestyle: 'Travaille cinquante-cinq heures par semaine, membre d’un club d’entrepreneurs.',
    values: 'Indépendance|Pragmatisme|Confiance',
    interests: 'Réseaux d’entrepreneurs|Golf|Actualité économique',
    motivations: 'Développer son chiffre d’affaires|Déléguer',
    painPoints: 'Manque de temps|Offres trop complexes',
    preferredChannels: 'Téléphone|Email|Réseau de la CCI',
    sources: 'Entretiens clients|Chambre de commerce|Données CRM',
  },
];
