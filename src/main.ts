import '@fontsource/pt-sans/400.css';
import '@fontsource/pt-sans/700.css';
import '@fontsource/pt-sans/400-italic.css';
import './app.css';
import { hydrate, mount } from 'svelte';
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
  // takes it over once the essay is read (asked for with the page): it hydrates the elements drawn at
  // build time rather than drawing them again, so the text a reader sees first stays the page's
  // largest paint, and the rest of the essay is added after it. A page with nothing drawn (a copy
  // served without the build's first screen) is mounted as usual; a failure to read the essay is the
  // app's to report (it asks again).
  const essay = await browserEssayHost.loadDefault().catch(() => null);
  if (target.firstChild) hydrate(App, { target, props: { essay } });
  else mount(App, { target, props: { essay } });
}
