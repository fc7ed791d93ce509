/** Rounds to `decimals` places; negative `decimals` round to tens, hundreds… */
export const round = (value: number, decimals = 0): number => {
  if (decimals < 0) return Math.round(value / 10 ** -decimals) * 10 ** -decimals;
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};
/** Euros → cents, rounded to `step` euros. */
export const cents = (euros: number, step = 100): number => Math.round(euros / step) * step * 100;

/** Rounds a business figure to a precision that reads naturally for its size. */
export function tidy(value: number): number {
  const abs = Math.abs(value);
  return abs >= 1_000 ? round(value, -1) : abs >= 100 ? round(value) : abs >= 10 ? round(value, 1) : round(value, 2);
}

/** 42000.5 → "42 000,5", without depending on the runtime's locale data. */
export function frenchNumber(value: number): string {
  const [whole = '', fraction] = String(value).split('.');
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ') + (fraction ? `,${fraction}` : '');
}
