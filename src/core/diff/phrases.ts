import type { Localized } from '../plan.js';
import { formatNumber } from './format.js';
import { agree, capitalise, pluralOf, quoted, type FieldLabel, type FrGender, type Noun } from './grammar.js';

/**
 * The sentences of a diff, in French and English. A subject is what a message is about, lower
 * case: « objectif « Leads » », "objective “Leads”"; its gender makes the participles agree.
 */
export interface Subject {
  text: Localized;
  gender: FrGender;
}

export function entitySubject(noun: Noun, name: string): Subject {
  const q = quoted(name);
  return { text: { fr: `${noun.fr} ${q.fr}`, en: `${noun.en} ${q.en}` }, gender: noun.gender };
}

/** « Objectif « Leads » : » — or, with no subject, the field label opens the sentence. */
function opening(subject: Subject | null, label: FieldLabel): Localized {
  if (!subject) return { fr: capitalise(label.fr), en: capitalise(label.en) };
  return { fr: `${capitalise(subject.text.fr)} : ${label.fr}`, en: `${capitalise(subject.text.en)}: ${label.en}` };
}

export function addedMessage(subject: Subject, headline?: Localized): Localized {
  return {
    fr: `${capitalise(subject.text.fr)} ${agree('ajouté', subject.gender)}${headline ? ` : ${headline.fr}` : ''}`,
    en: `${capitalise(subject.text.en)} added${headline ? `: ${headline.en}` : ''}`,
  };
}

export function removedMessage(subject: Subject): Localized {
  return {
    fr: `${capitalise(subject.text.fr)} ${agree('supprimé', subject.gender)}`,
    en: `${capitalise(subject.text.en)} removed`,
  };
}

/** « Objectif « Leads » : cible 20 → 15 »; without a subject, « Réserve pour imprévus : 10 % → 15 % ». */
export function fieldChangedMessage(
  subject: Subject | null,
  label: FieldLabel,
  before: Localized,
  after: Localized,
): Localized {
  const start = opening(subject, label);
  const [frGap, enGap] = subject ? [' ', ' '] : [' : ', ': '];
  return {
    fr: `${start.fr}${frGap}${before.fr} → ${after.fr}`,
    en: `${start.en}${enGap}${before.en} → ${after.en}`,
  };
}

export function renamedMessage(noun: Noun, oldName: string, newName: string): Localized {
  const [oldQ, newQ] = [quoted(oldName), quoted(newName)];
  return {
    fr: `${capitalise(noun.fr)} ${oldQ.fr} ${agree('renommé', noun.gender)} en ${newQ.fr}`,
    en: `${capitalise(noun.en)} ${oldQ.en} renamed to ${newQ.en}`,
  };
}

export type TextEdit = 'added' | 'removed' | 'changed';
const textEditWords: Record<TextEdit, { fr: string; en: string }> = {
  added: { fr: 'ajouté', en: 'added' },
  removed: { fr: 'supprimé', en: 'removed' },
  changed: { fr: 'modifié', en: 'changed' },
};

/** Long texts are not quoted in full: « Action « Audit » : description modifiée ». */
export function textEditedMessage(subject: Subject | null, label: FieldLabel, edit: TextEdit): Localized {
  const start = opening(subject, label);
  const words = textEditWords[edit];
  return { fr: `${start.fr} ${agree(words.fr, label.gender)}`, en: `${start.en} ${words.en}` };
}

/** « Stratégie « SEO » : objectif « Leads » lié ». */
export function linkMessage(subject: Subject, target: Noun, targetName: string, linked: boolean): Localized {
  const q = quoted(targetName);
  return {
    fr: `${capitalise(subject.text.fr)} : ${target.fr} ${q.fr} ${agree(linked ? 'lié' : 'délié', target.gender)}`,
    en: `${capitalise(subject.text.en)}: ${target.en} ${q.en} ${linked ? 'linked' : 'unlinked'}`,
  };
}

/** « Persona « Claire » : ajout de « yoga » aux centres d'intérêt » (list labels are plural). */
export function listItemMessage(subject: Subject, label: FieldLabel, item: string, added: boolean): Localized {
  const q = quoted(item);
  return {
    fr: `${capitalise(subject.text.fr)} : ${added ? `ajout de ${q.fr} aux` : `retrait de ${q.fr} des`} ${label.fr}`,
    en: `${capitalise(subject.text.en)}: ${q.en} ${added ? 'added to' : 'removed from'} ${label.en}`,
  };
}

export function reorderedMessage(subject: Subject, label: FieldLabel): Localized {
  return {
    fr: `${capitalise(subject.text.fr)} : ordre des ${label.fr} modifié`,
    en: `${capitalise(subject.text.en)}: order of ${label.en} changed`,
  };
}

const summaryWords: Record<'added' | 'removed' | 'changed', { fr: string; en: string }> = {
  added: { fr: 'ajouté', en: 'added' },
  removed: { fr: 'supprimé', en: 'removed' },
  changed: { fr: 'modifié', en: 'changed' },
};

/** « 30 mesures ajoutées pour « Trafic organique » » (only ever said of several rows). */
export function summaryMessage(
  count: number,
  noun: Noun,
  kind: 'added' | 'removed' | 'changed',
  parentName: string,
): Localized {
  const q = quoted(parentName);
  const words = summaryWords[kind];
  return {
    fr: `${formatNumber(count, 'fr')} ${noun.frPlural} ${agree(words.fr, pluralOf(noun.gender))} pour ${q.fr}`,
    en: `${formatNumber(count, 'en')} ${noun.enPlural} ${words.en} for ${q.en}`,
  };
}

/** « 2 000 € déplacés de SEA vers Email »; the amount agrees (« 1 € déplacé »). */
export function movedMessage(amount: Localized, singular: boolean, from: string, to: string): Localized {
  return {
    fr: `${amount.fr} ${singular ? 'déplacé' : 'déplacés'} de ${from} vers ${to}`,
    en: `${amount.en} moved from ${from} to ${to}`,
  };
}

/** « Camille devient Accountable de « Audit SEO » ». */
export function raciMessage(person: string, role: Localized, action: string, added: boolean): Localized {
  const q = quoted(action);
  return added
    ? { fr: `${person} devient ${role.fr} de ${q.fr}`, en: `${person} becomes ${role.en} for ${q.en}` }
    : { fr: `${person} n'est plus ${role.fr} de ${q.fr}`, en: `${person} is no longer ${role.en} for ${q.en}` };
}

/** « Action « Rédaction » dépend désormais de « Audit » ». */
export function dependencyMessage(successor: string, predecessor: string, added: boolean): Localized {
  const [s, p] = [quoted(successor), quoted(predecessor)];
  return added
    ? { fr: `Action ${s.fr} dépend désormais de ${p.fr}`, en: `Action ${s.en} now depends on ${p.en}` }
    : { fr: `Action ${s.fr} ne dépend plus de ${p.fr}`, en: `Action ${s.en} no longer depends on ${p.en}` };
}
