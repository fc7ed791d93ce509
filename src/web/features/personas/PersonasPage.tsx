/** Placeholder until this screen is built. */
export function PersonasPage() {
  return null;
}
