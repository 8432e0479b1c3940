/** The colour scheme the person picked; `system` follows `prefers-color-scheme`. */
export type Theme = 'system' | 'light' | 'dark';

const key = 'streamlit-secrets-playground:theme';

/** Returns the theme picked earlier in this tab, or `system`. */
export function loadTheme(): Theme {
	try {
		const saved = sessionStorage.getItem(key);
		return saved === 'light' || saved === 'dark' ? saved : 'system';
	} catch {
		return 'system';
	}
}

/** Applies a theme to the page (`data-theme` on `<html>`) and remembers it for this tab. */
export function applyTheme(theme: Theme): void {
	const root = document.documentElement;
	if (theme === 'system') delete root.dataset.theme;
	else root.dataset.theme = theme;
	try {
		if (theme === 'system') sessionStorage.removeItem(key);
		else sessionStorage.setItem(key, theme);
	} catch {
		// Storage disabled: the choice lasts until reload.
	}
}
