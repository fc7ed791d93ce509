import { useEffect } from 'react';
import { useLocation } from 'react-router';

interface ScrollToHashOptions {
  /** Where the element lands in the view (default `start`). */
  block?: ScrollLogicalPosition;
  /** Scroll smoothly and move the keyboard focus there (default); false: jump there, focus unchanged. */
  moveFocus?: boolean;
}

/**
 * Once the page's entities are on screen, brings the one named by the URL hash into view
 * (`…/objectives#entity-<key>`, the links of the health findings) and moves the focus to it.
 */
export function useScrollToHash(ready: boolean, { block = 'start', moveFocus = true }: ScrollToHashOptions = {}) {
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
    if (!moveFocus) {
      target.scrollIntoView?.({ block });
      return;
    }
    target.scrollIntoView?.({ block, behavior: 'smooth' });
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }, [ready, hash, block, moveFocus]);
}
