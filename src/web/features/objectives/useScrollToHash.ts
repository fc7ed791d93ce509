import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Once the page's entities are on screen, scrolls to the one named by the URL hash
 * (`…/objectives#entity-<key>`, the links of the health findings) and moves the focus there.
 */
export function useScrollToHash(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      return;
    }
    const target = document.getElementById(id);
    if (!target) return;
    target.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }, [ready, hash]);
}
