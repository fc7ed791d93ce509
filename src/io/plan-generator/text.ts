/** `'a|b|c'` → `['a', 'b', 'c']`: keeps long word lists on a few lines. */
export function list(text: string): string[] {
  return text.split('|');
}

/** Table rows written as `'a; b; c'`, one string per row. */
export function rows(...lines: string[]): string[][] {
  return lines.map((line) => line.split(';').map((cell) => cell.trim()));
}

export const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? name);
