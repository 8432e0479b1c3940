import { pyError } from './exceptions.ts';

const usesNetloc = new Set(
	'ftp http gopher nntp telnet imap wais file mms https shttp snews prospero rtsp rtspu rsync svn svn+ssh sftp nfs git git+ssh ws wss'.split(
		' '
	)
);
const schemeChars = /^[A-Za-z0-9+\-.]+$/;

/**
 * Returns `urllib.parse.urlparse(url).geturl()` of CPython 3.11 (with the
 * security fixes Debian ships): leading control characters and spaces dropped,
 * tabs and newlines removed, the scheme lower-cased, empty `?` and `#` dropped.
 * Raises `ValueError("Invalid IPv6 URL")` for an unbalanced bracket in the host.
 */
export function urlGeturl(input: string): string {
	let url = input.replace(/^[\x00-\x20]+/, '').replace(/[\t\r\n]/g, '');
	let scheme = '';
	let netloc = '';
	let query = '';
	let fragment = '';
	const colon = url.indexOf(':');
	if (colon > 0 && /^[A-Za-z]/.test(url) && schemeChars.test(url.slice(0, colon))) {
		scheme = url.slice(0, colon).toLowerCase();
		url = url.slice(colon + 1);
	}
	if (url.startsWith('//')) {
		let end = url.length;
		for (const c of '/?#') {
			const at = url.indexOf(c, 2);
			if (at >= 0) end = Math.min(end, at);
		}
		netloc = url.slice(2, end);
		url = url.slice(end);
		if (netloc.includes('[') !== netloc.includes(']'))
			throw pyError('ValueError', 'Invalid IPv6 URL');
	}
	const hash = url.indexOf('#');
	if (hash >= 0) {
		fragment = url.slice(hash + 1);
		url = url.slice(0, hash);
	}
	const q = url.indexOf('?');
	if (q >= 0) {
		query = url.slice(q + 1);
		url = url.slice(0, q);
	}
	if (netloc || (scheme && usesNetloc.has(scheme) && !url.startsWith('//'))) {
		if (url && !url.startsWith('/')) url = '/' + url;
		url = '//' + netloc + url;
	}
	if (scheme) url = scheme + ':' + url;
	if (query) url += '?' + query;
	if (fragment) url += '#' + fragment;
	return url;
}
