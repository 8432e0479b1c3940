import type { SecretEntry } from '../lib/index.ts';

/** Why Python cannot reach a path with dots, worded for people who do not write Python daily. */
export const attributeReasons: Record<NonNullable<SecretEntry['attributeProblem']>, string> = {
	'not-identifier': 'a key here is not a Python name (spaces, dashes, dots or a leading digit)',
	keyword: 'a key here is a Python keyword',
	shadowed: 'a method of st.secrets answers to this name first',
	'inside-list': 'tables inside a list are plain dicts, without attribute access'
};
