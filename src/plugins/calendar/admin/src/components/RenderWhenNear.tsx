import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Draws its children once they come within a screen of the viewport, and keeps them drawn; until
 * then a plain box of about their height holds the place. A board of 1,000 cards then draws the few
 * dozen in sight, not 1,000 selects and menus, and scrolling brings the rest as they near.
 * One observer serves every placeholder on the page.
 */
const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | null = null;

function watch(element: Element, onNear: () => void) {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries)
        if (entry.isIntersecting) {
          waiting.get(entry.target)?.();
          waiting.delete(entry.target);
          observer!.unobserve(entry.target);
        }
    },
    { rootMargin: '100% 0px' }
  );
  waiting.set(element, onNear);
  observer.observe(element);
  return () => {
    waiting.delete(element);
    observer?.unobserve(element);
  };
}

export const RenderWhenNear = ({
  height,
  label,
  children,
  ...attributes
}: {
  /** The placeholder's height: about what the children will take. */
  height: number;
  /** Text the placeholder carries (the card's title), so finding in the page still finds it. */
  label?: string;
  children: ReactNode;
  [attribute: `data-${string}`]: string | undefined;
}) => {
  const place = useRef<HTMLDivElement>(null);
  // Where the browser cannot observe, everything is drawn at once.
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => (near || !place.current ? undefined : watch(place.current, () => setNear(true))), [near]);
  if (near) return <>{children}</>;
  return (
    <div ref={place} style={{ minHeight: height, overflow: 'hidden', padding: 12 }} {...attributes}>
      {label}
    </div>
  );
};
