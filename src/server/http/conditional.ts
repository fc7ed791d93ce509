/**
 * Conditional GET: whether an `If-None-Match` header names `etag`, with the weak comparison
 * that GET uses (`W/"x"` and `"x"` match), or is `*`.
 */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}
