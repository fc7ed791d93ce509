import { describe, expect, it } from 'vitest';
import { isAcceptedFileName, sizeParts, uploadContentType } from './files';

describe('files accepted for an import', () => {
  it.each([
    ['Dates.csv', true],
    ['EXPORT.CSV', true],
    ['rapport.tsv', true],
    ['rapport.txt', true],
    ['ua-pages.xlsx', true],
    ['ancien.xls', true],
    ['sans-extension', true],
    ['photo.png', false],
    ['plan.pdf', false],
    ['archive.csv.zip', false],
  ])('%s → %s', (name, accepted) => {
    expect(isAcceptedFileName(name)).toBe(accepted);
  });

  it.each([
    ['Dates.csv', 'text/csv'],
    ['report.TSV', 'text/tab-separated-values'],
    ['notes.txt', 'text/plain'],
    ['pages.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['old.xls', 'application/vnd.ms-excel'],
    ['export', 'application/octet-stream'],
    ['image.png', 'application/octet-stream'],
  ])('sends %s as %s', (name, type) => {
    expect(uploadContentType(name)).toBe(type);
  });

  it.each([
    [0, { value: 0, unit: 'b' }],
    [1023, { value: 1023, unit: 'b' }],
    [1536, { value: 1.5, unit: 'kb' }],
    [11_776, { value: 12, unit: 'kb' }],
    [209_715_200, { value: 200, unit: 'mb' }],
    [3_435_973_837, { value: 3.2, unit: 'gb' }],
  ])('%i bytes read as %o', (bytes, parts) => {
    expect(sizeParts(bytes)).toEqual(parts);
  });
});
