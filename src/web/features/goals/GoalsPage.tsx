/** Placeholder until this screen is built. */
export function GoalsPage() {
  return null;
}
