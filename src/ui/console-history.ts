/**
 * Returns the history position after an arrow key in the console input: Up walks
 * back through earlier statements, Down forward, and past the newest one returns
 * `length` (the empty draft line).
 */
export function historyMove(
	key: 'ArrowUp' | 'ArrowDown',
	position: number,
	length: number
): number {
	if (key === 'ArrowUp') return Math.max(0, position - 1);
	return Math.min(length, position + 1);
}

/**
 * Decides what Enter does in the console input, as the Python REPL does: after a
 * line ending in `:` it opens an indented line, inside a block it continues at the
 * same indentation, and on an empty line (or outside a block) it runs the entry.
 * Returns `'run'` or the text to insert at the end.
 */
export function enterAction(text: string): 'run' | string {
	const last = text.slice(text.lastIndexOf('\n') + 1);
	const indent = /^[ \t]*/.exec(last)![0];
	if (/:\s*(#.*)?$/.test(last)) return '\n' + indent + '    ';
	if (text.includes('\n') && last.trim() !== '') return '\n' + indent;
	return 'run';
}
