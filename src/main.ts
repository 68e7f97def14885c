import '@fontsource/pt-sans/400.css';
import '@fontsource/pt-sans/700.css';
import '@fontsource/pt-sans/400-italic.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { savedTheme } from './lib/map/theme';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element.');
// The presenter view is the same page opened with ?view=presenter in a second window; its code loads
// only there.
if (new URLSearchParams(location.search).get('view') === 'presenter') {
  void import('./components/PresenterView.svelte').then(({ default: PresenterView }) =>
    mount(PresenterView, { target, props: { theme: savedTheme() } }),
  );
} else mount(App, { target });
