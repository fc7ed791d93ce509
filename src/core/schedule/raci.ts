import type { Action, Localized, Person, RaciAssignment } from '../plan.js';
import { actionName, joinList, localized, quote } from './texts.js';

/**
 * RACI rule of the method: every action has exactly one Accountable (A, the person who answers
 * for the result) and at least one Responsible (R, who does the work). Consulted and Informed
 * are optional. Cancelled actions are not checked: nobody has to answer for work that will not
 * be done.
 */

export type RaciFindingCode = 'no_accountable' | 'several_accountable' | 'no_responsible';

export interface RaciFinding {
  code: RaciFindingCode;
  action: string;
  /** Keys of the people concerned: the Accountable people for `several_accountable`, else empty. */
  people: string[];
  message: Localized;
}

interface ActionRoles {
  accountable: Set<string>;
  responsible: Set<string>;
}

/** One pass over the assignments; a person listed twice in the same role counts once. */
export function rolesByAction(assignments: readonly RaciAssignment[]): Map<string, ActionRoles> {
  const roles = new Map<string, ActionRoles>();
  for (const { action, person, role } of assignments) {
    if (role !== 'A' && role !== 'R') continue;
    let entry = roles.get(action);
    if (!entry) {
      entry = { accountable: new Set(), responsible: new Set() };
      roles.set(action, entry);
    }
    (role === 'A' ? entry.accountable : entry.responsible).add(person);
  }
  return roles;
}

/** RACI findings, in the order of `actions`; an action can have two (no A and no R). */
export function checkRaci(
  actions: readonly Action[],
  assignments: readonly RaciAssignment[],
  people: readonly Person[] = [],
): RaciFinding[] {
  const roles = rolesByAction(assignments);
  const names = new Map(people.map((p) => [p.key, p.name]));
  const findings: RaciFinding[] = [];
  for (const action of actions) {
    if (action.status === 'cancelled') continue;
    const entry = roles.get(action.key);
    const accountable = [...(entry?.accountable ?? [])];
    const title = actionName(action.title, action.key);
    if (accountable.length === 0) {
      findings.push({ code: 'no_accountable', action: action.key, people: [], message: noAccountable(title) });
    } else if (accountable.length > 1) {
      const who = accountable.map((key) => names.get(key) ?? key);
      findings.push({
        code: 'several_accountable',
        action: action.key,
        people: accountable,
        message: severalAccountable(title, who),
      });
    }
    if ((entry?.responsible.size ?? 0) === 0) {
      findings.push({ code: 'no_responsible', action: action.key, people: [], message: noResponsible(title) });
    }
  }
  return findings;
}

function noAccountable(title: string): Localized {
  return localized((l) =>
    l === 'fr'
      ? `L’action ${quote(title, l)} n’a pas d’Accountable (A, la personne qui rend des comptes) : il en faut exactement un.`
      : `Action ${quote(title, l)} has no Accountable (A, the person who answers for it): it needs exactly one.`,
  );
}

function severalAccountable(title: string, who: string[]): Localized {
  return localized((l) =>
    l === 'fr'
      ? `L’action ${quote(title, l)} a plusieurs Accountable (A) : ${joinList(who, l)} ; il en faut exactement un.`
      : `Action ${quote(title, l)} has several Accountable people (A): ${joinList(who, l)}; it needs exactly one.`,
  );
}

function noResponsible(title: string): Localized {
  return localized((l) =>
    l === 'fr'
      ? `L’action ${quote(title, l)} n’a pas de Responsable (R, qui réalise le travail) : il en faut au moins un.`
      : `Action ${quote(title, l)} has no Responsible (R, who does the work): it needs at least one.`,
  );
}
