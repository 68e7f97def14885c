/**
 * The screens where the map's panels and the feature card open as bottom sheets over the map: a
 * phone either way up, and a tablet held upright. The components' CSS repeats this media query (CSS
 * cannot import it); a unit test holds the copies to this one.
 */
export const SHEET_MEDIA =
  '(max-width: 50rem), (max-width: 64rem) and (orientation: portrait), (max-height: 30rem)';

/** Whether the panels open as sheets on this screen now (never where there is no window). */
export function sheetsShown(): boolean {
  return typeof matchMedia === 'function' && matchMedia(SHEET_MEDIA).matches;
}
