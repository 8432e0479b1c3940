import { mount } from 'svelte';
import App from './ui/App.svelte';
import { registerServiceWorker } from './ui/service-worker-registration.ts';
import { applyTheme, loadTheme } from './ui/theme.ts';
import './ui/theme.css';

applyTheme(loadTheme());
mount(App, { target: document.getElementById('app')! });
registerServiceWorker();
