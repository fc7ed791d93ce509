import type ExcelJS from 'exceljs';

/**
 * A small evaluator of the spreadsheet formulas the XLSX export writes (SUM over a range, ROUND,
 * IF with `=`, + − × ÷, cell references, numbers and "" strings), reading the cells of the
 * re-opened file. It checks that a formula points at the right cells and computes what the file
 * says it computes, independently of the cached result exceljs reads back.
 */
type Value = number | string;

export function evaluate(sheet: ExcelJS.Worksheet, formula: string): Value {
  const tokens = formula.match(/"[^"]*"|[A-Z]+\d+:[A-Z]+\d+|[A-Z]+\d+|[A-Z]+(?=\()|\d+(?:\.\d+)?|[-+*/(),=]/g) ?? [];
  if (tokens.join('') !== formula.replace(/\s+/g, '')) throw new Error(`Cannot read formula ${formula}`);
  let i = 0;
  const peek = () => tokens[i];
  const take = (expected?: string) => {
    const token = tokens[i++];
    if (expected !== undefined && token !== expected) throw new Error(`Expected ${expected} in ${formula}`);
    return token as string;
  };

  const cellValue = (address: string): Value => {
    const value = sheet.getCell(address).value;
    if (value === null || value === undefined) return 0;
    if (typeof value === 'number' || typeof value === 'string') return value;
    if (typeof value === 'object' && 'formula' in value && value.formula) return evaluate(sheet, value.formula);
    throw new Error(`Unexpected value in ${address}`);
  };
  const range = (text: string): Value[] => {
    const [from, to] = text.split(':') as [string, string];
    const column = from.replace(/\d+/, '');
    const first = Number(from.replace(/[A-Z]+/, ''));
    const last = Number(to.replace(/[A-Z]+/, ''));
    if (to.replace(/\d+/, '') !== column) throw new Error('Only one-column ranges are read here');
    return Array.from({ length: last - first + 1 }, (_, k) => cellValue(`${column}${first + k}`));
  };
  const num = (value: Value): number => (typeof value === 'number' ? value : value === '' ? 0 : Number.NaN);

  function call(name: string): Value {
    take('(');
    const args: (Value | Value[])[] = [];
    while (peek() !== ')') {
      args.push(/^[A-Z]+\d+:[A-Z]+\d+$/.test(peek() ?? '') ? range(take()) : comparison());
      if (peek() === ',') take(',');
    }
    take(')');
    if (name === 'SUM') return args.flat().reduce<number>((sum, v) => sum + (typeof v === 'number' ? v : 0), 0);
    if (name === 'ROUND') {
      const factor = 10 ** num(args[1] as Value);
      return Math.round(num(args[0] as Value) * factor) / factor;
    }
    if (name === 'IF') return args[0] ? (args[1] as Value) : (args[2] as Value);
    throw new Error(`Unknown function ${name}`);
  }
  function primary(): Value {
    const token = take();
    if (token === '(') {
      const value = comparison();
      take(')');
      return value;
    }
    if (token === '-') return -num(primary());
    if (token.startsWith('"')) return token.slice(1, -1);
    if (/^\d/.test(token)) return Number(token);
    if (peek() === '(') return call(token);
    return cellValue(token);
  }
  function product(): Value {
    let value = primary();
    while (peek() === '*' || peek() === '/') {
      const op = take();
      const right = primary();
      value = op === '*' ? num(value) * num(right) : num(value) / num(right);
    }
    return value;
  }
  function sum(): Value {
    let value = product();
    while (peek() === '+' || peek() === '-') {
      const op = take();
      const right = product();
      value = op === '+' ? num(value) + num(right) : num(value) - num(right);
    }
    return value;
  }
  function comparison(): Value {
    const left = sum();
    if (peek() !== '=') return left;
    take('=');
    const right = sum();
    // Excel compares an empty cell equal to both 0 and "".
    return (left === right || (left === 0 && right === '') ? 1 : 0) as Value;
  }
  const result = comparison();
  if (i !== tokens.length) throw new Error(`Unread tokens in ${formula}`);
  return result;
}
