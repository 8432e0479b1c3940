import { PyException } from '../python/exceptions.ts';

/**
 * `toml.TomlDecodeError`: a message and the UTF-16 offset `toml` blames. The
 * public result converts the offset to Python's code-point `char` position.
 */
export class TomlDecodeError extends PyException {
	/** The message before ` (line L column C char P)`. */
	readonly msg: string;
	/** Offset in UTF-16 code units of the normalised text. */
	readonly at: number;
	/**
	 * Python's `char` when it was counted on toml's rewritten text (after comments
	 * were blanked), which can be shorter than the input; else undefined.
	 */
	char?: number;
	constructor(msg: string, at: number) {
		super('TomlDecodeError', msg, ['ValueError']);
		this.msg = msg;
		this.at = at;
	}
}
