import type { Lesson } from '../lib/index.ts';

// The lessons hold a sentence for every diagnostic code: they load with the core, after
// the first paint, rather than weigh on the page's first script. Until then (there is no
// diagnostic to explain before the core has run anyway) a problem shows without one.
const loaded = $state<{ lessonFor: ((code: string) => Lesson) | null }>({ lessonFor: null });
void import('../lib/check/lessons.ts').then((m) => (loaded.lessonFor = m.lessonFor));

/** Why diagnostic `code` matters and where to read more, or null while the lessons load. */
export function lessonOf(code: string): Lesson | null {
	return loaded.lessonFor?.(code) ?? null;
}
