import { describe, expect, it } from 'vitest';
import {
  parseCount,
  parsePastedDate,
  parsePastedResults,
  splitLine,
  type LineProblem,
  type PasteParse,
} from './resultsPaste';

const variants = [
  { id: 'v1', name: 'A (témoin)' },
  { id: 'v2', name: 'Vert' },
];

describe('pasted results', () => {
  it.each([
    [
      'an English CSV',
      'date,version name,users,conversions\n2027-03-01,A (témoin),1000,50\n2027-03-01,Vert,1010,61',
      [
        { variantId: 'v1', date: '2027-03-01', users: 1000, conversions: 50 },
        { variantId: 'v2', date: '2027-03-01', users: 1010, conversions: 61 },
      ],
    ],
    [
      'a French CSV: semicolons, French dates, headers in another order and case, a space in thousands',
      'Visiteurs;Variante;Date;Conversions\n1 200;vert;02/03/2027;64\n',
      [{ variantId: 'v2', date: '2027-03-02', users: 1200, conversions: 64 }],
    ],
    [
      'a spreadsheet copy: tabs, Windows line ends, blank lines, an extra column',
      'Jour\tVersion\tUtilisateurs\tTaux\tConversions\r\n\r\n2027-03-03\tA (témoin)\t900\t5 %\t45\r\n',
      [{ variantId: 'v1', date: '2027-03-03', users: 900, conversions: 45 }],
    ],
    [
      'a CSV file that starts with a byte-order mark',
      '\uFEFFdate,version,users,conversions\n2027-03-01,Vert,10,1',
      [{ variantId: 'v2', date: '2027-03-01', users: 10, conversions: 1 }],
    ],
    [
      'quoted cells around the separator',
      'date,version,visitors,conversions\n2027-03-04,"Vert",  "1,000" ,7',
      [{ variantId: 'v2', date: '2027-03-04', users: 1000, conversions: 7 }],
    ],
  ] as const)('reads %s', (_, text, rows) => {
    const parsed = parsePastedResults(text, 'conversion', variants);
    expect(parsed.problem).toBeNull();
    expect(parsed.lines.map((line) => line.problems)).toEqual(rows.map(() => []));
    expect(parsed.lines.map((line) => line.row)).toEqual(rows);
  });

  it('reads a continuous metric with a decimal comma and French headers', () => {
    const parsed = parsePastedResults(
      'date;version;n;moyenne;écart-type\n01/03/2027;Vert;400;52,5;9,25',
      'continuous',
      variants,
    );
    expect(parsed.lines.map((line) => line.row)).toEqual([
      { variantId: 'v2', date: '2027-03-01', users: 400, mean: 52.5, sd: 9.25 },
    ]);
  });

  const problemsOf = (line: string, metric: 'conversion' | 'continuous' = 'conversion') => {
    const header = metric === 'conversion' ? 'date;version;users;conversions' : 'date;version;users;mean;sd';
    const parsed = parsePastedResults(`${header}\n${line}`, metric, variants);
    return { problems: parsed.lines[0]?.problems, row: parsed.lines[0]?.row };
  };

  it.each<[string, string, LineProblem[], ('conversion' | 'continuous')?]>([
    ['an unknown version', '2027-03-01;Rouge;100;5', [{ code: 'unknownVersion', column: 'version' }]],
    ['a word for a number', '2027-03-01;Vert;cent;5', [{ code: 'badNumber', column: 'users' }]],
    ['a negative count', '2027-03-01;Vert;100;-5', [{ code: 'badNumber', column: 'conversions' }]],
    ['half a visitor', '2027-03-01;Vert;100,5;5', [{ code: 'notWhole', column: 'users' }]],
    ['more conversions than users', '2027-03-01;Vert;100;120', [{ code: 'moreThanUsers', column: 'conversions' }]],
    ['a date that does not exist', '31/04/2027;Vert;100;5', [{ code: 'badDate', column: 'date' }]],
    ['an American date', '03/31/2027;Vert;100;5', [{ code: 'badDate', column: 'date' }]],
    ['a short line', '2027-03-01;Vert;100', [{ code: 'missing', column: 'conversions' }]],
    ['a negative standard deviation', '2027-03-01;Vert;100;12;-1', [{ code: 'badNumber', column: 'sd' }], 'continuous'],
    [
      'several problems at once',
      'hier;Rouge;100;x',
      [
        { code: 'badNumber', column: 'conversions' },
        { code: 'badDate', column: 'date' },
        { code: 'unknownVersion', column: 'version' },
      ],
    ],
  ])('names %s, and saves nothing of that line', (_, line, problems, metric) => {
    expect(problemsOf(line, metric)).toEqual({ problems, row: null });
  });

  it('names a version given twice for the same day', () => {
    const parsed = parsePastedResults(
      'date,version,users,conversions\n2027-03-01,Vert,100,5\n01/03/2027,vert,120,6',
      'conversion',
      variants,
    );
    expect(parsed.lines.map((line) => [line.line, line.problems])).toEqual([
      [2, []],
      [3, [{ code: 'duplicate', column: 'version' }]],
    ]);
  });

  it.each<[string, string, PasteParse['problem']]>([
    ['nothing', '  \n ', { code: 'empty' }],
    ['a header only', 'date,version,users,conversions\n', { code: 'empty' }],
    [
      'no header row',
      '2027-03-01,Vert,100,5',
      { code: 'missingColumns', columns: ['date', 'version', 'users', 'conversions'] },
    ],
    [
      'a column missing',
      'date;version;visiteurs\n2027-03-01;Vert;100',
      { code: 'missingColumns', columns: ['conversions'] },
    ],
  ])('refuses %s as a whole', (_, text, problem) => {
    expect(parsePastedResults(text, 'conversion', variants)).toEqual({ problem, lines: [] });
  });

  it('refuses more lines than one write takes', () => {
    const text = ['date,version,users,conversions', ...Array.from({ length: 5001 }, () => '2027-03-01,Vert,1,0')];
    expect(parsePastedResults(text.join('\n'), 'conversion', variants).problem).toEqual({
      code: 'tooManyLines',
      max: 5000,
    });
  });

  it.each([
    ['a,b,c', ',', ['a', 'b', 'c']],
    ['"a,b";c', ';', ['a,b', 'c']],
    ['"say ""hi""",x', ',', ['say "hi"', 'x']],
    ['a\t\tc', '\t', ['a', '', 'c']],
  ])('splits %j on %j', (line, separator, cells) => {
    expect(splitLine(line, separator)).toEqual(cells);
  });

  it.each([
    ['12 500', 12500],
    ['12,500', 12500],
    ['1.234.567', 1234567],
    ["12'500", 12500],
    ['100,5', 100.5],
    ['12,50', 12.5],
    ['douze', null],
  ])('reads the count %j as %j', (text, value) => {
    expect(parseCount(text)).toBe(value);
  });

  it.each([
    ['2027-03-01', '2027-03-01'],
    ['1/3/2027', '2027-03-01'],
    ['01.03.2027', '2027-03-01'],
    ['2027-02-29', null],
    ['2027/03/01', null],
    ['', null],
  ])('reads the date %j as %j', (text, date) => {
    expect(parsePastedDate(text)).toBe(date);
  });
});
