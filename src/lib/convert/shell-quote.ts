/** Returns `s` as one POSIX shell word in single quotes, with `'` written as `'\''`. */
export function quoteShell(s: string): string {
	return `'${s.replace(/'/g, "'\\''")}'`;
}

/** True for a name a POSIX shell accepts as a variable (`export NAME=…`). */
export function isShellName(name: string): boolean {
	return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}
