import { scanToml, type KeySegment, type Range, type ScanEvent } from './scan';

type KeyEvent = Extract<ScanEvent, { type: 'key' | 'header' }>;

/** What surrounds the offset where smol-toml gave up, worked out from the valid text before it. */
export interface ErrorContext {
	/** Start of the line holding the error. */
	lineStart: number;
	/** End of that line, before its line break. */
	lineEnd: number;
	/** Whether the line starts outside any inline array, inline table or multi-line string. */
	topLevelLine: boolean;
	/** The string, bare value or key segment containing the error offset, if any. */
	token: (Range & { kind: 'string' | 'bare' | 'key' }) | null;
	/** The last key or header that starts at or before the error offset. */
	key: KeyEvent | null;
	/** Offsets of the `[` and `{` still open at the error offset, innermost last. */
	openers: number[];
	/** The last string (value or quoted key) starting before the error offset. */
	lastString: Range | null;
}

const isQuote = (c: number) => c === 0x22 || c === 0x27;

function segmentAt(keys: KeySegment[], pos: number): KeySegment | undefined {
	return keys.find((k) => k.from <= pos && pos < k.to);
}

/** Returns the {@link ErrorContext} of offset `pos` in `text`. */
export function errorContextAt(text: string, pos: number): ErrorContext {
	const lineStart = pos > 0 ? text.lastIndexOf('\n', pos - 1) + 1 : 0;
	let lineEnd = text.indexOf('\n', pos);
	if (lineEnd < 0) lineEnd = text.length;
	if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 0x0d) lineEnd--;
	const openers: number[] = [];
	let lineDepth = -1;
	let inString = false;
	let token: ErrorContext['token'] = null;
	let key: KeyEvent | null = null;
	let lastString: Range | null = null;
	scanToml(text, (event) => {
		if (event.from > pos) return false;
		if (lineDepth < 0 && event.from >= lineStart) lineDepth = openers.length;
		const contains = event.from <= pos && pos < event.to;
		switch (event.type) {
			case 'open':
				openers.push(event.from);
				break;
			case 'close':
				openers.pop();
				break;
			case 'value':
				if (event.kind === 'string' && event.from < lineStart && event.to > lineStart)
					inString = true;
				if (contains) token = { kind: event.kind, from: event.from, to: event.to };
				if (event.kind === 'string' && event.from < pos) lastString = event;
				break;
			default: {
				key = event;
				for (const k of event.keys)
					if (isQuote(text.charCodeAt(k.from)) && k.from < pos) lastString = k;
				const segment = segmentAt(event.keys, pos);
				if (segment) {
					const kind = isQuote(text.charCodeAt(segment.from)) ? 'string' : 'key';
					token = { kind, from: segment.from, to: segment.to };
				}
			}
		}
	});
	if (lineDepth < 0) lineDepth = openers.length;
	return {
		lineStart,
		lineEnd,
		topLevelLine: lineDepth === 0 && !inString,
		token,
		key,
		openers,
		lastString
	};
}
