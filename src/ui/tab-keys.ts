/**
 * Returns the tab index an arrow, Home or End key moves to in a tab list of
 * `count` tabs (wrapping around), or null for other keys.
 */
export function tabMove(key: string, index: number, count: number): number | null {
	if (key === 'ArrowRight' || key === 'ArrowDown') return (index + 1) % count;
	if (key === 'ArrowLeft' || key === 'ArrowUp') return (index - 1 + count) % count;
	if (key === 'Home') return 0;
	if (key === 'End') return count - 1;
	return null;
}

/** Handles arrow keys in a tab list: selects the new tab and moves focus to it. */
export function handleTabKeys(
	event: KeyboardEvent,
	ids: readonly string[],
	current: string,
	select: (id: string) => void
): void {
	const next = tabMove(event.key, ids.indexOf(current), ids.length);
	if (next === null) return;
	event.preventDefault();
	select(ids[next]);
	const list = (event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[role="tab"]');
	list[next]?.focus();
}
