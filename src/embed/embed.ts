/**
 * Turns every `<pre data-streamlit-secrets>` block of a page into a live playground: an
 * iframe of the hosted app in embed mode (`?embed=1`), to which the block's text is sent
 * with the embed protocol's `set-text` message once the app says `ready` (docs/embedding.md).
 * The text never goes into the page's HTML or the iframe's URL. The iframe follows the
 * height the app reports (`size` messages), between `data-height` and `data-max-height`.
 *
 * Options, as attributes of the block: `data-view` (`seen`, `env`, `reads`, `try`),
 * `data-readonly`, `data-file` (the file the text is for; the project file by default),
 * `data-height` (initial and least height in pixels, 480 by default), `data-max-height`
 * (2000 by default), `data-title`. The app's address is the folder this script was loaded
 * from, or the script's `data-playground` attribute.
 */

interface Embed {
	frame: HTMLIFrameElement;
	text: string;
	file: string | null;
	min: number;
	max: number;
}

const script = document.currentScript as HTMLScriptElement | null;
const playground = new URL(
	script?.dataset.playground ?? './',
	script?.src || location.href
).href.replace(/[?#].*$/, '');
const appOrigin = new URL(playground).origin;
const embeds = new Map<Window, Embed>();

function pixels(value: string | undefined, fallback: number): number {
	const n = Number(value);
	return Number.isFinite(n) && n > 0 ? n : fallback;
}

function frameFor(block: HTMLElement): Embed {
	const options = block.dataset;
	const query = new URLSearchParams({ embed: '1', origin: location.origin });
	if (options.readonly !== undefined && options.readonly !== 'false') query.set('readonly', '1');
	if (options.view && /^(seen|env|reads|try)$/.test(options.view)) query.set('view', options.view);
	const frame = document.createElement('iframe');
	frame.src = `${playground}?${query}`;
	frame.title = options.title || 'Streamlit secrets playground';
	frame.setAttribute('loading', 'lazy');
	const min = pixels(options.height, 480);
	frame.style.cssText = `width:100%;border:0;display:block;height:${min}px`;
	return {
		frame,
		text: (block.textContent ?? '').replace(/^\r?\n/, ''),
		file: options.file || null,
		min,
		max: Math.max(min, pixels(options.maxHeight, 2000))
	};
}

function receive(event: MessageEvent): void {
	if (event.origin !== appOrigin || !event.source) return;
	const embed = embeds.get(event.source as Window);
	const m = event.data as { type?: unknown; height?: unknown } | null;
	if (!embed || typeof m !== 'object' || m === null) return;
	if (m.type === 'ready') {
		const message = {
			type: 'set-text',
			text: embed.text,
			...(embed.file ? { file: embed.file } : {})
		};
		embed.frame.contentWindow?.postMessage(message, appOrigin);
	} else if (m.type === 'size' && typeof m.height === 'number' && Number.isFinite(m.height)) {
		const height = Math.min(embed.max, Math.max(embed.min, Math.ceil(m.height)));
		embed.frame.style.height = `${height}px`;
	}
}

/** Replaces each `<pre data-streamlit-secrets>` block not yet replaced by its playground. */
function mount(): void {
	for (const block of document.querySelectorAll<HTMLElement>('pre[data-streamlit-secrets]')) {
		const embed = frameFor(block);
		block.replaceWith(embed.frame);
		if (embed.frame.contentWindow) embeds.set(embed.frame.contentWindow, embed);
	}
}

addEventListener('message', receive);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount);
else mount();
