// Not the contract's `slugify`: that one cuts long titles mid-word, and the keys of every generated
// document (seeds are meant to reproduce them) depend on cutting at a word boundary.
/** `Rédiger l'article « Éclairer un salon »` → `rediger-l-article-eclairer-un-salon`. */
export function slugify(text: string, max = 60): string {
  const slug = text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug || 'item';
  // Cut at a word boundary when there is one in the second half.
  const cut = slug.slice(0, max + 1);
  const dash = cut.lastIndexOf('-');
  return (dash > max / 2 ? cut.slice(0, dash) : slug.slice(0, max)).replace(/-+$/, '');
}

/** Unique slugs within one collection: the second "seo" becomes "seo-2". */
export class Keys {
  private readonly used = new Set<string>();
  make(text: string, max = 60): string {
    const base = slugify(text, max);
    let key = base;
    for (let n = 2; this.used.has(key); n++) key = `${base}-${n}`;
    this.used.add(key);
    return key;
  }
}
