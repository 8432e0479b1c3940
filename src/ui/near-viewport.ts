import type { Attachment } from 'svelte/attachments';

/**
 * Returns an attachment that calls `onnear` whenever its element is within `margin`
 * pixels below the viewport, again after each call while it stays there: long
 * lists render more rows only as someone scrolls towards them.
 */
export function nearViewport(onnear: () => void, margin = 600): Attachment<Element> {
	return (node) => {
		const observer = new IntersectionObserver(
			(entries) => {
				if (!entries.some((e) => e.isIntersecting)) return;
				onnear();
				// Observing anew reports the position after the rows just added.
				observer.unobserve(node);
				requestAnimationFrame(() => observer.observe(node));
			},
			{ rootMargin: `0px 0px ${margin}px 0px` }
		);
		observer.observe(node);
		return () => observer.disconnect();
	};
}
