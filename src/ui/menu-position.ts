/** Where a drop-down menu goes, in viewport CSS pixels. */
export interface MenuPlace {
	/** Left edge. */
	left: number;
	/** Top edge. */
	top: number;
	/** Height it may take before it scrolls. */
	maxHeight: number;
}

/** The gap kept between a menu and the edges of the viewport, in CSS pixels. */
const margin = 8;

/**
 * Returns where a menu `width` pixels wide goes below the button at `anchor`: aligned
 * with the button's right edge when it fits, else with its left edge, and always whole
 * within the `viewport` (moved in from either side, its height limited to what is left).
 */
export function placeMenu(
	anchor: { left: number; right: number; bottom: number },
	width: number,
	viewport: { width: number; height: number }
): MenuPlace {
	const fits = (left: number) => left >= margin && left + width <= viewport.width - margin;
	let left = anchor.right - width;
	if (!fits(left)) left = anchor.left;
	left = Math.max(margin, Math.min(left, viewport.width - margin - width));
	const top = anchor.bottom + 4;
	return { left, top, maxHeight: Math.max(120, viewport.height - top - margin) };
}
