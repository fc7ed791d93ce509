/**
 * The plan's calendar (iCalendar, RFC 5545): actions' due dates, milestones, the editorial
 * calendar (content items' publish dates) and corrective actions' deadlines, as all-day events.
 *
 * An action is one event on its due date rather than a bar from its start: a calendar full of
 * multi-week bars hides what people need to see, the day something is due. The start date is in
 * the event's description.
 *
 * UIDs are `<kind>-<entity key>.<plan id>@jalon`: the entity's key is what stays when a revision
 * is restored (rows are re-created with new ids, keys are kept), and the plan's id keeps two
 * copies of a plan apart in one calendar. A calendar application that polls the feed therefore
 * updates an event in place when its date or title changes.
 *
 * Written with ical-generator (escaping of event texts, folding at 75 octets without splitting a
 * UTF-8 character). It writes the calendar's own name and description as given, unescaped, so
 * those two are escaped here.
 */
import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { actionStatuses, contentStatuses, correctiveStatuses, priorities } from '../../../core/diff/vocabulary.js';
import type { Action, ContentItem, CorrectiveAction, Localized, PlanFacts } from '../../../core/plan.js';
import type { Exporter } from '../registry.js';
import { formatDate, l, labelOf, peopleByKey, raciNames, titles, type Language } from '../plan-text.js';

/** How often a subscribed calendar application should poll the feed. */
const refreshSeconds = 60 * 60;

// C0 control characters other than tab and line breaks cannot appear in iCalendar text.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

function clean(text: string): string {
  return text.replace(controlCharacters, '');
}

