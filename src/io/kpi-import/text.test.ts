import { describe, expect, it } from 'vitest';
import { decodeHead, detectDelimiter, detectEncoding, encodingLabel } from './text.js';

const utf16le = (text: string, bom = true) =>
  Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);

describe('detectEncoding', () => {
  it.each([
    ['UTF-8 with a BOM', Buffer.from('\ufeffDate;Visites\n', 'utf8'), 'utf-8-bom'],
    ['UTF-8 without a BOM', Buffer.from('Date;Visites;Coût\n', 'utf8'), 'utf-8'],
    ['UTF-16LE with a BOM (Google Ads "Excel .csv")', utf16le('Campaign report\n'), 'utf-16le'],
    ['UTF-16LE without a BOM', utf16le('Date\tClicks\n2024-01-01\t3\n', false), 'utf-16le'],
    ['UTF-16BE with a BOM', Buffer.from([0xfe, 0xff, 0, 0x44, 0, 0x61]), 'utf-16be'],
    ['Windows-1252 (old Excel)', Buffer.from([0x43, 0x6f, 0xfb, 0x74, 0x3b, 0x80, 0x0a]), 'windows-1252'],
  ])('%s', (_name, bytes, expected) => {
    expect(encodingLabel(detectEncoding(bytes))).toBe(expected);
  });

  it('decodes the start of the text without the BOM', () => {
    const bytes = utf16le('Campaign report\n');
    expect(decodeHead(bytes, detectEncoding(bytes))).toBe('Campaign report\n');
    const cp1252 = Buffer.from([0x43, 0x6f, 0xfb, 0x74, 0x3b, 0x80]);
    expect(decodeHead(cp1252, detectEncoding(cp1252))).toBe('Coût;€');
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['commas', 'Date,Clicks,CTR\n2024-01-01,3,1.2%\n2024-01-02,4,1.5%\n', ','],
    ['semicolons with decimal commas', 'Date;Visites;Taux\n01/01/2024;1 234;12,5 %\n02/01/2024;1 300;13,1 %\n', ';'],
    ['tabs', 'Date\tClicks\tCost\n2024-01-01\t"9,380"\t1.5\n2024-01-02\t3\t2\n', '\t'],
    [
      'commas inside quotes do not count',
      'Campaign report\n"July 8, 2025 - July 31, 2025"\nCampaign;Clicks\n"A, B";3\n"C, D";4\n',
      ';',
    ],
    ['comment lines are left out', '# Start date: 20240101\n# a;b;c;d;e\nDay,Users\n0000,1\n0001,2\n', ','],
  ])('%s', (_name, text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});
