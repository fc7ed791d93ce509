/** Placeholder until this screen is built. */
export function OkrsPage() {
  return null;
}
