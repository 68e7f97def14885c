import '@fontsource/pt-sans/400.css';
import '@fontsource/pt-sans/700.css';
import '@fontsource/pt-sans/400-italic.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { savedTheme } from './lib/map/theme';
import { browserEssayHost } from './app/essay-source.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element.');
// The presenter view is the same page opened with ?view=presenter in a second window; its code loads
// only there.
if (new URLSearchParams(location.search).get('view') === 'presenter') {
  void import('./components/PresenterView.svelte').then(({ default: PresenterView }) => {
    target.replaceChildren();
    mount(PresenterView, { target, props: { theme: savedTheme() } });
  });
} else {
  // The built page already shows the essay's first screen (scripts/build/first-screen.ts). The app
  // replaces it once the essay is read (asked for with the page), in one task, so that its first
  // frame draws the same text where it was; a failure is the app's to report (it asks again).
  const essay = await browserEssayHost.loadDefault().catch(() => null);
  const scrolled = document.getElementById('essay')?.scrollTop ?? 0;
  target.replaceChildren();
  mount(App, { target, props: { essay } });
  const column = document.getElementById('essay');
  if (column) column.scrollTop = scrolled;
}
