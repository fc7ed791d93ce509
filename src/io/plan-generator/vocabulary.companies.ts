export interface Company {
  name: string;
  domain: string;
  category: string;
  audience: string;
  differentiator: string;
  proof: string;
  topics: string[];
  events: string[];
}

export const companies: Company[] = [
  {
    name: 'Atelier Lumen',
    domain: 'atelier-lumen.example',
    category: 'luminaires design fabriqués en France',
    audience: 'les urbains de 28 à 50 ans qui aménagent leur logement',
    differentiator: 'des luminaires réparables, garantis dix ans et assemblés à Lyon',
    proof: '4,8/5 sur 2 300 avis clients et le label Entreprise du Patrimoine Vivant',
    topics: [
      'Bien choisir sa suspension',
      'Éclairer un salon',
      'Lumière et bien-être',
      'Les ampoules LED expliquées',
      'Tendances déco de l’année',
      'Éclairage de cuisine',
      'Luminaires d’extérieur',
      'Créer une ambiance chaleureuse',
      'Éclairage et télétravail',
      'Réparer plutôt que jeter',
    ],
    events: ['Maison&Objet', 'Salon du Made in France', 'Salon Habitat Lyon'],
  },
  {
    name: 'Verdure & Co',
    domain: 'verdure-co.example',
    category: 'cosmétiques bio et solides',
    audience: 'les femmes et les hommes de 25 à 45 ans attentifs à leur impact',
    differentiator: 'des soins certifiés bio, sans emballage plastique, formulés en Drôme',
    proof: 'la certification Cosmos Organic et 40 000 clientes fidèles',
    topics: [
      'Routine de soin du visage',
      'Cosmétiques solides',
      'Décrypter une liste INCI',
      'Peaux sensibles',
      'Soin des cheveux bouclés',
      'Zéro déchet dans la salle de bain',
      'Protection solaire minérale',
      'Huiles végétales',
      'Routine soin pour homme',
      'Coffrets cadeaux',
    ],
    events: ['Salon Marjolaine', 'Salon Vivre Autrement', 'Natexpo'],
  },
  {
    name: 'Nordik Vélo',
    domain: 'nordik-velo.example',
    category: 'vélos à assistance électrique',
    audience: 'les actifs périurbains qui veulent laisser la voiture',
    differentiator: 'des vélos assemblés à Lille, livrés réglés et entretenus à domicile',
    proof: '12 000 vélos livrés et un taux de panne inférieur à 2 %',
    topics: [
      'Choisir son vélo électrique',
      'Vélotaf en hiver',
      'Entretien de la batterie',
      'Forfait mobilités durables',
      'Vélo cargo en famille',
      'Sécurité à vélo en ville',
      'Itinéraires cyclables',
      'Aides à l’achat d’un VAE',
      'Vélo et télétravail',
      'Assurance vélo',
    ],
    events: ['Salon du Cycle', 'Vélo in Paris', 'Fête du vélo de Lille'],
  },
];
