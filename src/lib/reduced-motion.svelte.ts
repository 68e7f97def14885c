/** Whether the reader asked the system for reduced motion; follows the setting as it changes. */
export class ReducedMotion {
  current = $state(false);

  constructor(
    win: Pick<Window, 'matchMedia'> | undefined = typeof window === 'undefined'
      ? undefined
      : window,
  ) {
    const query = win?.matchMedia?.('(prefers-reduced-motion: reduce)');
    if (!query) return;
    this.current = query.matches;
    query.addEventListener('change', (e) => (this.current = e.matches));
  }
}
