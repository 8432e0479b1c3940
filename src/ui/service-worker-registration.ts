/**
 * Registers the service worker that keeps the app working offline, once the page
 * has loaded. Only in a build served over http(s): `npm run dev` has no worker, and
 * the single-file build (mode `single-file`, opened from `file://`) cannot have one.
 * A browser that refuses it (private windows, some settings) still runs the app online.
 */
export function registerServiceWorker(): void {
	if (!import.meta.env.PROD || import.meta.env.MODE === 'single-file') return;
	if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
	const base = import.meta.env.BASE_URL;
	addEventListener(
		'load',
		() => void navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {}),
		{ once: true }
	);
}
