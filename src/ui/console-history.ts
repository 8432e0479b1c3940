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
