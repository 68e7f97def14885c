/** The theme the interface and the map use: paper for reading, projector for a lit classroom. */
import {
  paperTheme,
  savedTheme,
  THEME_KEY,
  themeCssVars,
  themeOf,
  type Theme,
} from '../lib/map/theme';

type Store = Pick<Storage, 'setItem'>;

export class ThemeChoice {
  id = $state(paperTheme.id);
  readonly theme: Theme = $derived(themeOf(this.id) ?? paperTheme);
  /** The interface's colours and font, as a `style` attribute. */
  readonly cssVars: string = $derived(
    Object.entries(themeCssVars(this.theme))
      .map(([k, v]) => `${k}: ${v}`)
      .join('; '),
  );
  readonly #store: () => Store | undefined;

  constructor(
    initial: string = savedTheme().id,
    store: () => Store | undefined = () => localStorage,
  ) {
    this.id = initial;
    this.#store = store;
  }

  /** Shows a theme for this view (a link names it) without remembering it. */
  show(id: string): void {
    if (themeOf(id)) this.id = id;
  }

  /** Switches between paper and projector, remembered for the next visit. */
  toggle(): void {
    this.id = this.id === 'projector' ? 'paper' : 'projector';
    try {
      this.#store()?.setItem(THEME_KEY, this.id);
    } catch {
      // Not remembered when the browser blocks storage; the theme still applies.
    }
  }
}
