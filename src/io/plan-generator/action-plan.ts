import { strategyChannels } from '../../contract/collections.js';
import {
  monthLabel,
  type ActionRef,
  type Ctx,
  type Item,
  type PersonRef,
  type StrategyRef,
  type TacticRef,
} from './context.js';
import { Keys } from './keys.js';
import { cents, round } from './numbers.js';
import { fill, list } from './text.js';
import type { Channel } from './vocabulary.js';
import { angles, channelNames, channelPurposes, contentChannels, tacticCatalog } from './vocabulary.actions.js';

export function buildStrategies(
  ctx: Ctx,
  links: { objectives: string[]; personas: string[]; swot: string[] },
): { items: Item[]; refs: StrategyRef[] } {
  const { rng, spec } = ctx;
  const channels: Channel[] =
    spec.strategies <= 3
      ? ['content', 'seo', rng.pick(['social', 'email', 'sea'] as const)]
      : [...strategyChannels, 'content', 'social', 'sea'];
  const keys = new Keys();
  const items: Item[] = [];
  const refs: StrategyRef[] = [];
  for (let i = 0; i < spec.strategies; i++) {
    const channel = channels[i % channels.length] as Channel;
    const second = channels.indexOf(channel) < i ? 1 : 0;
    const name = channelNames[channel][second];
    const key = keys.make(name);
    items.push({
      key,
      name,
      channel,
      description: `Objectif de la stratégie : ${channelPurposes[channel]}.`,
      objectives: rng.sample(links.objectives, rng.int(1, 3)),
      personas: rng.sample(links.personas, rng.int(1, 2)),
      swotItems: rng.sample(links.swot, rng.int(1, 3)),
    });
    refs.push({ key, name, channel });
  }
  return { items, refs };
}

export function buildTactics(ctx: Ctx, strategies: StrategyRef[]): { items: Item[]; refs: TacticRef[] } {
  const keys = new Keys();
  const perChannel = new Map<Channel, number>();
  const items: Item[] = [];
  const refs: TacticRef[] = [];
  for (const strategy of strategies) {
    for (let t = 0; t < ctx.spec.tacticsPerStrategy; t++) {
      const catalog = tacticCatalog[strategy.channel];
      const n = perChannel.get(strategy.channel) ?? 0;
      perChannel.set(strategy.channel, n + 1);
      const [base = '', actions = ''] = (catalog[n % catalog.length] as string).split(' = ');
      const wave = Math.floor(n / catalog.length);
      const name = `${base}${wave > 0 ? ` (vague ${wave + 1})` : ''}`;
      const key = keys.make(name);
      items.push({ key, strategy: strategy.key, name, description: `Déclinaison de « ${strategy.name} ».` });
      refs.push({ key, name, strategy, actions: actions.split(' | ') });
    }
  }
  return { items, refs };
}

const milestoneTitles = list(
  'Jalon : validation du brief « {topic} »|Jalon : lancement « {topic} »|Jalon : bilan de {month}|' +
    'Jalon : mise en ligne « {topic} »',
);
const actionNotes = list(
  'Brief validé en réunion marketing ; livrable à déposer dans le drive partagé.|' +
    'Prévoir une relecture par l’équipe commerciale avant diffusion.|' +
    'Réutiliser les visuels de la campagne précédente.|Dépend de la disponibilité du prestataire.|' +
    'Mesurer l’effet dans le tableau de bord la semaine suivante.',
);

function actionStatus(ctx: Ctx, start: number, due: number): string {
  const { rng, asOf } = ctx;
  if (due < asOf) return rng.chance(0.86) ? 'done' : rng.chance(0.5) ? 'cancelled' : 'blocked';
  if (start <= asOf) return rng.chance(0.85) ? 'in_progress' : 'blocked';
  return rng.chance(0.97) ? 'todo' : 'cancelled';
}

/** One action of `tactic` starting on day `start`; milestones last zero days. */
function buildAction(ctx: Ctx, keys: Keys, tactic: TacticRef, start: number): { item: Item; ref: ActionRef } {
  const { rng, company } = ctx;
  const channel = tactic.strategy.channel;
  const isMilestone = rng.chance(0.08);
  const values = {
    topic: rng.pick(company.topics),
    month: monthLabel(ctx, start),
    event: `${rng.pick(company.events)} ${ctx.cal.date(start).slice(0, 4)}`,
  };
  const title = fill(rng.pick(isMilestone ? milestoneTitles : tactic.actions), values);
  const due = isMilestone ? start : Math.min(ctx.end, start + rng.int(1, 30));
  const key = keys.make(title, 48);
  const item: Item = { key, tactic: tactic.key, title };
  if (rng.chance(0.4)) item.description = rng.pick(actionNotes);
  item.status = actionStatus(ctx, start, due);
  item.priority = rng.pick(['low', 'medium', 'medium', 'high']);
  item.startDate = ctx.cal.date(start);
  item.dueDate = ctx.cal.date(due);
  item.isMilestone = isMilestone;
  if (!isMilestone && rng.chance(0.7)) item.estimatedCost = cents(rng.float(300, 15_000));
  item.effortHours = isMilestone ? 0 : round(rng.float(2, 60) * 2) / 2;
  return { item, ref: { key, start, due, channel } };
}

