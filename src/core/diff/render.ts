import type { Localized } from '../plan.js';
import type { AnyRow, DiffContext, Side } from './context.js';
import { bothLocales, formatCount, formatMoney, formatNumber, formatPercent, formatQuantity } from './format.js';
import { quoted, same } from './grammar.js';
import type { FieldSpec, UnitSource } from './specs.js';

const empty: Localized = { fr: '(vide)', en: '(empty)' };
const yes: Localized = { fr: 'oui', en: 'yes' };
const no: Localized = { fr: 'non', en: 'no' };

export function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function unitFor(source: UnitSource, row: AnyRow, side: Side, ctx: DiffContext): string | null {
  switch (source.from) {
    case 'own':
      return typeof row.unit === 'string' ? row.unit : null;
    case 'parent': {
      const unit = ctx.rowOf(source.section, row[source.field], side)?.unit;
      return typeof unit === 'string' ? unit : null;
    }
    case 'fixed':
      return source.unit;
    case 'words':
      return null;
  }
}

/** A value of a field as it reads in a message; `row` and `side` give units and currency. */
export function renderValue(spec: FieldSpec, value: unknown, row: AnyRow, side: Side, ctx: DiffContext): Localized {
  if (isEmpty(value)) return empty;
  switch (spec.kind) {
    case 'name':
    case 'text':
    case 'longText':
      return quoted(String(value));
    case 'code':
    case 'date':
      return same(String(value));
    case 'boolean':
      return value ? yes : no;
    case 'enum':
      return spec.values[String(value)] ?? same(String(value));
    case 'ref':
      return quoted(ctx.nameOf(spec.section, value, side));
    case 'links':
    case 'list':
      return joinQuoted((value as unknown[]).map(String));
  }
  const n = Number(value);
  switch (spec.kind) {
    case 'number':
      return bothLocales((locale) => formatNumber(n, locale));
    case 'percent':
      return bothLocales((locale) => formatPercent(n, locale));
    case 'money':
      return bothLocales((locale) => formatMoney(n, side.currency, locale));
    case 'quantity': {
      const { unit: source } = spec;
      if (source.from === 'words') return bothLocales((locale) => formatCount(n, source.words, locale));
      const unit = unitFor(source, row, side, ctx);
      return bothLocales((locale) => formatQuantity(n, unit, locale));
    }
  }
}

function joinQuoted(items: string[]): Localized {
  return {
    fr: items.map((item) => quoted(item).fr).join(', '),
    en: items.map((item) => quoted(item).en).join(', '),
  };
}
