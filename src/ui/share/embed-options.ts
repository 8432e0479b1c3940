import type { View } from '../app-state.svelte.ts';

/** How the page was asked to show itself, from its query string. */
export interface EmbedOptions {
	/** `embed=1`: no header, a link to open the full playground instead. */
	embed: boolean;
	/** `readonly=1`: editors and file controls cannot change the text (the host still can). */
	readonly: boolean;
	/** `view=seen|env|reads|try`: the results panel to open. */
	view: View | null;
	/** `origin=https://docs.example.com`: the only origin whose messages are answered. */
	origin: string | null;
	/** `values=1`: reports to the host carry values and messages, not just codes and paths. */
	values: boolean;
	/** `reveal=1`: the views show every value unmasked from the start (example values in docs). */
	reveal: boolean;
	/** Why the `origin` parameter was ignored, when it was given but is not an origin. */
	originProblem: string | null;
}

const views: readonly View[] = ['seen', 'env', 'reads', 'try'];
const on = (v: string | null) => v === '1' || v === 'true' || v === '';

/** Returns `text` when it is exactly an http(s) origin (`https://host[:port]`), else null. */
function asOrigin(text: string): string | null {
	try {
		const url = new URL(text);
		return /^https?:$/.test(url.protocol) && url.origin === text ? url.origin : null;
	} catch {
		return null;
	}
}

/** Returns the embed options in a query string such as `?embed=1&readonly=1&origin=…`. */
export function readEmbedOptions(search: string): EmbedOptions {
	const q = new URLSearchParams(search);
	const embed = q.has('embed') && on(q.get('embed'));
	const given = q.get('origin');
	const origin = given === null ? null : asOrigin(given);
	const view = q.get('view') as View | null;
	return {
		embed,
		readonly: embed && q.has('readonly') && on(q.get('readonly')),
		view: view && views.includes(view) ? view : null,
		origin: embed ? origin : null,
		values: embed && q.has('values') && on(q.get('values')),
		reveal: embed && q.has('reveal') && on(q.get('reveal')),
		originProblem:
			embed && given !== null && origin === null
				? `The origin parameter is not an http(s) origin such as https://docs.example.com, so no messages are answered`
				: null
	};
}

/** This page's options, read once. */
export const embedOptions: EmbedOptions = readEmbedOptions(
	typeof location === 'undefined' ? '' : location.search
);
