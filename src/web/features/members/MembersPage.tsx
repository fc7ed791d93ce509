/** Placeholder until this screen is built. */
export function MembersPage() {
  return null;
}