/** RFC 5545 TEXT escaping, for the two calendar properties ical-generator leaves as given. */
export function escapeIcsText(text: string): string {
  return clean(text)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** The calendar date after `date` (an all-day event's exclusive end). */
function nextDay(date: string): Date {
  const day = new Date(`${date}T00:00:00.000Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day;
}

interface CalendarEvent {
  uid: string;
  date: string;
  summary: string;
  description: string;
  category: string;
  status: ICalEventStatus;
}

const words = {
  due: l('Échéance', 'Due'),
  milestone: l('Jalon', 'Milestone'),
  publish: l('Publication', 'Publish'),
  corrective: l('Action corrective', 'Corrective action'),
  action: l('Action', 'Action'),
  content: l('Contenu', 'Content'),
  plan: l('Plan', 'Plan'),
  status: l('Statut', 'Status'),
  priority: l('Priorité', 'Priority'),
  start: l('Début', 'Start'),
  channel: l('Canal', 'Channel'),
  format: l('Format', 'Format'),
  owner: l('Responsable', 'Owner'),
  kpi: l('KPI', 'KPI'),
  action_of: l('Action liée', 'Action'),
  // French teams use the English RACI words too.
  accountable: l('A (Accountable)', 'A (Accountable)'),
  responsible: l('R (Responsible)', 'R (Responsible)'),
};

/** « Échéance : Titre » in French typography, "Due: Title" in English. */
function titled(word: Localized, title: string, language: Language): string {
  return language === 'fr' ? `${word.fr} : ${title}` : `${word.en}: ${title}`;
}

function line(word: Localized, value: string | null | undefined, language: Language): string | null {
  if (!value) return null;
  return titled(word, value, language);
}

function lines(...parts: (string | null | undefined)[]): string {
  return parts.filter((part): part is string => Boolean(part)).join('\n');
}

function actionEvents(facts: PlanFacts, language: Language, planRef: string): CalendarEvent[] {
  const tactics = new Map(facts.tactics.map((t) => [t.key, t]));
  const strategies = titles(facts.strategies, (s) => s.name);
  const raci = raciNames(facts);
  return facts.actions
    .filter((action): action is Action & { dueDate: string } => Boolean(action.dueDate))
    .map((action) => {
      const tactic = tactics.get(action.tactic);
      const roles = raci.get(action.key);
      const path = [tactic ? strategies.get(tactic.strategy) : null, tactic?.name].filter(Boolean).join(' › ');
      return {
        uid: `action-${action.key}.${planRef}@jalon`,
        date: action.dueDate,
        summary: titled(action.isMilestone ? words.milestone : words.due, action.title, language),
        description: lines(
          line(words.plan, facts.plan.name, language),
          path || null,
          line(words.status, labelOf(actionStatuses, action.status, language), language),
          line(words.priority, labelOf(priorities, action.priority, language), language),
          line(words.start, formatDate(action.startDate, language), language),
          line(words.accountable, roles?.A.join(', '), language),
          line(words.responsible, roles?.R.join(', '), language),
          action.description ? `\n${action.description}` : null,
        ),
        category: (action.isMilestone ? words.milestone : words.action)[language],
        status: action.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      };
    });
}

function contentEvents(facts: PlanFacts, language: Language, planRef: string): CalendarEvent[] {
  const people = peopleByKey(facts);
  const actions = titles(facts.actions, (a) => a.title);
  return facts.contentItems
    .filter((item): item is ContentItem & { publishDate: string } => Boolean(item.publishDate))
    .map((item) => ({
      uid: `content-${item.key}.${planRef}@jalon`,
      date: item.publishDate,
      summary: titled(words.publish, item.channel ? `${item.title} (${item.channel})` : item.title, language),
      description: lines(
        line(words.plan, facts.plan.name, language),
        line(words.status, labelOf(contentStatuses, item.status, language), language),
        line(words.channel, item.channel, language),
        line(words.format, item.format, language),
        line(words.owner, item.owner ? (people.get(item.owner) ?? item.owner) : null, language),
        line(words.action_of, item.action ? actions.get(item.action) : null, language),
        item.notes ? `\n${item.notes}` : null,
      ),
      category: words.content[language],
      status:
        item.status === 'scheduled' || item.status === 'published'
          ? ICalEventStatus.CONFIRMED
          : ICalEventStatus.TENTATIVE,
    }));
}

function correctiveEvents(facts: PlanFacts, language: Language, planRef: string): CalendarEvent[] {
  const people = peopleByKey(facts);
  const kpis = titles(facts.kpis, (k) => k.name);
  return facts.correctiveActions
    .filter((action): action is CorrectiveAction & { deadline: string } => Boolean(action.deadline))
    .map((action) => ({
      uid: `corrective-action-${action.key}.${planRef}@jalon`,
      date: action.deadline,
      summary: titled(words.corrective, action.title, language),
      description: lines(
        line(words.plan, facts.plan.name, language),
        line(words.kpi, kpis.get(action.kpi) ?? action.kpi, language),
        line(words.status, labelOf(correctiveStatuses, action.status, language), language),
        line(words.owner, action.owner ? (people.get(action.owner) ?? action.owner) : null, language),
        action.description ? `\n${action.description}` : null,
      ),
      category: words.corrective[language],
      status: action.status === 'abandoned' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    }));
}

/** Every dated event of the plan, by date (then in the order of the plan's sections). */
export function planEvents(facts: PlanFacts, language: Language, planRef: string): CalendarEvent[] {
  return [
    ...actionEvents(facts, language, planRef),
    ...contentEvents(facts, language, planRef),
    ...correctiveEvents(facts, language, planRef),
  ].sort((a, b) => a.date.localeCompare(b.date));
}

export const exportIcs: Exporter = (input) => {
  const { facts, language } = input;
  const stamp = input.generatedAt ? new Date(input.generatedAt) : new Date();
  const planRef = input.planId ?? facts.plan.key;
  const calendar = ical({
    prodId: `//Jalon//Jalon//${language.toUpperCase()}`,
    method: ICalCalendarMethod.PUBLISH,
    name: escapeIcsText(facts.plan.name),
    ttl: refreshSeconds,
  });
  if (facts.plan.description) calendar.description(escapeIcsText(facts.plan.description));
  for (const event of planEvents(facts, language, planRef)) {
    calendar.createEvent({
      id: event.uid,
      allDay: true,
      start: new Date(`${event.date}T00:00:00.000Z`),
      end: nextDay(event.date),
      stamp,
      summary: clean(event.summary),
      description: clean(event.description),
      categories: [{ name: clean(event.category) }],
      status: event.status,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return Promise.resolve({
    body: `${calendar.toString()}\r\n`,
    contentType: 'text/calendar; charset=utf-8',
    extension: 'ics',
  });
};
