/** The part of a DOMRect a splitter needs. */
export interface Box {
	/** Left edge, in CSS pixels. */
	left: number;
	/** Top edge, in CSS pixels. */
	top: number;
	/** Width, in CSS pixels. */
	width: number;
	/** Height, in CSS pixels. */
	height: number;
}

/**
 * Returns the size, in percent of `box`, that a pointer at `point` gives: the width of the
 * pane left of a vertical bar, or the height of the pane below a horizontal one.
 */
export function splitterValueAt(
	orientation: 'vertical' | 'horizontal',
	box: Box,
	point: { clientX: number; clientY: number }
): number {
	if (orientation === 'vertical')
		return box.width > 0 ? ((point.clientX - box.left) / box.width) * 100 : 50;
	return box.height > 0 ? ((box.top + box.height - point.clientY) / box.height) * 100 : 50;
}

/**
 * Returns the size after a key press on a splitter (2 points per arrow, 10 with Shift,
 * Home and End for the limits), or null when the key does not resize. A horizontal bar
 * sizes the pane below it, so Up makes that pane larger.
 */
export function splitterKeyStep(
	orientation: 'vertical' | 'horizontal',
	key: string,
	shift: boolean,
	value: number,
	min: number,
	max: number
): number | null {
	const step = shift ? 10 : 2;
	const grow = orientation === 'vertical' ? 'ArrowRight' : 'ArrowUp';
	const shrink = orientation === 'vertical' ? 'ArrowLeft' : 'ArrowDown';
	if (key === grow) return Math.min(max, value + step);
	if (key === shrink) return Math.max(min, value - step);
	if (key === 'Home') return min;
	if (key === 'End') return max;
	return null;
}