/** Actions in contiguous blocks per tactic, each block in date order. */
export function buildActions(ctx: Ctx, tactics: TacticRef[]): { items: Item[]; refs: ActionRef[] } {
  const keys = new Keys();
  const items: Item[] = [];
  const refs: ActionRef[] = [];
  const total = ctx.spec.actions;
  for (let t = 0; t < tactics.length; t++) {
    const count = Math.floor(((t + 1) * total) / tactics.length) - Math.floor((t * total) / tactics.length);
    const starts = Array.from({ length: count }, () => ctx.rng.int(0, ctx.end - 7)).sort((a, b) => a - b);
    for (const start of starts) {
      const built = buildAction(ctx, keys, tactics[t] as TacticRef, start);
      items.push(built.item);
      refs.push(built.ref);
    }
  }
  return { items, refs };
}

/** Exactly one Accountable (a lead), one or two Responsible, sometimes Consulted and Informed. */
export function buildRaci(ctx: Ctx, actions: ActionRef[], people: PersonRef[]): Item[] {
  const { rng } = ctx;
  const leads = people.filter((p) => p.lead);
  const rows: Item[] = [];
  actions.forEach((action, i) => {
    const accountable = rng.pick(leads);
    // Cycling through everyone as Responsible puts every person of the pool in the plan.
    let first = people[i % people.length] as PersonRef;
    if (first === accountable) first = people[(i + 1) % people.length] as PersonRef;
    const others = rng.sample(
      people.filter((p) => p !== accountable && p !== first),
      3,
    );
    const assignments: [PersonRef | undefined, string][] = [
      [accountable, 'A'],
      [first, 'R'],
      [rng.chance(0.3) ? others[0] : undefined, 'R'],
      [rng.chance(0.4) ? others[1] : undefined, 'C'],
      [rng.chance(0.3) ? others[2] : undefined, 'I'],
    ];
    for (const [person, role] of assignments) if (person) rows.push({ action: action.key, person: person.key, role });
  });
  return rows;
}

/** Finish-to-start links from an earlier action to a later one that starts after it ends: never a cycle. */
export function buildDependencies(ctx: Ctx, actions: ActionRef[]): Item[] {
  const { rng } = ctx;
  const rows: Item[] = [];
  const seen = new Set<string>();
  for (let j = 1; j < actions.length; j++) {
    if (!rng.chance(ctx.spec.dependencyRate)) continue;
    const successor = actions[j] as ActionRef;
    const wanted = rng.chance(0.2) ? 2 : 1;
    let found = 0;
    for (let attempt = 0; attempt < 6 && found < wanted; attempt++) {
      const i = j - rng.int(1, Math.min(j, 25));
      const predecessor = actions[i] as ActionRef;
      const pair = `${i}>${j}`;
      if (predecessor.due > successor.start || seen.has(pair)) continue;
      seen.add(pair);
      found++;
      rows.push({
        predecessor: predecessor.key,
        successor: successor.key,
        lagDays: Math.min(successor.start - predecessor.due, rng.int(0, 5)),
      });
    }
  }
  return rows;
}

const editorialChannels = new Set<Channel>(['content', 'seo', 'social', 'email', 'influence', 'other']);
const socialNetworks = list('Instagram|LinkedIn|TikTok|Facebook|YouTube');
const contentNotes = list(
  'Angle validé avec l’équipe produit.|Prévoir trois visuels déclinés.|Ajouter un lien vers la page pilier.|' +
    'Relire avec le service juridique (allégations).|Recycler en newsletter le mois suivant.',
);

function contentStatus(ctx: Ctx, day: number): string {
  if (day <= ctx.asOf) return ctx.rng.chance(0.95) ? 'published' : 'review';
  if (day <= ctx.asOf + 14) return ctx.rng.pick(['scheduled', 'scheduled', 'review']);
  return day <= ctx.asOf + 45 ? 'draft' : 'idea';
}

export function buildContentItems(ctx: Ctx, actions: ActionRef[], personaKeys: string[], people: PersonRef[]): Item[] {
  const { rng, company } = ctx;
  const editorial = actions.filter((a) => editorialChannels.has(a.channel));
  const pool = editorial.length > 0 ? editorial : actions;
  const keys = new Keys();
  const items: Item[] = [];
  for (let i = 0; i < ctx.spec.contentItems; i++) {
    const action = rng.chance(0.8) ? rng.pick(pool) : undefined;
    const channel: Channel = action?.channel ?? rng.pick(['content', 'social', 'email'] as const);
    const [medium, formats] = contentChannels[channel];
    const format = rng.pick(formats);
    const day = action ? rng.int(action.start, action.due) : rng.int(0, ctx.end);
    const title = `${format} — ${rng.pick(company.topics)} : ${rng.pick(angles)}`;
    const item: Item = { key: keys.make(title, 48), title };
    if (action) item.action = action.key;
    item.persona = rng.pick(personaKeys);
    item.owner = rng.pick(people).key;
    item.channel = channel === 'social' || channel === 'influence' ? rng.pick(socialNetworks) : medium;
    item.format = format;
    item.status = contentStatus(ctx, day);
    item.publishDate = ctx.cal.date(day);
    if (rng.chance(0.3)) item.notes = rng.pick(contentNotes);
    items.push(item);
  }
  return items;
}
