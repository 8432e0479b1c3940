// The playground's service worker: it keeps a copy of every file of one build so
// that the app opens and works with the network off. It only ever serves the
// app's own static files; it never sees what is typed (that stays in the page)
// and never stores a response it was not built to store.

/** Written in front of this file at build time by `vite-plugins/service-worker.ts`. */
declare const PRECACHE: {
	/** The cache for this build; its name ends with a hash of the build's files. */
	cache: string;
	/** Every file of the build, relative to the worker's scope (`''` is the page itself). */
	files: string[];
};

const worker = self as unknown as ServiceWorkerGlobalScope;
const cachePrefix = PRECACHE.cache.slice(0, PRECACHE.cache.lastIndexOf('-') + 1);
const scope = worker.registration.scope;
const precached = new Set(PRECACHE.files.map((file) => new URL(file, scope).href));

worker.addEventListener('install', (event) => {
	// `reload` skips the HTTP cache, so a new build never stores an older copy of a file.
	const requests = [...precached].map((url) => new Request(url, { cache: 'reload' }));
	event.waitUntil(caches.open(PRECACHE.cache).then((cache) => cache.addAll(requests)));
});

worker.addEventListener('activate', (event) => {
	// The first install takes over the open page at once; a later build waits until every
	// tab of the previous one is closed, so no open page loses the lazy files it still needs.
	const stale = caches
		.keys()
		.then((names) =>
			Promise.all(
				names
					.filter((name) => name.startsWith(cachePrefix) && name !== PRECACHE.cache)
					.map((name) => caches.delete(name))
			)
		);
	event.waitUntil(stale.then(() => worker.clients.claim()));
});

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	// The query string is dropped: a link into the app opens the same page.
	url.search = '';
	url.hash = '';
	// Anything else (another origin, a file of no build) goes to the network untouched.
	if (!precached.has(url.href)) return;
	event.respondWith(fromCache(url.href, request));
});

/** Returns the stored copy of `url`, or asks the network when the cache has lost it. */
async function fromCache(url: string, request: Request): Promise<Response> {
	const cached = await (await caches.open(PRECACHE.cache)).match(url);
	if (!cached) return fetch(request);
	// A host that answered with a redirect: browsers refuse such a response for a page load.
	return cached.redirected ? new Response(cached.body, cached) : cached;
}
