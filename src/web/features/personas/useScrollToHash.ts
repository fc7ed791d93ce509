import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Once the page's entities are on screen, brings the one named by the URL hash
 * (`…/personas#entity-<key>`, from a health finding) into view and moves the focus to it.
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
    const element = document.getElementById(id);
    if (!element) return;
    element.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    element.focus({ preventScroll: true });
  }, [ready, hash]);
}
