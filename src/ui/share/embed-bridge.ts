import { shareLimits } from '../../lib/index.ts';
import { protocolVersion, type HostReport } from './host-report.ts';

/** What the bridge needs from the page. */
export interface BridgeTarget {
	/** Replaces the text of the file at `file` (a secrets file or app file); returns false when there is none. */
	setText: (file: string, text: string) => boolean;
	/** Returns the newest report for the host. */
	report: () => HostReport;
}

/** A message the host sends: `set-text` replaces a file's text, `get-report` asks for a report. */
export type HostMessage =
	| { type: 'set-text'; text: string; file?: string; id?: string | number }
	| { type: 'get-report'; id?: string | number };

/** The file `set-text` changes when the message names none. */
export const defaultFile = '.streamlit/secrets.toml';

/** Returns the host message in `data`, or a sentence saying why it is not one. */
export function readHostMessage(data: unknown): HostMessage | { problem: string } {
	if (typeof data !== 'object' || data === null) return { problem: 'The message is not an object' };
	const m = data as Record<string, unknown>;
	const id = typeof m.id === 'string' || typeof m.id === 'number' ? m.id : undefined;
	if (m.type === 'get-report') return { type: 'get-report', id };
	if (m.type !== 'set-text') return { problem: `Unknown message type` };
	if (typeof m.text !== 'string') return { problem: '`text` must be a string' };
	if (m.text.length > shareLimits.text)
		return { problem: `\`text\` is longer than ${shareLimits.text} characters` };
	if (m.file !== undefined && typeof m.file !== 'string')
		return { problem: '`file` must be a string' };
	return { type: 'set-text', text: m.text, file: m.file as string | undefined, id };
}

/**
 * The embed's side of the `postMessage` protocol (see docs/embedding.md). It answers only
 * messages from `parent` whose origin is exactly `origin`, and posts only to that origin
 * (never `*`): `ready` once, `report` after each analysis and on request, `size` with the
 * page's height in CSS pixels whenever it changes, `error` for a message it cannot follow.
 */
export class EmbedBridge {
	#origin: string;
	#parent: Window;
	#target: BridgeTarget;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#listener = (event: MessageEvent) => this.#receive(event);
	#height = 0;
	#resize: ResizeObserver | undefined;

	/** Starts listening; `origin` is the only host origin answered. */
	constructor(origin: string, parent: Window, target: BridgeTarget) {
		this.#origin = origin;
		this.#parent = parent;
		this.#target = target;
		window.addEventListener('message', this.#listener);
		this.#post({ type: 'ready', version: protocolVersion });
		// The page's height, so that a host can size the iframe to it (embed.js does).
		if (typeof ResizeObserver === 'function') {
			this.#resize = new ResizeObserver(() => this.#postSize());
			this.#resize.observe(document.documentElement);
			this.#resize.observe(document.body);
		}
	}

	#postSize(): void {
		const height = Math.ceil(document.documentElement.scrollHeight);
		if (height === this.#height) return;
		this.#height = height;
		this.#post({ type: 'size', version: protocolVersion, height });
	}

	/** Sends a report soon (reports coming in a burst are sent once). */
	scheduleReport(): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.#post(this.#target.report()), 50);
	}

	/** Stops listening. */
	stop(): void {
		clearTimeout(this.#timer);
		this.#resize?.disconnect();
		window.removeEventListener('message', this.#listener);
	}

	#post(message: object): void {
		this.#parent.postMessage(message, this.#origin);
	}

	#receive(event: MessageEvent): void {
		if (event.origin !== this.#origin || event.source !== this.#parent) return;
		const message = readHostMessage(event.data);
		if ('problem' in message) {
			this.#post({ type: 'error', version: protocolVersion, reason: message.problem });
			return;
		}
		if (message.type === 'get-report') {
			this.#post({ ...this.#target.report(), id: message.id });
			return;
		}
		const file = message.file ?? defaultFile;
		if (!this.#target.setText(file, message.text))
			this.#post({
				type: 'error',
				version: protocolVersion,
				id: message.id,
				reason: `No file ${file} in this embed`
			});
	}
}
