import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanDocument } from '../../plan-document-text.js';
import { escapeIcsText, exportIcs, planEvents } from './index.js';

const fixture = fs.readFileSync(path.join(import.meta.dirname, '../../../../test/fixtures/plan-full.yaml'), 'utf8');
const parsed = parsePlanDocument(fixture);
if (!parsed.ok) throw new Error('The fixture plan does not parse');
const facts = parsed.document;

describe('ICS export', () => {
  it('escapes TEXT values as RFC 5545 asks', () => {
    expect(escapeIcsText('a,b;c\\d\ne\r\nf\u0007')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
  });

  it('dates each event on its day, in date order, with UIDs from keys and the plan', () => {
    const events = planEvents(facts, 'en', 'plan-1');
    expect(events.map((e) => [e.date, e.uid])).toEqual([
      ['2027-01-22', 'action-audit-mots-cles.plan-1@jalon'],
      ['2027-02-05', 'action-calendrier-editorial.plan-1@jalon'],
      ['2027-02-10', 'content-article-paniers.plan-1@jalon'],
      ['2027-04-30', 'corrective-action-optim-campagnes.plan-1@jalon'],
    ]);
    expect(events[1]?.summary).toBe('Milestone: Publier le calendrier éditorial du premier trimestre');
  });

  it('uses the plan key when the plan has no id, and the given instant as DTSTAMP', async () => {
    const file = await exportIcs({ facts, language: 'fr', today: '2027-03-01', generatedAt: '2027-03-01T08:30:00Z' });
    const text = String(file.body);
    expect(text).toContain('UID:action-audit-mots-cles.bio-croissance-2027@jalon\r\n');
    expect(text.match(/^DTSTAMP:20270301T083000Z\r$/gm)).toHaveLength(4);
    expect(text).toContain('DTSTART;VALUE=DATE:20270122\r\nDTEND;VALUE=DATE:20270123\r\n');
  });
});
