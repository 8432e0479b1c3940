/**
 * The text of a multi-line value that `toml` collects line by line. It keeps
 * the pieces apart, so that appending, dropping a trailing backslash and asking
 * whether a newline was seen stay cheap however long the value grows (toml
 * itself rebuilds and rescans the whole string at each line).
 */
export class MultilineText {
	private readonly parts: string[];
	/** The value's first character (a quote or `[`), which decides how it closes. */
	readonly first: string;
	/** Whether the text holds a newline (toml then stops stripping continuation lines). */
	hasNewline: boolean;

	constructor(initial: string) {
		this.parts = [initial];
		this.first = initial[0] ?? '';
		this.hasNewline = initial.includes('\n');
	}

	/** Appends `text` (`multilinestr += text`). */
	append(text: string): void {
		if (!text) return;
		this.parts.push(text);
		if (text.includes('\n')) this.hasNewline = true;
	}

	/** Drops the last character (`multilinestr[:-1]`). */
	dropLast(): void {
		while (this.parts.length > 1 && this.parts[this.parts.length - 1] === '') this.parts.pop();
		const last = this.parts.length - 1;
		this.parts[last] = this.parts[last].slice(0, -1);
	}

	/** True when the text ends in an odd number of backslashes. */
	endsInOddBackslashes(): boolean {
		let odd = false;
		for (let p = this.parts.length - 1; p >= 0; p--) {
			const part = this.parts[p];
			let k = part.length - 1;
			while (k >= 0 && part[k] === '\\') {
				odd = !odd;
				k--;
			}
			if (k >= 0) break;
		}
		return odd;
	}

	/** The whole text. */
	toString(): string {
		return this.parts.join('');
	}
}
