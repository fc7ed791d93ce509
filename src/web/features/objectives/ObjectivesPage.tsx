/** Placeholder until this screen is built. */
export function ObjectivesPage() {
  return null;
}
