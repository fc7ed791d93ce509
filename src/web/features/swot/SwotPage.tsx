/** Placeholder until this screen is built. */
export function SwotPage() {
  return null;
}
