/** Returns the Shannon entropy of `s` in bits per character (0 for an empty string). */
export function shannonEntropy(s: string): number {
	if (s.length === 0) return 0;
	const counts = new Map<string, number>();
	for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
	const n = [...s].length;
	let h = 0;
	for (const c of counts.values()) h -= (c / n) * Math.log2(c / n);
	return h;
}

function classOf(ch: string): number {
	if (ch >= 'a' && ch <= 'z') return 0;
	if (ch >= 'A' && ch <= 'Z') return 1;
	if (ch >= '0' && ch <= '9') return 2;
	return 3;
}

/** Share of neighbouring characters that change class (lower, upper, digit, other). */
function classChanges(s: string): number {
	let changes = 0;
	for (let i = 1; i < s.length; i++) if (classOf(s[i]) !== classOf(s[i - 1])) changes++;
	return changes / Math.max(1, s.length - 1);
}

/** True when `s` holds a run of `length` ascending or descending letters or digits (`abcdef`, `654321`). */
export function hasSequence(s: string, length: number): boolean {
	let up = 1;
	let down = 1;
	for (let i = 1; i < s.length; i++) {
		const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
		const same = classOf(s[i]) === classOf(s[i - 1]) && classOf(s[i]) < 3;
		up = same && d === 1 ? up + 1 : 1;
		down = same && d === -1 ? down + 1 : 1;
		if (up >= length || down >= length) return true;
	}
	return false;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const domain = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

/**
 * True when `token` (one word, no spaces) looks randomly generated, as keys and tokens
 * are: at least 20 characters of a base64 or URL-safe alphabet, letters mixed with
 * digits, characters that change class often (unlike `MyDatabaseName2024`), and
 * Shannon entropy near that of random text of its length; hex needs 32 characters.
 * UUIDs, domain names and anything with a counting run (`123456`) are not.
 */
export function looksRandom(token: string): boolean {
	if (token.length < 20 || !/^[A-Za-z0-9+/=_.~-]+$/.test(token)) return false;
	if (uuid.test(token) || domain.test(token) || hasSequence(token, 6)) return false;
	const h = shannonEntropy(token);
	if (/^(?:[0-9a-f]+|[0-9A-F]+)$/.test(token))
		return token.length >= 32 && /[0-9]/.test(token) && /[a-fA-F]/.test(token) && h >= 3;
	const lower = /[a-z]/.test(token);
	const upper = /[A-Z]/.test(token);
	const digit = /[0-9]/.test(token);
	if (!digit || !(lower || upper)) return false;
	if (!(lower && upper) && token.length < 24) return false;
	const expected = Math.log2(Math.min(token.length, 64));
	// Random base62 changes class at ~62% of neighbours, base36 at ~40%; names in
	// CamelCase (`MyCompanyCluster01`) at a third or less.
	return h >= 0.8 * expected && classChanges(token) >= (lower && upper ? 0.45 : 0.3);
}
