// node_modules/smol-toml/dist/error.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
function getLineColFromPtr(string, ptr) {
	let lines = string.slice(0, ptr).split(/\r?\n/);
	return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
	let lines = string.split(/\r?\n/);
	let codeblock = "";
	let numberLen = (Math.log10(line + 1) | 0) + 1;
	for (let i = line - 1; i <= line + 1; i++) {
		let l = lines[i - 1];
		if (!l) continue;
		codeblock += i.toString().padEnd(numberLen, " ");
		codeblock += ":  ";
		codeblock += l;
		codeblock += "\n";
		if (i === line) {
			codeblock += " ".repeat(numberLen + column + 2);
			codeblock += "^\n";
		}
	}
	return codeblock;
}
var TomlError = class TomlError extends Error {
	line;
	column;
	codeblock;
	constructor(message, options) {
		const [line, column] = getLineColFromPtr(options.toml, options.ptr);
		const codeblock = makeCodeBlock(options.toml, line, column);
		super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
		this.line = line;
		this.column = column;
		this.codeblock = codeblock;
	}
	/** @internal */
	static x(message, ctx, ptr) {
		throw new TomlError(message, {
			toml: ctx.s,
			ptr: ptr ?? ctx.p
		});
	}
};
// node_modules/smol-toml/dist/primitive.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
/** @internal */
function parseString(ctx) {
	let startPtr = ctx.p;
	let c = ctx.s.charCodeAt(ctx.p++);
	let first = c;
	let isLiteral = c === 39;
	let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
	if (isMultiline) {
		if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10) ctx.p++;
		else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) ctx.p += 2;
	}
	let parsed = "";
	let sliceStart = ctx.p;
	let state = 0;
	for (; ctx.p < ctx.s.length; ctx.p++) {
		c = ctx.s.charCodeAt(ctx.p);
		if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) state = state && 3;
		else if (c < 32 && c !== 9 || c === 127) TomlError.x("control characters are not allowed in strings", ctx);
		else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
			if (isMultiline) {
				if (ctx.s.charCodeAt(ctx.p + 3) === first) ctx.p++;
				if (ctx.s.charCodeAt(ctx.p + 3) === first) ctx.p++;
			}
			if (!state) {
				let s = ctx.s.slice(sliceStart, ctx.p);
				parsed = parsed ? parsed + s : s;
			}
			ctx.p += isMultiline ? 3 : 1;
			return parsed;
		} else if (!state) {
			if (!isLiteral && c === 92) {
				parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
				state = 1;
			}
		} else if (state === 1) {
			if (c === 120 || c === 117 || c === 85) {
				let errPtr = ctx.p++ - 1;
				let value = 0;
				let len = c === 120 ? 2 : c === 117 ? 4 : 8;
				for (let j = 0; j < len; j++, ctx.p++) {
					let hex = ctx.s.charCodeAt(ctx.p);
					let digit = hex >= 48 && hex <= 57 ? hex - 48 : hex >= 65 && hex <= 70 ? hex - 65 + 10 : hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1;
					if (digit < 0) TomlError.x("invalid non-hex character in unicode escape", ctx);
					value = value << 4 | digit;
				}
				if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) TomlError.x("invalid unicode escape", ctx, errPtr);
				parsed += String.fromCodePoint(value);
				sliceStart = ctx.p--;
				state = 0;
			} else if (isMultiline && (c === 32 || c === 9)) state = 2;
			else {
				if (c === 98) parsed += "\b";
				else if (c === 116) parsed += "	";
				else if (c === 110) parsed += "\n";
				else if (c === 102) parsed += "\f";
				else if (c === 114) parsed += "\r";
				else if (c === 101) parsed += "\x1B";
				else if (c === 34) parsed += "\"";
				else if (c === 92) parsed += "\\";
				else TomlError.x("unrecognised escape sequence", ctx);
				sliceStart = ctx.p + 1;
				state = 0;
			}
		} else if (c !== 32 && c !== 9) {
			if (state === 2) TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
			state = !isLiteral && c === 92 ? 1 : 0;
			sliceStart = ctx.p;
		}
	}
	TomlError.x("unfinished string", ctx, startPtr);
}
// node_modules/smol-toml/dist/date.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class TomlDate extends Date {
	#hasDate = false;
	#hasTime = false;
	#offset = null;
	constructor(date, fasttype, unsafeDelim) {
		let hasDate = true;
		let hasTime = true;
		let offset = "Z";
		let c;
		if (typeof date === "string") {
			if (fasttype) prep: {
				if (fasttype < 3) {
					if (+date.slice(11, 13) > 23) {
						date = "";
						break prep;
					}
					if (fasttype === 2) {
						offset = null;
						date += "Z";
					} else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) offset = date.slice(date.length - 6);
					if (unsafeDelim) date = date.slice(0, 10) + "T" + date.slice(11);
				} else if (fasttype === 4) date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
				hasDate = fasttype !== 4;
				hasTime = fasttype !== 3;
			}
			else {
				let match = date.match(DATE_TIME_RE);
				if (match) {
					if (!match[1]) {
						hasDate = false;
						date = `0000-01-01T${date}`;
					}
					hasTime = !!match[2];
					hasTime && date[10] === " " && (date = date.replace(" ", "T"));
					if (match[2] && +match[2] > 23) date = "";
					else {
						offset = match[3] || null;
						if (!offset && hasTime) date += "Z";
					}
				} else date = "";
			}
		}
		super(date);
		if (!isNaN(this.getTime())) {
			this.#hasDate = hasDate;
			this.#hasTime = hasTime;
			this.#offset = offset;
		}
	}
	isDateTime() {
		return this.#hasDate && this.#hasTime;
	}
	isLocal() {
		return !this.#hasDate || !this.#hasTime || !this.#offset;
	}
	isDate() {
		return this.#hasDate && !this.#hasTime;
	}
	isTime() {
		return this.#hasTime && !this.#hasDate;
	}
	isValid() {
		return this.#hasDate || this.#hasTime;
	}
	toISOString() {
		let iso = super.toISOString();
		if (this.isDate()) return iso.slice(0, 10);
		if (this.isTime()) return iso.slice(11, 23);
		if (this.#offset === null) return iso.slice(0, -1);
		if (this.#offset === "Z" || this.#offset === "z") return iso;
		let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
		offset = this.#offset[0] === "-" ? offset : -offset;
		return (/* @__PURE__ */ new Date(this.getTime() - offset * 6e4)).toISOString().slice(0, -1) + this.#offset;
	}
	static wrapAsOffsetDateTime(jsDate, offset = "Z") {
		let date = new TomlDate(jsDate);
		date.#offset = offset;
		return date;
	}
	static wrapAsLocalDateTime(jsDate) {
		let date = new TomlDate(jsDate);
		date.#offset = null;
		return date;
	}
	static wrapAsLocalDate(jsDate) {
		let date = new TomlDate(jsDate);
		date.#hasTime = false;
		date.#offset = null;
		return date;
	}
	static wrapAsLocalTime(jsDate) {
		let date = new TomlDate(jsDate);
		date.#hasDate = false;
		date.#offset = null;
		return date;
	}
};
// node_modules/smol-toml/dist/extract.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
function isDigit$1(char, base = 10) {
	return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
	return char === 32 || char === 9 || char === 10 || char === 13 || delim && (char === delim || char === 44) || char === 35;
}
/** @internal */
function extractValue(ctx, end) {
	let errPtr = ctx.p;
	let c = ctx.s.charCodeAt(ctx.p);
	if (c === 91 || c === 123) {
		ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
		let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
		ctx.d++;
		return value;
	}
	if (c === 34 || c === 39) return parseString(ctx);
	if (c === 116) {
		if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101) TomlError.x("invalid value", ctx, errPtr);
		return ctx.p++, true;
	}
	if (c === 102) {
		if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101) TomlError.x("invalid value", ctx, errPtr);
		return ctx.p++, false;
	}
	if (c === 43 || c === 45) return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
	if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) return parseDate(ctx, c, end);
	if (ctx.s.charCodeAt(ctx.p + 2) === 58) return parseTime(ctx, c, end);
	return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
	let c = startChr;
	let state = 0;
	let hasUnderscores = false;
	if (c === 105) {
		if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102) TomlError.x("invalid value", ctx, startPtr);
		return ctx.p++, (sign || 1) / 0;
	}
	if (c === 110) {
		if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110) TomlError.x("invalid value", ctx, startPtr);
		return ctx.p++, NaN;
	}
	if (c === 48) {
		if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr)) return ctx.bi === true ? 0n : 0;
		if (!sign) {
			if (c === 120) return parseIntegerBaseN(ctx, startPtr, 16, endChr);
			else if (c === 98) return parseIntegerBaseN(ctx, startPtr, 2, endChr);
			else if (c === 111) return parseIntegerBaseN(ctx, startPtr, 8, endChr);
		}
		if (c === 46) state = 2;
		else if (c === 101 || c === 69) state = 4;
		else TomlError.x("illegal leading zero", ctx, startPtr);
	} else if (!isDigit$1(c)) TomlError.x("invalid value", ctx, startPtr);
	while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
		if (!state) state = 1;
		if (c === 95) {
			if (!(state & 1)) TomlError.x("illegal underscore", ctx);
			state += 11;
			hasUnderscores = true;
		} else if (state === 1 && c === 46) state = 2;
		else if ((state === 1 || state === 3) && (c === 101 || c === 69)) state = 4;
		else if (state === 4 && (c === 43 || c === 45)) state = 6;
		else if (!isDigit$1(c)) TomlError.x(`illegal character in numeric literal`, ctx);
		else if (state > 9) state -= 11;
		else if (!(state & 1)) state++;
	}
	if (!state) {
		let val = (startChr - 48) * (sign || 1);
		return ctx.bi === true ? BigInt(val) : val;
	}
	if (!(state & 1)) TomlError.x("unfinished numeric value", ctx, startPtr);
	let str = ctx.s.slice(startPtr, ctx.p);
	if (hasUnderscores) str = str.replaceAll("_", "");
	return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
	let c, underscore = 1;
	while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) if (c === 95) {
		if (underscore & 1) TomlError.x("illegal underscore", ctx);
		underscore = 3;
	} else if (!isDigit$1(c, base)) TomlError.x(`illegal character in numeric literal`, ctx);
	else if (underscore & 1) underscore--;
	if (underscore & 1) TomlError.x("unfinished numeric value", ctx);
	let str = ctx.s.slice(startPtr + 2, ctx.p);
	if (underscore) str = str.replaceAll("_", "");
	return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
	if (ctx.bi !== true) int: {
		let val = parseInt(str, base);
		if (!Number.isSafeInteger(val)) {
			if (ctx.bi) break int;
			TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
		}
		return val;
	}
	return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
	let startPtr = ctx.p++, unsafeSeparator;
	if (!isDigit$1(c) || !isDigit$1(ctx.s.charCodeAt(ctx.p++)) || !isDigit$1(ctx.s.charCodeAt(ctx.p++)) || !isDigit$1(ctx.s.charCodeAt(ctx.p++))) return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
	ctx.p += 5;
	if (!isDigit$1(ctx.s.charCodeAt(ctx.p++))) TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
	if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit$1(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) return readDate(ctx, ctx.s.slice(startPtr, ctx.p), 3, false, startPtr);
	if (ctx.s.charCodeAt(ctx.p += 3) !== 58) TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
	if (ctx.s.charCodeAt(ctx.p += 3) === 58) ctx.p += 3;
	if (ctx.s.charCodeAt(ctx.p) === 46) while (isDigit$1(ctx.s.charCodeAt(++ctx.p)));
	if (c = ctx.s.charCodeAt(ctx.p)) {
		if (c === 90 || c === 122) return readDate(ctx, ctx.s.slice(startPtr, ++ctx.p), 1, unsafeSeparator, startPtr, "[+00:00]");
		if (c === 43 || c === 45) return readDate(ctx, ctx.s.slice(startPtr, ctx.p += 6), 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
	}
	return readDate(ctx, ctx.s.slice(startPtr, ctx.p), 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
	let start = ctx.p;
	if (!isDigit$1(c) || !isDigit$1(ctx.s.charCodeAt(++ctx.p))) return parseNumber(ctx, --ctx.p, c, 0, endChr);
	if (ctx.s.charCodeAt(ctx.p += 4) === 58) ctx.p += 3;
	if (ctx.s.charCodeAt(ctx.p) === 46) while (isDigit$1(ctx.s.charCodeAt(++ctx.p)));
	return readDate(ctx, ctx.s.slice(start, ctx.p), 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
	if (ctx.ld) {
		let date = new TomlDate(str, type, unsafeDelim);
		if (!date.isValid()) TomlError.x("invalid date", ctx, errPtr);
		return date;
	}
	try {
		if (temporalSuffix) str += temporalSuffix;
		switch (type) {
			case 1: return Temporal.ZonedDateTime.from(str);
			case 2: return Temporal.PlainDateTime.from(str);
			case 3: return Temporal.PlainDate.from(str);
			case 4: return Temporal.PlainTime.from(str);
		}
	} catch (e) {
		TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
	}
}
// node_modules/smol-toml/dist/util.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
/** @internal */
function skipComment(ctx) {
	for (; ctx.p < ctx.s.length; ctx.p++) {
		let c = ctx.s.charCodeAt(ctx.p);
		if (c === 10) break;
		if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
			ctx.p++;
			break;
		}
		if (c < 32 && c !== 9 || c === 127) TomlError.x("control characters are not allowed in comments", ctx);
	}
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
	let c;
	while (ctx.p < ctx.s.length) {
		while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10))) ctx.p++;
		if (banComments || c !== 35) break;
		skipComment(ctx);
	}
}
// node_modules/smol-toml/dist/struct.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
/** @internal */
function parseKey(ctx, end = 61) {
	let startPtr;
	let state = 0;
	let parsed = [];
	let sliceStart;
	let c = ctx.s.charCodeAt(startPtr = ctx.p);
	do
		if (c === end) {
			if (!state) TomlError.x("unexpected end of key", ctx);
			if (state === 1) parsed.push(ctx.s.slice(sliceStart, ctx.p));
			return ctx.p++, parsed;
		} else if (c === 46) {
			if (!state) TomlError.x("illegal empty bare key", ctx);
			if (state === 1) parsed.push(ctx.s.slice(sliceStart, ctx.p));
			state = 0;
		} else if (!state && (c === 34 || c === 39)) {
			if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2)) TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
			parsed.push(parseString(ctx));
			state = 2;
			ctx.p--;
		} else if (c === 32 || c === 9) {
			if (state === 1) {
				parsed.push(ctx.s.slice(sliceStart, ctx.p));
				state = 2;
			}
		} else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) TomlError.x("illegal character in key", ctx);
		else if (!state) {
			state = 1;
			sliceStart = ctx.p;
		}
	while (c = ctx.s.charCodeAt(++ctx.p));
	TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
	let startPtr = ctx.p++;
	let res = Object.create(null);
	let seen = /* @__PURE__ */ new Set();
	let c;
	while (ctx.p < ctx.s.length) {
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
			ctx.p++;
			return res;
		}
		let k;
		let t = res;
		let hasOwn = false;
		let errPtr = ctx.p;
		let key = parseKey(ctx);
		for (let i = 0; i < key.length; i++) {
			if (i) t = hasOwn ? t[k] : t[k] = Object.create(null);
			k = key[i];
			if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) TomlError.x("trying to redefine an already defined value", ctx, errPtr);
			let unsafe = k === "__proto__";
			if (ctx.uk && (unsafe || k === "constructor")) {
				t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
				break;
			}
			if (!hasOwn && unsafe) Object.defineProperty(t, k, {
				enumerable: true,
				configurable: true,
				writable: true
			});
		}
		if (hasOwn) TomlError.x("trying to redefine an already defined value", ctx, errPtr);
		skipVoid(ctx, true, true);
		let value = extractValue(ctx, 125);
		if (t && typeof (t[k] = value) === "object") seen.add(value);
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) return res;
		if (c !== 44) TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
	}
	TomlError.x("unfinished table", ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
	let startPtr = ctx.p++;
	let res = [];
	let c;
	while (ctx.p < ctx.s.length) {
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
			ctx.p++;
			return res;
		}
		res.push(extractValue(ctx, 93));
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) return res;
		if (c !== 44) TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
	}
	TomlError.x("unfinished array", ctx, startPtr);
}
// node_modules/smol-toml/dist/parse.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
function peekTable(ctx, key, table, meta, type) {
	let t = table;
	let m = meta;
	let k;
	let hasOwn = false;
	let state;
	for (let i = 0; i < key.length; i++) {
		if (i) {
			t = hasOwn ? t[k] : t[k] = Object.create(null);
			m = (state = m[k]).c;
			if (type === 0 && (state.t === 1 || state.t === 2)) return null;
			if (state.t === 2) {
				let l = t.length - 1;
				t = t[l];
				m = m[l].c;
			}
		}
		k = key[i];
		if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) return null;
		if (!hasOwn) {
			let unsafe = k === "__proto__";
			if (ctx.uk && (unsafe || k === "constructor")) return false;
			if (unsafe) {
				Object.defineProperty(t, k, {
					enumerable: true,
					configurable: true,
					writable: true
				});
				Object.defineProperty(m, k, {
					enumerable: true,
					configurable: true,
					writable: true
				});
			}
			m[k] = {
				t: i < key.length - 1 && type === 2 ? 3 : type,
				d: false,
				i: 0,
				c: Object.create(null)
			};
		}
	}
	state = m[k];
	if (state.t !== type && !(type === 1 && state.t === 3)) return null;
	if (type === 2) {
		if (!state.d) {
			state.d = true;
			t[k] = [];
		}
		t[k].push(t = Object.create(null));
		state.c[state.i++] = state = {
			t: 1,
			d: false,
			i: 0,
			c: Object.create(null)
		};
	}
	if (state.d) return null;
	state.d = true;
	if (type === 1) t = hasOwn ? t[k] : t[k] = Object.create(null);
	else if (type === 0 && hasOwn) return null;
	return [
		k,
		t,
		state.c
	];
}
function validateTablePeek(ctx, peek, ptr) {
	if (peek === null || ctx.uk === 2) TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
	let ctx = {
		s: toml,
		p: 0,
		d: options.maxDepth ?? 1e3,
		bi: options.integersAsBigInt ?? false,
		ld: options.useLegacyDate ?? true,
		uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
	};
	let res = Object.create(null);
	let meta = Object.create(null);
	let tmp;
	let skipping = false;
	let tbl = res;
	let m = meta;
	if (toml.charCodeAt(0) === 65279) ctx.p++;
	skipVoid(ctx);
	while (ctx.p < toml.length) {
		if (toml.charCodeAt(ctx.p) === 91) {
			let isTableArray = toml.charCodeAt(++ctx.p) === 91;
			tmp = ctx.p += +isTableArray;
			skipping = false;
			let k = parseKey(ctx, 93);
			if (isTableArray) {
				if (toml.charCodeAt(ctx.p) !== 93) TomlError.x("expected end of table array declaration", ctx);
				ctx.p++;
			}
			let p = peekTable(ctx, k, res, meta, isTableArray ? 2 : 1);
			if (!p) {
				validateTablePeek(ctx, p, tmp);
				skipping = true;
			} else {
				m = p[2];
				tbl = p[1];
			}
		} else {
			tmp = ctx.p;
			let p = peekTable(ctx, parseKey(ctx), tbl, m, 0);
			if (!p && !skipping) validateTablePeek(ctx, p, tmp);
			skipVoid(ctx, true, true);
			let v = extractValue(ctx, void 0);
			if (p && !skipping) p[1][p[0]] = v;
		}
		skipVoid(ctx, true);
		if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
		skipVoid(ctx);
	}
	return res;
}
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
"".isWellFormed;
// node_modules/smol-toml/dist/index.js
/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/
// src/lib/diagnostic.ts
/** Returns the offset of a 1-based line and column, clamped to the text. */
function offsetAt(text, line, column) {
	let pos = 0;
	for (let l = 1; l < line && pos < text.length; l++) {
		const next = text.indexOf("\n", pos);
		if (next < 0) return text.length;
		pos = next + 1;
	}
	return Math.max(0, Math.min(pos + column - 1, text.length));
}
var severityRank = {
	error: 0,
	warning: 1,
	info: 2
};
/** Sorts diagnostics by source, then `from`, then severity (errors first), in place. */
function sortDiagnostics(list) {
	return list.sort((a, b) => (a.source ?? 0) - (b.source ?? 0) || a.from - b.from || severityRank[a.severity] - severityRank[b.severity]);
}
// src/lib/python/exceptions.ts
/**
* A Python exception raised inside the simulation: the class name, the text
* `str(e)` prints, and for `KeyError` the raw argument (whose `str` is its repr).
* Only simulated code throws it; the public API turns it into data.
*/
var PyException = class extends Error {
	/** Python class name, e.g. `KeyError`. */
	type;
	/** What `str(e)` prints. */
	text;
	/** Further base classes beyond the type, nearest first (for `except` matching). */
	bases;
	constructor(type, text, bases = []) {
		super(`${type}: ${text}`);
		this.type = type;
		this.text = text;
		this.bases = bases;
	}
	/** True when an `except NAME` clause would catch this exception. */
	isA(name) {
		return this.type === name || this.bases.includes(name) || name === "Exception";
	}
};
var lookupBases = {
	KeyError: ["LookupError"],
	IndexError: ["LookupError"],
	UnicodeDecodeError: ["UnicodeError", "ValueError"],
	StreamlitSecretNotFoundError: [
		"StreamlitAPIException",
		"FileNotFoundError",
		"OSError"
	],
	StreamlitAuthError: ["StreamlitAPIException"],
	RecursionError: ["RuntimeError"]
};
/** Creates a Python exception of a built-in or Streamlit class with its usual bases. */
function pyError(type, text) {
	return new PyException(type, text, lookupBases[type] ?? []);
}
/** Creates a `KeyError` whose `str()` is the repr of `key`, as Python prints it. */
function keyError(keyRepr) {
	return new PyException("KeyError", keyRepr, ["LookupError"]);
}
// src/lib/python/values.ts
/** A Python `float`. */
var PyFloat = class {
	/** The IEEE double. */
	value;
	constructor(value) {
		this.value = value;
	}
};
/** A Python `dict` with string keys in insertion order. */
var PyDict = class {
	/** The entries, in insertion order. */
	map = /* @__PURE__ */ new Map();
	/** True for the dict subclass `toml` uses for inline tables. */
	inline;
	constructor(inline = false) {
		this.inline = inline;
	}
};
/** A Python `datetime.date`. */
var PyDate = class {
	year;
	month;
	day;
	constructor(year, month, day) {
		this.year = year;
		this.month = month;
		this.day = day;
	}
};
/** A Python `datetime.time` (naive; `toml` never attaches a zone to a time). */
var PyTime = class {
	hour;
	minute;
	second;
	microsecond;
	constructor(hour, minute, second, microsecond) {
		this.hour = hour;
		this.minute = minute;
		this.second = second;
		this.microsecond = microsecond;
	}
};
/** A Python `datetime.datetime`; `offset` is the raw `toml` zone text (`+05:30`) or null. */
var PyDateTime = class {
	date;
	time;
	/** Offset from UTC in minutes, or null for a naive datetime. */
	offsetMinutes;
	constructor(date, time, offsetMinutes) {
		this.date = date;
		this.time = time;
		this.offsetMinutes = offsetMinutes;
	}
};
/** Returns Python's `type(v).__name__` for a parsed value (`DynamicInlineTableDict` for inline tables). */
function typeName(v) {
	if (v === null) return "NoneType";
	if (typeof v === "string") return "str";
	if (typeof v === "boolean") return "bool";
	if (typeof v === "bigint") return "int";
	if (Array.isArray(v)) return "list";
	if (v instanceof PyFloat) return "float";
	if (v instanceof PyDict) return v.inline ? "DynamicInlineTableDict" : "dict";
	if (v instanceof PyDateTime) return "datetime.datetime";
	if (v instanceof PyDate) return "datetime.date";
	return "datetime.time";
}
/** Returns the fully qualified name Python prints for `type(v)`. */
function qualifiedTypeName(v) {
	if (v instanceof PyDict && v.inline) return "toml.decoder.TomlDecoder.get_empty_inline_table.<locals>.DynamicInlineTableDict";
	return typeName(v);
}
// src/lib/python/repr.ts
var nonPrintable = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
function escapeChar(ch) {
	const cp = ch.codePointAt(0);
	if (cp <= 255) return "\\x" + cp.toString(16).padStart(2, "0");
	if (cp <= 65535) return "\\u" + cp.toString(16).padStart(4, "0");
	return "\\U" + cp.toString(16).padStart(8, "0");
}
/** Returns Python's `repr()` of a string: quotes chosen as Python does, escapes for the unprintable. */
function reprString(s) {
	const quote = s.includes("'") && !s.includes("\"") ? "\"" : "'";
	let out = quote;
	for (const ch of s) if (ch === quote || ch === "\\") out += "\\" + ch;
	else if (ch === "\n") out += "\\n";
	else if (ch === "\r") out += "\\r";
	else if (ch === "	") out += "\\t";
	else if (ch !== " " && nonPrintable.test(ch)) out += escapeChar(ch);
	else out += ch;
	return out + quote;
}
/**
* Returns Python's `repr()` (and `str()`) of a float: shortest round-trip digits,
* fixed notation with at least one decimal when the exponent is in [-4, 16),
* otherwise `d.ddde±XX`.
*/
function reprFloat(x) {
	if (Number.isNaN(x)) return "nan";
	if (x === Infinity) return "inf";
	if (x === -Infinity) return "-inf";
	if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
	const [mantissa, expText] = x.toExponential().split("e");
	const exp = Number(expText);
	const negative = mantissa.startsWith("-");
	const digits = mantissa.replace("-", "").replace(".", "");
	const sign = negative ? "-" : "";
	if (exp >= -4 && exp < 16) {
		if (exp < 0) return sign + "0." + "0".repeat(-exp - 1) + digits;
		const intPart = digits.slice(0, exp + 1).padEnd(exp + 1, "0");
		const frac = digits.slice(exp + 1);
		return sign + intPart + "." + (frac || "0");
	}
	const m = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
	const e = Math.abs(exp).toString().padStart(2, "0");
	return sign + m + "e" + (exp < 0 ? "-" : "+") + e;
}
function pad(n, width) {
	return String(n).padStart(width, "0");
}
/** Returns `time.isoformat()`: `HH:MM:SS` plus `.ffffff` when there are microseconds. */
function isoTime(t) {
	const base = `${pad(t.hour, 2)}:${pad(t.minute, 2)}:${pad(t.second, 2)}`;
	return t.microsecond ? `${base}.${pad(t.microsecond, 6)}` : base;
}
/** Returns `date.isoformat()`. */
function isoDate(d) {
	return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}
/** Returns the `±HH:MM` text of an offset in minutes. */
function formatOffset(minutes) {
	const sign = minutes < 0 ? "-" : "+";
	const abs = Math.abs(minutes);
	return `${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
}
/** Returns `datetime.isoformat(sep)`, with the offset when the value has one. */
function isoDateTime(dt, sep = "T") {
	const zone = dt.offsetMinutes === null ? "" : formatOffset(dt.offsetMinutes);
	return isoDate(dt.date) + sep + isoTime(dt.time) + zone;
}
function reprFields(fields, optional) {
	const out = [...fields];
	for (let i = 0; i < optional && out[out.length - 1] === 0; i++) out.pop();
	return out.join(", ");
}
/** Returns Python's `repr()` of a parsed value, as `print(repr(x))` shows it. */
function pyRepr(v) {
	if (v === null) return "None";
	if (typeof v === "string") return reprString(v);
	if (typeof v === "boolean") return v ? "True" : "False";
	if (typeof v === "bigint") return v.toString();
	if (v instanceof PyFloat) return reprFloat(v.value);
	if (Array.isArray(v)) return "[" + v.map(pyRepr).join(", ") + "]";
	if (v instanceof PyDict) {
		const parts = [];
		for (const [k, x] of v.map) parts.push(reprString(k) + ": " + pyRepr(x));
		return "{" + parts.join(", ") + "}";
	}
	if (v instanceof PyDateTime) {
		const { date: d, time: t } = v;
		return `datetime.datetime(${reprFields([
			d.year,
			d.month,
			d.day,
			t.hour,
			t.minute,
			t.second,
			t.microsecond
		], 2)}${v.offsetMinutes === null ? "" : ", tzinfo=<toml.tz.TomlTz object>"})`;
	}
	if (v instanceof PyDate) return `datetime.date(${v.year}, ${v.month}, ${v.day})`;
	return `datetime.time(${reprFields([
		v.hour,
		v.minute,
		v.second,
		v.microsecond
	], 2)})`;
}
/** Returns Python's `str()` of a parsed value: strings bare, datetimes with a space. */
function pyStr(v) {
	if (typeof v === "string") return v;
	if (v instanceof PyDateTime) return isoDateTime(v, " ");
	if (v instanceof PyDate) return isoDate(v);
	if (v instanceof PyTime) return isoTime(v);
	return pyRepr(v);
}
/**
* Returns `pyRepr(v)` cut to about `max` characters with `…` appended, built
* without recursion so that any nesting depth is safe.
*/
function reprLimited(v, max) {
	let out = "";
	const stack = [v];
	while (stack.length) {
		if (out.length > max) return out.slice(0, max) + "…";
		const item = stack.pop();
		if (item !== null && typeof item === "object" && "text" in item) {
			out += item.text;
			continue;
		}
		const x = item;
		if (Array.isArray(x)) {
			stack.push({ text: "]" });
			for (let i = x.length - 1; i >= 0; i--) {
				stack.push(x[i]);
				if (i > 0) stack.push({ text: ", " });
			}
			out += "[";
		} else if (x instanceof PyDict) {
			const entries = [...x.map];
			stack.push({ text: "}" });
			for (let i = entries.length - 1; i >= 0; i--) {
				stack.push(entries[i][1]);
				stack.push({ text: reprString(entries[i][0]) + ": " });
				if (i > 0) stack.push({ text: ", " });
			}
			out += "{";
		} else out += pyRepr(x);
	}
	return out.length > max ? out.slice(0, max) + "…" : out;
}
// src/lib/python/tagged.ts
var maxSafe = BigInt(Number.MAX_SAFE_INTEGER);
/** Returns the tagged JSON form of a Python value. Iterative depth is bounded by the value. */
function toTagged(v, options = {}) {
	if (v === null || typeof v === "string" || typeof v === "boolean") return v;
	if (typeof v === "bigint") return v <= maxSafe && v >= -maxSafe ? Number(v) : { $int: v.toString() };
	if (v instanceof PyFloat) return { $float: reprFloat(v.value) };
	if (Array.isArray(v)) return v.map((x) => toTagged(x, options));
	if (v instanceof PyDict) {
		const out = {};
		for (const [k, x] of v.map) out[k] = toTagged(x, options);
		return options.markInline && v.inline ? { $inline: out } : out;
	}
	if (v instanceof PyDateTime) {
		const offset = v.offsetMinutes;
		const usable = offset !== null && Math.abs(offset) < 1440;
		return {
			$datetime: usable ? isoDateTime(v) : isoDateTime(new PyDateTime(v.date, v.time, null)),
			utcoffset_seconds: usable ? offset * 60 : null
		};
	}
	if (v instanceof PyDate) return { $date: isoDate(v) };
	return { $time: isoTime(v) };
}
// src/lib/streamlit/objects.ts
/** `streamlit.runtime.secrets.AttrDict`: a read-only view over a shallow copy of a table. */
var AttrDict = class {
	/** `__nested_secrets__`: the copied entries (values shared with the store). */
	nested;
	constructor(entries) {
		this.nested = new Map(entries);
	}
};
/** The `st.secrets` singleton, as an object an expression can reach. */
var SecretsObject = class {
	/** Python attributes assigned through the names `Secrets.__setattr__` lets through. */
	assigned = /* @__PURE__ */ new Map();
};
/** `os.environ`. */
var EnvironObject = class {};
/** A module reachable by name in an expression (`st`, `os`). */
var ModuleObject = class {
	name;
	constructor(name) {
		this.name = name;
	}
};
/** A bound method, a plain function or a builtin, named by its `__qualname__`. */
var CallableObject = class {
	/** `__qualname__`, e.g. `Secrets.keys` or `Mapping.get`. */
	qualname;
	/** Python's type name for it: `method`, `function` or `builtin_function_or_method`. */
	kind;
	/** The bound instance, for methods. */
	self;
	constructor(qualname, kind, self = null) {
		this.qualname = qualname;
		this.kind = kind;
		this.self = self;
	}
	/** The method's own name (last part of the qualname). */
	get name() {
		return this.qualname.slice(this.qualname.lastIndexOf(".") + 1);
	}
};
/** A Python class object, named as `type(x)` prints it without `<class '…'>`. */
var TypeObject = class {
	name;
	constructor(name) {
		this.name = name;
	}
};
/** `dict_keys`, `dict_values`, `dict_items` and other iterables, materialised. */
var ViewObject = class {
	type;
	items;
	constructor(type, items) {
		this.type = type;
		this.items = items;
	}
};
/** A tuple. */
var TupleObject = class {
	items;
	constructor(items) {
		this.items = items;
	}
};
/** An internal object whose contents do not matter here (`_lock`, a Signal). */
var OpaqueObject = class {
	type;
	repr;
	constructor(type, repr) {
		this.type = type;
		this.repr = repr;
	}
};
// src/lib/streamlit/texts.ts
/**
* Streamlit's own exception texts (newest open-source code, ≥ 1.44), built
* exactly as `runtime/secrets.py`, `errors.py` and `auth_util.py` build them.
*/
var tail = "Did you forget to add it to secrets.toml, mount it to secret directory, or the app settings on Streamlit Cloud? More info: https://docs.streamlit.io/deploy/streamlit-community-cloud/deploy-your-app/secrets-management";
/** The `KeyError` argument for a missing key. */
function missingKeyText(key) {
	return `st.secrets has no key "${key}". ${tail}`;
}
/** The `AttributeError` text for a missing attribute. */
function missingAttributeText(key) {
	return `st.secrets has no attribute "${key}". ${tail}`;
}
/** The text when no source exists. */
function noSecretsText(paths) {
	return `No secrets found. Valid paths for a secrets.toml file or secret directories are: ${paths.join(", ")}`;
}
/** The text when a TOML file does not parse. */
function parseErrorText(path, error) {
	return `Error parsing secrets file at ${path}: ${error}`;
}
/** The text when a secrets directory holds a file instead of a folder. */
function notAFolderText(path) {
	return `${path} is not a folder. To use directory based secrets, mount every secret in a subfolder under the secret directory`;
}
/** The text for a `secrets.files` entry that is neither a `.toml` path nor a directory. */
function invalidPathText(path) {
	return `Invalid secrets path: ${path}: path is not a .toml file or a directory`;
}
var indent = "\n            ";
/** `st.login` texts, in the order `validate_auth_credentials` checks. */
var authTexts = {
	notConfigured: `To use authentication features you need to configure credentials for at${indent}least one authentication provider in \`.streamlit/secrets.toml\`.`,
	missingKey: (key) => `Authentication credentials in \`.streamlit/secrets.toml\` are missing the${indent}"${key}" key. Please check your configuration.`,
	underscore: (provider) => `Auth provider name "${provider}" contains an underscore. Please use a provider name without underscores.`,
	missingDefault: `Authentication credentials in \`.streamlit/secrets.toml\` are missing for${indent}    the default authentication provider. Please check your configuration.`,
	missingProvider: (provider) => `Authentication credentials in \`.streamlit/secrets.toml\` are missing for the authentication provider "${provider}". Please check your configuration.`,
	notATable: (provider) => `Authentication credentials in \`.streamlit/secrets.toml\` for the authentication provider "${provider}" must be valid TOML. Please check your configuration.`,
	missingKeys: (provider, keysRepr) => provider === "default" ? `Authentication credentials in \`.streamlit/secrets.toml\` for the default authentication provider are missing the following keys: ${keysRepr}. Please check your configuration.` : `Authentication credentials in \`.streamlit/secrets.toml\` for the authentication provider "${provider}" are missing the following keys: ${keysRepr}. Please check your configuration.`,
	exposeTokens: "Invalid expose_tokens configuration. Only 'id' and 'access' are allowed."
};
// src/lib/streamlit/protocol.ts
/** Methods of `Secrets` and the `Mapping` mixins it inherits, by name → qualname. */
var secretsMethods = {
	load_if_toml_exists: "Secrets.load_if_toml_exists",
	set_suppress_print_error_on_exception: "Secrets.set_suppress_print_error_on_exception",
	_reset: "Secrets._reset",
	_parse_toml_file: "Secrets._parse_toml_file",
	_parse_directory: "Secrets._parse_directory",
	_parse_file_path: "Secrets._parse_file_path",
	_parse: "Secrets._parse",
	to_dict: "Secrets.to_dict",
	_maybe_install_file_watchers: "Secrets._maybe_install_file_watchers",
	_on_secrets_changed: "Secrets._on_secrets_changed",
	has_key: "Secrets.has_key",
	keys: "Secrets.keys",
	values: "Secrets.values",
	items: "Secrets.items",
	get: "Mapping.get",
	__getattr__: "Secrets.__getattr__",
	__getitem__: "Secrets.__getitem__",
	__setattr__: "Secrets.__setattr__",
	__repr__: "Secrets.__repr__",
	__len__: "Secrets.__len__",
	__contains__: "Secrets.__contains__",
	__iter__: "Secrets.__iter__",
	__init__: "Secrets.__init__",
	__eq__: "Mapping.__eq__"
};
var secretsFunctions = ["_maybe_set_environment_variable", "_maybe_delete_environment_variable"];
/** Names `Secrets.__setattr__` lets through instead of raising. */
var secretsSettable = /* @__PURE__ */ new Set([
	"_secrets",
	"_lock",
	"_file_watchers_installed",
	"_suppress_print_error_on_exception",
	"file_change_listener",
	"load_if_toml_exists"
]);
var attrDictMethods = {
	to_dict: "AttrDict.to_dict",
	get: "Mapping.get",
	keys: "Mapping.keys",
	values: "Mapping.values",
	items: "Mapping.items",
	__getitem__: "AttrDict.__getitem__",
	__getattr__: "AttrDict.__getattr__",
	__len__: "AttrDict.__len__",
	__iter__: "AttrDict.__iter__",
	__repr__: "AttrDict.__repr__",
	__setitem__: "AttrDict.__setitem__",
	__setattr__: "AttrDict.__setattr__",
	__init__: "AttrDict.__init__",
	__contains__: "Mapping.__contains__",
	__eq__: "Mapping.__eq__"
};
var builtinMethods = {
	dict: [
		"get",
		"keys",
		"values",
		"items",
		"copy",
		"pop",
		"popitem",
		"setdefault",
		"update",
		"clear"
	],
	list: [
		"append",
		"count",
		"index",
		"copy",
		"extend",
		"insert",
		"pop",
		"remove",
		"reverse",
		"sort",
		"clear"
	],
	str: [
		"upper",
		"lower",
		"strip",
		"lstrip",
		"rstrip",
		"startswith",
		"endswith",
		"split",
		"replace",
		"encode",
		"format",
		"splitlines",
		"find",
		"count",
		"join",
		"isdigit",
		"title"
	],
	_Environ: [
		"get",
		"keys",
		"values",
		"items",
		"copy",
		"setdefault",
		"pop"
	]
};
/** Returns the short type name Python prints in messages (`dict`, `AttrDict`, `method`). */
function shortTypeName(v) {
	if (v instanceof AttrDict) return "AttrDict";
	if (v instanceof SecretsObject) return "Secrets";
	if (v instanceof EnvironObject) return "_Environ";
	if (v instanceof ModuleObject) return "module";
	if (v instanceof CallableObject) return v.kind;
	if (v instanceof TypeObject) return "type";
	if (v instanceof ViewObject) return v.type;
	if (v instanceof TupleObject) return "tuple";
	if (v instanceof OpaqueObject) return v.type;
	return typeName(v).replace(/^datetime\./, "");
}
/** Returns the qualified name `type(v)` shows (`streamlit.runtime.secrets.AttrDict`, `dict`). */
function qualifiedType(v) {
	if (v instanceof AttrDict) return "streamlit.runtime.secrets.AttrDict";
	if (v instanceof SecretsObject) return "streamlit.runtime.secrets.Secrets";
	if (v instanceof EnvironObject) return "os._Environ";
	if (v instanceof ModuleObject || v instanceof CallableObject || v instanceof TypeObject) return shortTypeName(v);
	if (v instanceof ViewObject || v instanceof TupleObject || v instanceof OpaqueObject) return shortTypeName(v);
	return qualifiedTypeName(v);
}
/** Wraps a stored value the way `_maybe_wrap_in_attr_dict` does: tables become AttrDicts. */
function wrap(v) {
	return v instanceof PyDict ? new AttrDict(v.map) : v;
}
function isMapping(v) {
	return v instanceof PyDict || v instanceof AttrDict || v instanceof SecretsObject;
}
/** Python semantics over the simulated objects, bound to one `st.secrets` store. */
var Protocol = class {
	store;
	secrets = new SecretsObject();
	environ = new EnvironObject();
	constructor(store) {
		this.store = store;
	}
	/** `getattr(obj, name)`. */
	getAttr(obj, name) {
		if (obj instanceof SecretsObject) return this.secretsAttr(name);
		if (obj instanceof AttrDict) {
			if (name === "__nested_secrets__") return dictOf(obj.nested);
			if (name in attrDictMethods) return new CallableObject(attrDictMethods[name], "method", obj);
			if (name === "_maybe_wrap_in_attr_dict") return new CallableObject("AttrDict._maybe_wrap_in_attr_dict", "function");
			if (obj.nested.has(name)) return wrap(obj.nested.get(name));
			throw pyError("AttributeError", missingAttributeText(name));
		}
		if (obj instanceof ModuleObject) {
			if (obj.name === "streamlit" && name === "secrets") return this.secrets;
			if (obj.name === "os" && name === "environ") return this.environ;
			if (obj.name === "os" && name === "getenv") return new CallableObject("getenv", "function");
			throw pyError("AttributeError", `module '${obj.name}' has no attribute '${name}'`);
		}
		const kind = shortTypeName(obj);
		const base = obj instanceof PyDict ? "dict" : kind;
		if (builtinMethods[base]?.includes(name)) return new CallableObject(`${base}.${name}`, "builtin_function_or_method", obj);
		throw pyError("AttributeError", `'${kind}' object has no attribute '${name}'`);
	}
	secretsAttr(name) {
		const store = this.store;
		if (this.secrets.assigned.has(name)) return this.secrets.assigned.get(name);
		if (name === "_secrets") return store.cached;
		if (name === "_file_watchers_installed") return store.watchersInstalled;
		if (name === "_lock") return new OpaqueObject("RLock", "<unlocked _thread.RLock object owner=0 count=0>");
		if (name === "file_change_listener") return new OpaqueObject("Signal", "<blinker.base.Signal object>");
		if (name in secretsMethods) return new CallableObject(secretsMethods[name], "method", this.secrets);
		if (secretsFunctions.includes(name)) return new CallableObject(`Secrets.${name}`, "function");
		try {
			const parsed = store.parse();
			if (parsed.map.has(name)) return wrap(parsed.map.get(name));
			throw keyError(reprString(name));
		} catch (e) {
			if (e instanceof PyException && (e.isA("KeyError") || e.isA("FileNotFoundError"))) throw pyError("AttributeError", missingAttributeText(name));
			throw e;
		}
	}
	/** `obj[key]`. */
	getItem(obj, key) {
		if (obj instanceof SecretsObject || obj instanceof AttrDict) try {
			const map = obj instanceof SecretsObject ? this.store.parse().map : obj.nested;
			if (typeof key === "string" && map.has(key)) return wrap(map.get(key));
			throw keyError(typeof key === "string" ? reprString(key) : this.repr(key));
		} catch (e) {
			if (e instanceof PyException && e.isA("KeyError")) throw keyError(reprString(missingKeyText(this.str(key))));
			throw e;
		}
		if (obj instanceof EnvironObject) {
			const vars = this.store.environ.vars;
			if (typeof key === "string" && vars.has(key)) return vars.get(key);
			throw keyError(typeof key === "string" ? reprString(key) : this.repr(key));
		}
		if (obj instanceof PyDict) {
			if (typeof key === "string" && obj.map.has(key)) return obj.map.get(key);
			throw keyError(this.repr(key));
		}
		if (Array.isArray(obj) || typeof obj === "string" || obj instanceof TupleObject) {
			const seq = obj instanceof TupleObject ? obj.items : Array.isArray(obj) ? obj : Array.from(obj);
			const kind = shortTypeName(obj);
			if (typeof key === "bigint" || typeof key === "boolean") {
				const k = Number(key);
				const i = k < 0 ? seq.length + k : k;
				if (i < 0 || i >= seq.length) throw pyError("IndexError", `${kind} index out of range`);
				return seq[i];
			}
			if (kind === "str") throw pyError("TypeError", `string indices must be integers, not '${shortTypeName(key)}'`);
			throw pyError("TypeError", `${kind} indices must be integers or slices, not ${shortTypeName(key)}`);
		}
		throw pyError("TypeError", `'${shortTypeName(obj)}' object is not subscriptable`);
	}
	/** `obj.name = value`. */
	setAttr(obj, name, value) {
		if (obj instanceof SecretsObject) {
			if (!secretsSettable.has(name)) throw pyError("TypeError", "Secrets does not support attribute assignment.");
			this.secrets.assigned.set(name, value);
			return;
		}
		if (obj instanceof AttrDict) throw pyError("TypeError", "Secrets does not support attribute assignment.");
		const kind = shortTypeName(obj);
		if (obj instanceof PyDict || Array.isArray(obj) || typeof obj === "string") throw pyError("AttributeError", `'${kind}' object has no attribute '${name}'`);
		throw pyError("AttributeError", `'${kind}' object has no attribute '${name}'`);
	}
	/** `obj[key] = value`. */
	setItem(obj, key, value) {
		if (obj instanceof SecretsObject) throw pyError("TypeError", "'Secrets' object does not support item assignment");
		if (obj instanceof AttrDict) throw pyError("TypeError", "Secrets does not support item assignment.");
		if (obj instanceof EnvironObject) {
			if (typeof key !== "string" || typeof value !== "string") throw pyError("TypeError", `str expected, not ${shortTypeName(typeof key !== "string" ? key : value)}`);
			this.store.environ.set(key, value);
			return;
		}
		if (obj instanceof PyDict && typeof key === "string") {
			obj.map.set(key, value);
			return;
		}
		if (Array.isArray(obj) && typeof key === "bigint") {
			const i = Number(key) < 0 ? obj.length + Number(key) : Number(key);
			if (i < 0 || i >= obj.length) throw pyError("IndexError", "list assignment index out of range");
			obj[i] = value;
			return;
		}
		throw pyError("TypeError", `'${shortTypeName(obj)}' object does not support item assignment`);
	}
	/** `item in container`. */
	contains(container, item) {
		if (container instanceof SecretsObject) return typeof item === "string" && this.store.parse().map.has(item);
		if (container instanceof AttrDict) return typeof item === "string" && container.nested.has(item);
		if (container instanceof PyDict) return typeof item === "string" && container.map.has(item);
		if (container instanceof EnvironObject) return typeof item === "string" && this.store.environ.vars.has(item);
		if (typeof container === "string") {
			if (typeof item !== "string") throw pyError("TypeError", `'in <string>' requires string as left operand, not ${shortTypeName(item)}`);
			return container.includes(item);
		}
		if (Array.isArray(container) || container instanceof TupleObject || container instanceof ViewObject) return (Array.isArray(container) ? container : container.items).some((x) => this.equals(x, item));
		throw pyError("TypeError", `argument of type '${shortTypeName(container)}' is not iterable`);
	}
	/** `len(obj)`. */
	len(obj) {
		if (obj instanceof SecretsObject) return this.store.parse().map.size;
		if (obj instanceof AttrDict) return obj.nested.size;
		if (obj instanceof PyDict) return obj.map.size;
		if (obj instanceof EnvironObject) return this.store.environ.vars.size;
		if (typeof obj === "string") return Array.from(obj).length;
		if (Array.isArray(obj)) return obj.length;
		if (obj instanceof TupleObject || obj instanceof ViewObject) return obj.items.length;
		throw pyError("TypeError", `object of type '${shortTypeName(obj)}' has no len()`);
	}
	/** Returns the items `iter(obj)` yields. */
	iterate(obj) {
		if (obj instanceof SecretsObject) return [...this.store.parse().map.keys()];
		if (obj instanceof AttrDict) return [...obj.nested.keys()];
		if (obj instanceof PyDict) return [...obj.map.keys()];
		if (obj instanceof EnvironObject) return [...this.store.environ.vars.keys()];
		if (typeof obj === "string") return Array.from(obj);
		if (Array.isArray(obj)) return [...obj];
		if (obj instanceof TupleObject || obj instanceof ViewObject) return [...obj.items];
		throw pyError("TypeError", `'${shortTypeName(obj)}' object is not iterable`);
	}
	/** Returns the (key, value) pairs `dict(obj)` copies, through the object's own `__getitem__`. */
	mappingItems(obj) {
		if (isMapping(obj) || obj instanceof EnvironObject) return this.iterate(obj).map((k) => [k, this.getItem(obj, k)]);
		return this.iterate(obj).map((pair) => {
			const items = this.iterate(pair);
			if (items.length !== 2) throw pyError("ValueError", `dictionary update sequence element #0 has length ${items.length}; 2 is required`);
			return [this.str(items[0]), items[1]];
		});
	}
	/** Python `==` for the values that appear here. */
	equals(a, b) {
		if (typeof a === "bigint" || typeof a === "boolean" || a instanceof PyFloat) {
			const x = numeric(a);
			const y = numeric(b);
			return y !== null && x === y;
		}
		if (a === null || typeof a === "string") return a === b;
		if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => this.equals(x, b[i]));
		return a === b;
	}
	/** Python `repr()` of any value. */
	repr(v) {
		if (v instanceof AttrDict) return pyRepr(dictOf(v.nested));
		if (v instanceof SecretsObject) return "Secrets";
		if (v instanceof EnvironObject) return "environ({...})";
		if (v instanceof ModuleObject) return `<module '${v.name}'>`;
		if (v instanceof CallableObject) return `<${v.kind} ${v.qualname}>`;
		if (v instanceof TypeObject) return `<class '${v.name}'>`;
		if (v instanceof ViewObject) return `${v.type}([${v.items.map((x) => this.repr(x)).join(", ")}])`;
		if (v instanceof TupleObject) return `(${v.items.map((x) => this.repr(x)).join(", ")}${v.items.length === 1 ? "," : ""})`;
		if (v instanceof OpaqueObject) return v.repr;
		if (Array.isArray(v)) return `[${v.map((x) => this.repr(x)).join(", ")}]`;
		return pyRepr(v);
	}
	/** Python `str()` of any value. */
	str(v) {
		if (typeof v === "string") return v;
		if (v instanceof TypeObject) return `<class '${v.name}'>`;
		if (isPlain(v)) return pyStr(v);
		return this.repr(v);
	}
};
function isPlain(v) {
	return v === null || typeof v !== "object" || v instanceof PyFloat || v instanceof PyDict || Array.isArray(v) && v.every(isPlain) || !(v instanceof AttrDict) && "year" in v || "hour" in v || "date" in v;
}
function numeric(v) {
	if (typeof v === "bigint") return Number(v);
	if (typeof v === "boolean") return v ? 1 : 0;
	if (v instanceof PyFloat) return v.value;
	return null;
}
/** Returns a plain dict over the given entries. */
function dictOf(entries) {
	const d = new PyDict();
	for (const [k, v] of entries) d.map.set(k, v);
	return d;
}
// src/lib/streamlit/auth.ts
/** `server.port`'s default, which replaces `{port}` in `redirect_uri` (≥ 1.53). */
var defaultServerPort = 8501;
function authError(text) {
	return pyError("StreamlitAuthError", text);
}
function get(p, section, key, fallback = null) {
	try {
		return p.getItem(section, key);
	} catch (e) {
		if (e instanceof PyException && e.isA("KeyError")) return fallback;
		throw e;
	}
}
function callGet(p, obj, key, fallback = null) {
	if (!(obj instanceof AttrDict || obj instanceof PyDict)) p.getAttr(obj, "get");
	return get(p, obj, key, fallback);
}
function truthy$1(p, v) {
	if (v === null || v === false) return false;
	if (typeof v === "bigint") return v !== 0n;
	if (typeof v === "string" || Array.isArray(v) || v instanceof AttrDict || v instanceof PyDict) return p.len(v) > 0;
	return true;
}
/**
* `auth_util.validate_auth_credentials(provider)` of the newest Streamlit: the
* checks `st.login(provider)` runs, in order, raising `StreamlitAuthError`.
*/
function validateAuthCredentials(p, provider) {
	if (!p.store.loadIfTomlExists()) throw authError(authTexts.notConfigured);
	const auth = get(p, p.secrets, "auth");
	if (auth === null) throw authError(authTexts.notConfigured);
	if (!p.contains(auth, "redirect_uri")) throw authError(authTexts.missingKey("redirect_uri"));
	if (!p.contains(auth, "cookie_secret")) throw authError(authTexts.missingKey("cookie_secret"));
	let section = callGet(p, auth, provider);
	if (provider.includes("_")) throw authError(authTexts.underscore(provider));
	if (section === null && provider === "default") {
		const generated = new PyDict();
		for (const key of [
			"client_id",
			"client_secret",
			"server_metadata_url"
		]) {
			const v = callGet(p, auth, key);
			if (truthy$1(p, v)) generated.map.set(key, v);
		}
		const kwargs = callGet(p, auth, "client_kwargs");
		if (truthy$1(p, kwargs)) generated.map.set("client_kwargs", kwargs);
		const expose = callGet(p, auth, "expose_tokens");
		if (truthy$1(p, expose)) generated.map.set("expose_tokens", expose);
		section = generated;
	}
	if (section === null) throw authError(authTexts.missingProvider(provider));
	if (!(section instanceof AttrDict || section instanceof PyDict)) throw authError(authTexts.notATable(provider));
	const missing = [
		"client_id",
		"client_secret",
		"server_metadata_url"
	].filter((k) => !p.contains(section, k));
	if (missing.length) throw authError(authTexts.missingKeys(provider, `[${missing.map(reprString).join(", ")}]`));
}
/** `get_secrets_auth_section()`: `st.secrets.get("auth", AttrDict({}))` after a load, else empty. */
function authSection(p) {
	if (!p.store.loadIfTomlExists()) return new AttrDict(/* @__PURE__ */ new Map());
	return get(p, p.secrets, "auth", new AttrDict(/* @__PURE__ */ new Map()));
}
/** `get_expose_tokens_config()`: the token kinds exposed, raising for anything but id/access. */
function exposeTokensConfig(p) {
	const value = callGet(p, authSection(p), "expose_tokens");
	let tokens;
	if (typeof value === "string") tokens = [value];
	else if (Array.isArray(value)) tokens = value.map((t) => p.str(t));
	else return [];
	if (tokens.some((t) => t !== "id" && t !== "access")) throw authError(authTexts.exposeTokens);
	return tokens;
}
/** `get_redirect_uri(auth_section)`: the URI with `{port}` filled in, or null when absent. */
function redirectUri(p, port = defaultServerPort) {
	const section = authSection(p);
	if (!p.contains(section, "redirect_uri")) return null;
	const raw = p.getItem(section, "redirect_uri");
	if (typeof raw !== "string") throw pyError("TypeError", `argument of type '${shortTypeName(raw)}' is not iterable`);
	return normaliseUrl(raw.split("{port}").join(String(port)));
}
/** `urlparse(url).geturl()`: lower-cases the scheme and drops an empty query or fragment marker. */
function normaliseUrl(url) {
	const m = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s.exec(url);
	let out = m ? `${m[1].toLowerCase()}:${m[2]}` : url;
	out = out.replace(/#$/, "").replace(/\?$/, "");
	return out;
}
// src/lib/streamlit/connections.ts
/**
* The `[connections.NAME]` section `st.connection(name)` reads (its `_secrets`
* property): an `env:VAR` name is looked up in `os.environ` first; a missing
* file, `connections` table or name gives an empty AttrDict, not an error.
*/
function connectionSection(p, name) {
	let resolved = name;
	if (name.startsWith("env:")) {
		const variable = name.slice(4);
		const vars = p.store.environ.vars;
		if (!vars.has(variable)) throw keyError(reprString(variable));
		resolved = vars.get(variable);
	}
	if (!p.store.loadIfTomlExists()) return new AttrDict(/* @__PURE__ */ new Map());
	let section = null;
	try {
		section = p.getItem(p.secrets, "connections");
	} catch (e) {
		if (!(e instanceof PyException && e.isA("KeyError"))) throw e;
	}
	if (!(section instanceof AttrDict)) return new AttrDict(/* @__PURE__ */ new Map());
	return section.nested.has(resolved) ? p.getItem(section, resolved) : new AttrDict(/* @__PURE__ */ new Map());
}
// src/lib/streamlit/evaluate.ts
var builtins = /* @__PURE__ */ new Set([
	"len",
	"list",
	"dict",
	"type",
	"hasattr",
	"getattr",
	"str",
	"repr",
	"bool",
	"sorted",
	"tuple",
	"isinstance",
	"int",
	"float"
]);
function deepCopy(v) {
	if (Array.isArray(v)) return v.map(deepCopy);
	if (v instanceof PyDict) {
		const d = new PyDict(v.inline);
		for (const [k, x] of v.map) d.map.set(k, deepCopy(x));
		return d;
	}
	return v;
}
function truthy(p, v) {
	if (v === null || v === false) return false;
	if (v === true) return true;
	if (typeof v === "bigint") return v !== 0n;
	if (v instanceof PyFloat) return v.value !== 0;
	if (typeof v === "string" || Array.isArray(v) || v instanceof PyDict || v instanceof AttrDict) return p.len(v) > 0;
	if (v instanceof SecretsObject) return p.len(v) > 0;
	if (v instanceof TupleObject || v instanceof ViewObject) return v.items.length > 0;
	return true;
}
/** Evaluates parsed statements against one simulated app, with Python's semantics. */
var Evaluator = class {
	p;
	constructor(protocol) {
		this.p = protocol;
	}
	/** Runs a statement: returns the expression's value, or `null` for an assignment. */
	run(statement) {
		if (statement.kind === "expr") return this.eval(statement.expr);
		const { target, value } = statement;
		if (target.kind === "attr") {
			const obj = this.eval(target.target);
			this.p.setAttr(obj, target.name, this.eval(value));
		} else if (target.kind === "item") {
			const obj = this.eval(target.target);
			const key = this.eval(target.index);
			this.p.setItem(obj, key, this.eval(value));
		} else this.eval(value);
		return null;
	}
	/** Evaluates one expression. */
	eval(e) {
		switch (e.kind) {
			case "const": return e.float ? new PyFloat(e.value) : e.value;
			case "name": return this.name(e.name);
			case "attr": return this.p.getAttr(this.eval(e.target), e.name);
			case "item": return this.p.getItem(this.eval(e.target), this.eval(e.index));
			case "call": return this.call(this.eval(e.callee), e.args.map((a) => this.eval(a)), e.kwargs.map(([k, v]) => [k, this.eval(v)]));
			case "list": {
				const items = e.items.map((x) => this.eval(x));
				return e.tuple ? new TupleObject(items) : items;
			}
			case "dict": {
				const d = new PyDict();
				for (const [k, v] of e.entries) d.map.set(this.p.str(this.eval(k)), this.eval(v));
				return d;
			}
			case "not": return !truthy(this.p, this.eval(e.operand));
			case "neg": {
				const v = this.eval(e.operand);
				if (typeof v === "bigint") return -v;
				if (v instanceof PyFloat) return new PyFloat(-v.value);
				throw pyError("TypeError", `bad operand type for unary -: '${shortTypeName(v)}'`);
			}
			case "bool": {
				const left = this.eval(e.left);
				const t = truthy(this.p, left);
				if (e.op === "and") return t ? this.eval(e.right) : left;
				return t ? left : this.eval(e.right);
			}
			case "compare": {
				const left = this.eval(e.left);
				const right = this.eval(e.right);
				switch (e.op) {
					case "in": return this.p.contains(right, left);
					case "not in": return !this.p.contains(right, left);
					case "==": return this.p.equals(left, right);
					case "!=": return !this.p.equals(left, right);
					case "is": return left === right;
					case "is not": return left !== right;
				}
			}
		}
	}
	name(name) {
		if (name === "st" || name === "streamlit") return new ModuleObject("streamlit");
		if (name === "os") return new ModuleObject("os");
		if (name === "secrets") return this.p.secrets;
		if (builtins.has(name)) return new CallableObject(name, "builtin_function_or_method");
		throw pyError("NameError", `name '${name}' is not defined`);
	}
	call(fn, args, kwargs) {
		if (!(fn instanceof CallableObject)) {
			if (fn instanceof TypeObject) return this.builtin(fn.name, args);
			throw pyError("TypeError", `'${shortTypeName(fn)}' object is not callable`);
		}
		const kw = new Map(kwargs);
		const arg = (i, name) => i < args.length ? args[i] : kw.get(name);
		const self = fn.self;
		const name = fn.name;
		const p = this.p;
		if (fn.kind === "builtin_function_or_method" && fn.qualname === name) return this.builtin(name, args);
		if (fn.qualname === "getenv") {
			const key = arg(0, "key");
			const vars = p.store.environ.vars;
			return typeof key === "string" && vars.has(key) ? vars.get(key) : arg(1, "default") ?? null;
		}
		if (self instanceof SecretsObject || self instanceof AttrDict) switch (name) {
			case "get": return this.mappingGet(self, arg(0, "key") ?? null, arg(1, "default") ?? null);
			case "keys": return new ViewObject(self instanceof AttrDict ? "KeysView" : "dict_keys", p.iterate(self));
			case "values":
			case "items": {
				const keys = p.iterate(self);
				const store = self instanceof SecretsObject ? p.store.parse().map : null;
				const value = (k) => store ? store.get(k) : p.getItem(self, k);
				const items = keys.map((k) => name === "values" ? value(k) : new TupleObject([k, value(k)]));
				return new ViewObject(self instanceof AttrDict ? name === "values" ? "ValuesView" : "ItemsView" : `dict_${name}`, items);
			}
			case "to_dict":
				if (self instanceof AttrDict) return deepCopy(dictOf(self.nested));
				return toDict(p.store.parse());
			case "has_key": return p.store.parse().map.has(p.str(arg(0, "k") ?? null));
			case "load_if_toml_exists": return p.store.loadIfTomlExists();
			case "__getitem__": return p.getItem(self, arg(0, "key") ?? null);
			case "__contains__": return p.contains(self, arg(0, "key") ?? null);
			case "__len__": return BigInt(p.len(self));
		}
		if (self instanceof EnvironObject && name === "get") {
			const key = arg(0, "key") ?? null;
			return p.contains(self, key) ? p.getItem(self, key) : arg(1, "default") ?? null;
		}
		if (self instanceof PyDict) {
			if (name === "get") {
				const key = arg(0, "key") ?? null;
				return typeof key === "string" && self.map.has(key) ? self.map.get(key) : arg(1, "default") ?? null;
			}
			if (name === "keys") return new ViewObject("dict_keys", [...self.map.keys()]);
			if (name === "values") return new ViewObject("dict_values", [...self.map.values()]);
			if (name === "items") return new ViewObject("dict_items", [...self.map].map(([k, v]) => new TupleObject([k, v])));
			if (name === "copy") return dictOf(self.map);
		}
		if (typeof self === "string") return stringMethod(self, name, args);
		throw pyError("NotImplementedError", `${fn.qualname}() is not simulated`);
	}
	mappingGet(self, key, fallback) {
		try {
			return this.p.getItem(self, key);
		} catch (e) {
			if (e instanceof PyException && e.isA("KeyError")) return fallback;
			throw e;
		}
	}
	builtin(name, args) {
		const p = this.p;
		const [a, b, c] = args;
		switch (name) {
			case "len": return BigInt(p.len(a));
			case "list": return args.length ? p.iterate(a) : [];
			case "tuple": return new TupleObject(args.length ? p.iterate(a) : []);
			case "sorted": return p.iterate(a).slice().sort((x, y) => p.str(x) < p.str(y) ? -1 : p.str(x) > p.str(y) ? 1 : 0);
			case "dict": {
				if (!args.length) return new PyDict();
				const d = new PyDict();
				for (const [k, v] of p.mappingItems(a)) d.map.set(k, v);
				return d;
			}
			case "type": return new TypeObject(qualifiedType(a));
			case "hasattr":
			case "getattr": try {
				const v = p.getAttr(a, p.str(b));
				return name === "hasattr" ? true : v;
			} catch (e) {
				if (e instanceof PyException && e.isA("AttributeError")) {
					if (name === "hasattr") return false;
					if (args.length > 2) return c;
				}
				throw e;
			}
			case "str": return args.length ? p.str(a) : "";
			case "repr": return p.repr(a);
			case "bool": return args.length ? truthy(p, a) : false;
			case "isinstance": return b instanceof TypeObject && qualifiedType(a) === b.name;
			case "int":
				if (typeof a === "bigint") return a;
				if (typeof a === "string" && /^\s*[+-]?\d+\s*$/.test(a)) return BigInt(a.trim());
				throw pyError("ValueError", `invalid literal for int() with base 10: ${reprString(p.str(a))}`);
			case "float":
				if (a instanceof PyFloat) return a;
				if (typeof a === "bigint") return new PyFloat(Number(a));
				if (typeof a === "string" && a.trim() !== "" && !Number.isNaN(Number(a))) return new PyFloat(Number(a));
				throw pyError("ValueError", `could not convert string to float: ${reprString(p.str(a))}`);
		}
		throw pyError("NameError", `name '${name}' is not defined`);
	}
};
/** `_convert_to_dict(secrets)`: a new top-level dict sharing the stored values. */
function toDict(secrets) {
	const d = new PyDict();
	for (const [k, v] of secrets.map) d.map.set(k, v);
	return d;
}
function stringMethod(s, name, args) {
	const arg = (i) => typeof args[i] === "string" ? args[i] : void 0;
	switch (name) {
		case "upper": return s.toUpperCase();
		case "lower": return s.toLowerCase();
		case "strip": return s.trim();
		case "lstrip": return s.trimStart();
		case "rstrip": return s.trimEnd();
		case "startswith": return s.startsWith(arg(0) ?? "");
		case "endswith": return s.endsWith(arg(0) ?? "");
		case "split": return arg(0) !== void 0 ? s.split(arg(0)) : s.trim().split(/\s+/).filter(Boolean);
		case "splitlines": return s.split(/\r\n|\r|\n/).filter((x, i, all) => i < all.length - 1 || x !== "");
		case "replace": return s.split(arg(0) ?? "").join(arg(1) ?? "");
		case "isdigit": return /^\d+$/.test(s);
		case "title": return s.replace(/\w\S*/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase());
		case "find": return BigInt(s.indexOf(arg(0) ?? ""));
		case "count": return BigInt(s.split(arg(0) ?? "").length - 1);
	}
	throw pyError("NotImplementedError", `str.${name}() is not simulated`);
}
// src/lib/streamlit/expression.ts
var opPattern = /^(==|!=|\*\*|[()[\]{}.,:=\-+*<>])/;
var escapes$1 = {
	n: "\n",
	t: "	",
	r: "\r",
	"0": "\0",
	"\\": "\\",
	"'": "'",
	"\"": "\"",
	a: "\x07",
	b: "\b",
	f: "\f",
	v: "\v",
	"\n": ""
};
function unescapePython(body, raw) {
	if (raw) return body;
	return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|[\s\S])/g, (all, e) => {
		if (e.length > 1 && "xuU".includes(e[0])) return String.fromCodePoint(parseInt(e.slice(1), 16));
		if (/^[0-7]+$/.test(e)) return String.fromCodePoint(parseInt(e, 8));
		return e in escapes$1 ? escapes$1[e] : all;
	});
}
function tokenize(src) {
	const tokens = [];
	let i = 0;
	while (i < src.length) {
		const rest = src.slice(i);
		const ws = /^[ \t]+/.exec(rest);
		if (ws) {
			i += ws[0].length;
			continue;
		}
		const str = /^([rRuUbBfF]{0,2})('''|"""|'|")/.exec(rest);
		if (str && (str[1] === "" || /^[rRuUbB]+$/.test(str[1]))) {
			const quote = str[2];
			let j = str[0].length;
			let body = "";
			for (;;) {
				if (j >= rest.length) throw new SyntaxError(`unterminated string literal at ${i}`);
				if (rest.startsWith(quote, j)) break;
				if (rest[j] === "\\" && j + 1 < rest.length) {
					body += rest.slice(j, j + 2);
					j += 2;
					continue;
				}
				if (rest[j] === "\n" && quote.length === 1) throw new SyntaxError(`unterminated string literal at ${i}`);
				body += rest[j++];
			}
			const raw = /[rR]/.test(str[1]);
			tokens.push({
				type: "string",
				text: rest.slice(0, j + quote.length),
				value: unescapePython(body, raw),
				pos: i
			});
			i += j + quote.length;
			continue;
		}
		const num = /^(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(\d[\d_]*)?\.?\d[\d_]*([eE][+-]?\d+)?)/.exec(rest);
		if (num && num[0]) {
			tokens.push({
				type: "number",
				text: num[0],
				pos: i
			});
			i += num[0].length;
			continue;
		}
		const name = /^[\p{L}_][\p{L}\p{N}_]*/u.exec(rest);
		if (name) {
			tokens.push({
				type: "name",
				text: name[0],
				pos: i
			});
			i += name[0].length;
			continue;
		}
		const op = opPattern.exec(rest);
		if (op) {
			tokens.push({
				type: "op",
				text: op[0],
				pos: i
			});
			i += op[0].length;
			continue;
		}
		throw new SyntaxError(`invalid character '${rest[0]}' at ${i}`);
	}
	tokens.push({
		type: "end",
		text: "",
		pos: src.length
	});
	return tokens;
}
var Parser = class {
	i = 0;
	tokens;
	constructor(tokens) {
		this.tokens = tokens;
	}
	peek() {
		return this.tokens[this.i];
	}
	next() {
		return this.tokens[this.i++];
	}
	isOp(text) {
		const t = this.peek();
		return t.type === "op" && t.text === text;
	}
	isName(text) {
		const t = this.peek();
		return t.type === "name" && t.text === text;
	}
	expect(text) {
		const t = this.next();
		if (t.text !== text) throw new SyntaxError(`expected '${text}' at ${t.pos}`);
	}
	statement() {
		const first = this.expr();
		if (this.isOp("=")) {
			this.next();
			const value = this.expr();
			if (first.kind !== "attr" && first.kind !== "item" && first.kind !== "name") throw new SyntaxError("cannot assign to expression");
			this.end();
			return {
				kind: "assign",
				target: first,
				value
			};
		}
		this.end();
		return {
			kind: "expr",
			expr: first
		};
	}
	end() {
		const t = this.peek();
		if (t.type !== "end") throw new SyntaxError(`unexpected '${t.text}' at ${t.pos}`);
	}
	expr() {
		let left = this.andExpr();
		while (this.isName("or")) {
			this.next();
			left = {
				kind: "bool",
				op: "or",
				left,
				right: this.andExpr()
			};
		}
		return left;
	}
	andExpr() {
		let left = this.notExpr();
		while (this.isName("and")) {
			this.next();
			left = {
				kind: "bool",
				op: "and",
				left,
				right: this.notExpr()
			};
		}
		return left;
	}
	notExpr() {
		if (this.isName("not")) {
			this.next();
			return {
				kind: "not",
				operand: this.notExpr()
			};
		}
		return this.comparison();
	}
	comparison() {
		let left = this.unary();
		for (;;) {
			let op = null;
			if (this.isName("in")) op = "in";
			else if (this.isOp("==")) op = "==";
			else if (this.isOp("!=")) op = "!=";
			else if (this.isName("not") && this.tokens[this.i + 1]?.text === "in") op = "not in";
			else if (this.isName("is")) op = this.tokens[this.i + 1]?.text === "not" ? "is not" : "is";
			if (!op) return left;
			this.i += op.includes(" ") ? 2 : 1;
			left = {
				kind: "compare",
				op,
				left,
				right: this.unary()
			};
		}
	}
	unary() {
		if (this.isOp("-")) {
			this.next();
			return {
				kind: "neg",
				operand: this.unary()
			};
		}
		if (this.isOp("+")) {
			this.next();
			return this.unary();
		}
		return this.postfix();
	}
	postfix() {
		let e = this.atom();
		for (;;) if (this.isOp(".")) {
			this.next();
			const t = this.next();
			if (t.type !== "name") throw new SyntaxError(`expected a name at ${t.pos}`);
			e = {
				kind: "attr",
				target: e,
				name: t.text
			};
		} else if (this.isOp("[")) {
			this.next();
			const index = this.expr();
			this.expect("]");
			e = {
				kind: "item",
				target: e,
				index
			};
		} else if (this.isOp("(")) {
			this.next();
			const args = [];
			const kwargs = [];
			while (!this.isOp(")")) {
				const t = this.peek();
				if (t.type === "name" && this.tokens[this.i + 1]?.text === "=") {
					this.i += 2;
					kwargs.push([t.text, this.expr()]);
				} else args.push(this.expr());
				if (!this.isOp(",")) break;
				this.next();
			}
			this.expect(")");
			e = {
				kind: "call",
				callee: e,
				args,
				kwargs
			};
		} else return e;
	}
	atom() {
		const t = this.next();
		if (t.type === "string") {
			let value = t.value;
			while (this.peek().type === "string") value += this.next().value;
			return {
				kind: "const",
				value
			};
		}
		if (t.type === "number") return numberConst(t.text);
		if (t.type === "name") {
			if (t.text === "True") return {
				kind: "const",
				value: true
			};
			if (t.text === "False") return {
				kind: "const",
				value: false
			};
			if (t.text === "None") return {
				kind: "const",
				value: null
			};
			return {
				kind: "name",
				name: t.text
			};
		}
		if (t.text === "(") {
			if (this.isOp(")")) {
				this.next();
				return {
					kind: "list",
					items: [],
					tuple: true
				};
			}
			const first = this.expr();
			if (this.isOp(")")) {
				this.next();
				return first;
			}
			const items = [first];
			while (this.isOp(",")) {
				this.next();
				if (this.isOp(")")) break;
				items.push(this.expr());
			}
			this.expect(")");
			return {
				kind: "list",
				items,
				tuple: true
			};
		}
		if (t.text === "[") {
			const items = [];
			while (!this.isOp("]")) {
				items.push(this.expr());
				if (!this.isOp(",")) break;
				this.next();
			}
			this.expect("]");
			return {
				kind: "list",
				items
			};
		}
		if (t.text === "{") {
			const entries = [];
			while (!this.isOp("}")) {
				const k = this.expr();
				this.expect(":");
				entries.push([k, this.expr()]);
				if (!this.isOp(",")) break;
				this.next();
			}
			this.expect("}");
			return {
				kind: "dict",
				entries
			};
		}
		throw new SyntaxError(t.type === "end" ? "unexpected end of expression" : `unexpected '${t.text}' at ${t.pos}`);
	}
};
function numberConst(text) {
	const clean = text.replace(/_/g, "");
	if (/^0[xXoObB]/.test(clean)) return {
		kind: "const",
		value: BigInt(clean.toLowerCase())
	};
	if (/[.eE]/.test(clean)) return {
		kind: "const",
		value: Number(clean),
		float: true
	};
	return {
		kind: "const",
		value: BigInt(clean)
	};
}
/** Parses one statement; never throws. */
function parseStatement(source) {
	try {
		return {
			ok: true,
			statement: new Parser(tokenize(source.trim())).statement()
		};
	} catch (e) {
		if (e instanceof SyntaxError || e instanceof RangeError) return {
			ok: false,
			error: e.message
		};
		throw e;
	}
}
// src/lib/python/text.ts
/** Python's `str.isspace()` set of whitespace code points. */
var spaceCodes = /* @__PURE__ */ new Set([
	9,
	10,
	11,
	12,
	13,
	28,
	29,
	30,
	31,
	32,
	133,
	160,
	5760,
	8192,
	8193,
	8194,
	8195,
	8196,
	8197,
	8198,
	8199,
	8200,
	8201,
	8202,
	8232,
	8233,
	8239,
	8287,
	12288
]);
/** True when Python's `str.isspace()` holds for the code point. */
function isSpaceCode(cp) {
	return spaceCodes.has(cp);
}
var alnum = /^[\p{L}\p{N}]$/u;
/** True when Python's `str.isalnum()` holds for a one-character string. */
function isAlnum(ch) {
	const c = ch.charCodeAt(0);
	if (c < 128) return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
	return alnum.test(ch);
}
/** Returns `s.strip()` with Python's whitespace set (a BOM is not whitespace). */
function pyStrip(s) {
	let start = 0;
	let end = s.length;
	while (start < end && spaceCodes.has(s.charCodeAt(start))) start++;
	while (end > start && spaceCodes.has(s.charCodeAt(end - 1))) end--;
	return start === 0 && end === s.length ? s : s.slice(start, end);
}
/** Returns `s.split(sep, maxsplit)` for a non-empty separator; `maxsplit < 0` splits everywhere. */
function pySplit(s, sep, maxsplit = -1) {
	if (maxsplit < 0) return s.split(sep);
	const out = [];
	let pos = 0;
	while (out.length < maxsplit) {
		const at = s.indexOf(sep, pos);
		if (at < 0) break;
		out.push(s.slice(pos, at));
		pos = at + sep.length;
	}
	out.push(s.slice(pos));
	return out;
}
/** Returns `s.count(sub)` for a non-empty `sub` (non-overlapping). */
function pyCount(s, sub) {
	let n = 0;
	for (let at = s.indexOf(sub); at >= 0; at = s.indexOf(sub, at + sub.length)) n++;
	return n;
}
/** Returns the number of code points in `s` before UTF-16 offset `end` (Python's index). */
function codePointOffset(s, end) {
	let n = end;
	for (let i = 0; i < end - 1; i++) {
		const c = s.charCodeAt(i);
		if (c >= 55296 && c <= 56319) {
			const d = s.charCodeAt(i + 1);
			if (d >= 56320 && d <= 57343) {
				n--;
				i++;
			}
		}
	}
	return n;
}
// src/lib/python/numbers.ts
var decimalDigit = /\p{Nd}/u;
/** Returns the value of a Unicode decimal digit: its distance from the start of its run of ten. */
function digitValue(cp) {
	let n = 0;
	while (decimalDigit.test(String.fromCodePoint(cp - n - 1))) n++;
	return n % 10;
}
/** Replaces Unicode decimal digits by ASCII ones, as Python's int() and float() do first. */
function asciiDigits(s) {
	if (!/[^\x00-\x7f]/.test(s)) return s;
	return s.replace(/\p{Nd}/gu, (d) => {
		const cp = d.codePointAt(0);
		return cp < 128 ? d : String(digitValue(cp));
	});
}
var decimalFloat = /^[+-]?(?:(?:\d(?:_?\d)*)(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
var specialFloat = /^[+-]?(?:inf|infinity|nan)$/i;
/** Returns Python's `float(s)` for a string, or null where Python raises ValueError. */
function pyFloat(s) {
	const t = asciiDigits(pyStrip(s));
	if (specialFloat.test(t)) {
		const neg = t.startsWith("-");
		if (/nan/i.test(t)) return NaN;
		return neg ? -Infinity : Infinity;
	}
	if (!decimalFloat.test(t)) return null;
	return Number(t.replace(/_/g, ""));
}
var baseInt = {
	x: /^_?[0-9a-fA-F](?:_?[0-9a-fA-F])*$/,
	o: /^_?[0-7](?:_?[0-7])*$/,
	b: /^_?[01](?:_?[01])*$/
};
var radix = {
	x: 16,
	o: 8,
	b: 2
};
function parseRadix(digits, base) {
	if (base === 10) return BigInt(digits);
	return BigInt((base === 16 ? "0x" : base === 8 ? "0o" : "0b") + digits);
}
/** Returns the ValueError Python raises for `int(s, base)`, with its repr cut at 200 characters. */
function intLiteralError(s, base) {
	return pyError("ValueError", `invalid literal for int() with base ${base}: ${reprString(s).slice(0, 200)}`);
}
/** Python 3.11 refuses to read decimal integers longer than this many digits. */
var maxDigits = 4300;
/** Returns the ValueError Python raises for a decimal string of more than 4,300 digits. */
function digitLimitError(digits) {
	return pyError("ValueError", `Exceeds the limit (${maxDigits} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`);
}
/**
* Returns Python's `int(s, 0)`, or null where Python raises ValueError for a bad
* literal; throws the digit-limit ValueError for over-long decimals.
*/
function pyIntBase0(s) {
	let t = asciiDigits(pyStrip(s));
	let neg = false;
	if (t.startsWith("+") || t.startsWith("-")) {
		neg = t.startsWith("-");
		t = t.slice(1);
	}
	let value;
	const p = t.length > 1 && t[0] === "0" ? t[1].toLowerCase() : "";
	if (p in baseInt) {
		const body = t.slice(2);
		if (!baseInt[p].test(body)) return null;
		value = parseRadix(body.replace(/_/g, ""), radix[p]);
	} else {
		if (!/^\d(?:_?\d)*$/.test(t)) return null;
		const digits = t.replace(/_/g, "");
		if (digits[0] === "0" && /[1-9]/.test(digits)) return null;
		if (digits.length > maxDigits) throw digitLimitError(digits.length);
		value = BigInt(digits);
	}
	return neg ? -value : value;
}
/** Returns Python's `int(s)` in base 10, or null where Python raises ValueError. */
function pyInt10(s) {
	const t = asciiDigits(pyStrip(s));
	if (!/^[+-]?\d(?:_?\d)*$/.test(t)) return null;
	return Number(t.replace(/_/g, ""));
}
// src/lib/streamlit/environ.ts
/**
* A simulated `os.environ`: starts empty, records every write in order, and
* refuses names and values the way CPython's `putenv` does.
*/
var Environ = class {
	/** Current variables. */
	vars = /* @__PURE__ */ new Map();
	/** Every write attempted, in order, failed ones included. */
	log = [];
	/** Performs `os.environ[key] = value`, raising Python's ValueError where it would. */
	set(key, value) {
		const problem = putenvProblem(key, value);
		if (problem) {
			this.log.push({
				key,
				value,
				error: `ValueError: ${problem}`
			});
			throw pyError("ValueError", problem);
		}
		this.log.push({
			key,
			value
		});
		this.vars.set(key, value);
	}
};
/** Returns why `os.environ[key] = value` fails (`embedded null byte`, `illegal …`), or null. */
function putenvProblem(key, value) {
	if (key.includes("\0") || value.includes("\0")) return "embedded null byte";
	if (key === "" || key.includes("=")) return "illegal environment variable name";
	return null;
}
// src/lib/legacy-toml/errors.ts
/**
* `toml.TomlDecodeError`: a message and the UTF-16 offset `toml` blames. The
* public result converts the offset to Python's code-point `char` position.
*/
var TomlDecodeError = class extends PyException {
	/** The message before ` (line L column C char P)`. */
	msg;
	/** Offset in UTF-16 code units of the normalised text. */
	at;
	constructor(msg, at) {
		super("TomlDecodeError", msg, ["ValueError"]);
		this.msg = msg;
		this.at = at;
	}
};
// src/lib/python/ops.ts
/** Returns the name Python uses for a value's type in error messages. */
function errName(v) {
	return v instanceof PyDict ? "dict" : typeName(v);
}
/** Returns Python's `obj[key]` for the value kinds `toml` builds, raising as Python does. */
function getItem(obj, key) {
	if (obj instanceof PyDict) {
		if (typeof key === "string" && obj.map.has(key)) return obj.map.get(key);
		throw keyError(typeof key === "string" ? reprString(key) : String(key));
	}
	if (Array.isArray(obj)) {
		if (typeof key === "string") throw pyError("TypeError", "list indices must be integers or slices, not str");
		const i = key < 0 ? obj.length + key : key;
		if (i < 0 || i >= obj.length) throw pyError("IndexError", "list index out of range");
		return obj[i];
	}
	if (typeof obj === "string") {
		if (typeof key === "string") throw pyError("TypeError", "string indices must be integers, not 'str'");
		const chars = Array.from(obj);
		const i = key < 0 ? chars.length + key : key;
		if (i < 0 || i >= chars.length) throw pyError("IndexError", "string index out of range");
		return chars[i];
	}
	throw pyError("TypeError", `'${errName(obj)}' object is not subscriptable`);
}
/** Performs Python's `obj[key] = value`, raising as Python does for non-dicts. */
function setItem(obj, key, value) {
	if (obj instanceof PyDict) {
		obj.map.set(key, value);
		return;
	}
	if (Array.isArray(obj)) throw pyError("TypeError", "list indices must be integers or slices, not str");
	throw pyError("TypeError", `'${errName(obj)}' object does not support item assignment`);
}
/** Returns Python's `key in obj` for a string key. */
function contains(obj, key) {
	if (obj instanceof PyDict) return obj.map.has(key);
	if (Array.isArray(obj)) return obj.some((x) => x === key);
	if (typeof obj === "string") return obj.includes(key);
	throw pyError("TypeError", `argument of type '${errName(obj)}' is not iterable`);
}
// src/lib/legacy-toml/dates.ts
/** `toml`'s TIME_RE, matched at the start of a value only (like Python's `re.match`). */
var timePattern = /^([0-9]{2}):([0-9]{2}):([0-9]{2})(\.([0-9]{3,6}))?/;
function daysInMonth$1(year, month) {
	if (month === 2) return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0 ? 29 : 28;
	return [
		4,
		6,
		9,
		11
	].includes(month) ? 30 : 31;
}
/** True when Python's `datetime.date(year, month, day)` accepts the fields. */
function isValidDate(y, m, d) {
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth$1(y, m);
}
/** Returns the minutes of a `TomlTz` offset text, or null where its constructor raises ValueError. */
function tzOffset(raw) {
	const text = raw === "Z" ? "+00:00" : raw;
	const sign = text[0] === "-" ? -1 : 1;
	const h = pyInt10(text.slice(1, 3));
	const m = pyInt10(text.slice(4, 6));
	if (h === null || m === null) return null;
	return sign * (h * 60 + m) || 0;
}
/** Returns `int(int(sub) * 10 ** (6 - len(sub)))`, or null where `int(sub)` raises. */
function micros(sub) {
	const v = pyInt10(sub);
	if (v === null) return null;
	const e = 6 - sub.length;
	return e >= 0 ? v * 10 ** e : Math.trunc(v * 10 ** e);
}
/**
* `toml`'s `_load_date`: returns a date or datetime for `val`, or null when it is
* not one (including impossible dates, which then fall through to `int()`).
*/
function loadDate(val) {
	let microsecond = 0;
	let tz = null;
	if (val.length > 19) {
		if (val[19] === ".") {
			let sub;
			let tzval;
			if (val[val.length - 1].toUpperCase() === "Z") {
				sub = val.slice(20, -1);
				tzval = "Z";
			} else {
				const rest = val.slice(20);
				const split = rest.includes("+") ? rest.indexOf("+") : rest.indexOf("-");
				if (split >= 0) {
					sub = rest.slice(0, split);
					tzval = rest.slice(split);
				} else {
					sub = rest;
					tzval = null;
				}
			}
			let failed = false;
			if (tzval !== null) {
				tz = tzOffset(tzval);
				failed = tz === null;
			}
			if (!failed) {
				const us = micros(sub);
				if (us === null) failed = true;
				else microsecond = us;
			}
			if (failed) tz = null;
		} else tz = tzOffset(val.slice(19));
	}
	if (!val.slice(1).includes("-")) return null;
	const y = pyInt10(val.slice(0, 4));
	const mo = pyInt10(val.slice(5, 7));
	const d = pyInt10(val.slice(8, 10));
	if (y === null || mo === null || d === null || !isValidDate(y, mo, d)) return null;
	if (val.length === 10) return new PyDate(y, mo, d);
	const h = pyInt10(val.slice(11, 13));
	const mi = pyInt10(val.slice(14, 16));
	const s = pyInt10(val.slice(17, 19));
	if (h === null || mi === null || s === null) return null;
	if (h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) return null;
	if (microsecond < 0 || microsecond > 999999) return null;
	return new PyDateTime(new PyDate(y, mo, d), new PyTime(h, mi, s, microsecond), tz);
}
/** Builds `datetime.time(h, m, s, us)`, raising Python's ValueError texts for bad fields. */
function makeTime(h, m, s, us) {
	if (h > 23) throw pyError("ValueError", "hour must be in 0..23");
	if (m > 59) throw pyError("ValueError", "minute must be in 0..59");
	if (s > 59) throw pyError("ValueError", "second must be in 0..59");
	if (us > 999999) throw pyError("ValueError", "microsecond must be in 0..999999");
	return new PyTime(h, m, s, us);
}
// src/lib/legacy-toml/strings.ts
var escapes = {
	"0": "\0",
	b: "\b",
	f: "\f",
	n: "\n",
	r: "\r",
	t: "	",
	"\"": "\""
};
/** True when `c` is one of the escape letters `toml` 0.10.2 knows (it forgets `\\`). */
function isKnownEscape(c) {
	return c in escapes;
}
/**
* `toml`'s `_unescape`: replaces `\0 \b \f \n \r \t \" \\` and leaves `\u`/`\U`
* sequences as they are; anything else raises "Reserved escape sequence used".
*/
function unescape(v) {
	if (!v.includes("\\")) return v;
	let out = "";
	for (let i = 0; i < v.length; i++) {
		const c = v[i];
		if (c !== "\\" || i + 1 >= v.length) {
			out += c;
			continue;
		}
		const e = v[++i];
		if (e in escapes) out += escapes[e];
		else if (e === "\\") out += "\\";
		else if (e === "u" || e === "U") out += "\\" + e;
		else throw pyError("ValueError", "Reserved escape sequence used");
	}
	return out;
}
function trailingBackslashesOdd(s) {
	let odd = false;
	for (let i = s.length - 1; i > -1 && s[i] === "\\"; i--) odd = !odd;
	return odd;
}
var hexDigits = /^[0-9a-f]*$/;
/** `toml`'s `_load_unicode_escapes` for one prefix (`\\u` or `\\U`) over the split pieces. */
function loadUnicodeEscapes(v, prefix) {
	const pieces = pySplit(v, prefix);
	let out = pieces[0];
	let skip = trailingBackslashesOdd(out);
	const width = prefix === "\\U" ? 8 : 4;
	for (const hx of pieces.slice(1)) {
		if (skip) {
			skip = trailingBackslashesOdd(hx);
			out += prefix + hx;
			continue;
		}
		const hxb = Array.from(hx).slice(0, width).join("").toLowerCase();
		if (!hexDigits.test(hxb)) throw pyError("ValueError", "Invalid escape sequence: " + hxb);
		if (hxb.length === 0) throw pyError("IndexError", "string index out of range");
		if (hxb[0] === "d" && hxb.length < 2) throw pyError("IndexError", "string index out of range");
		if (hxb[0] === "d" && !/^[0-7]$/.test(hxb[1])) throw pyError("ValueError", "Invalid escape sequence: " + hxb + ". Only scalar unicode points are allowed.");
		const cp = parseInt(hxb, 16);
		if (cp > 1114111) throw pyError("ValueError", "chr() arg not in range(0x110000)");
		out += String.fromCodePoint(cp) + hx.slice(hxb.length);
	}
	return out;
}
/** `toml`'s `bounded_string`: the text starts and ends with the same, unescaped, character. */
function isBoundedString(s) {
	if (s.length === 0) return true;
	if (s[s.length - 1] !== s[0]) return false;
	let backslash = false;
	for (let i = s.length - 2; i > 0 && s[i] === "\\"; i--) backslash = !backslash;
	return !backslash;
}
// src/lib/legacy-toml/value.ts
/** Python's default recursion limit leaves room for this many nested arrays or inline tables. */
var maxDepth$2 = 480;
/** `toml`'s `load_value` and `load_array`, sharing a nesting counter that stands in for Python's stack. */
var ValueLoader = class {
	depth = 0;
	lines;
	/** Returns `load_value(v, strictly_valid)`: the Python value and its kind, or raises. */
	loadValue(v, strictlyValid = true) {
		if (!v) throw pyError("ValueError", "Empty value is invalid");
		if (v === "true") return [true, "bool"];
		if (v.toLowerCase() === "true") throw pyError("ValueError", "Only all lowercase booleans allowed");
		if (v === "false") return [false, "bool"];
		if (v.toLowerCase() === "false") throw pyError("ValueError", "Only all lowercase booleans allowed");
		const c = v[0];
		if (c === "\"" || c === "'") return [loadString(v), "str"];
		if (c === "[") return [this.nested(() => this.loadArray(v)), "array"];
		if (c === "{") {
			const table = new PyDict(true);
			this.nested(() => this.lines.loadInlineObject(v, table));
			return [table, "inline_object"];
		}
		const tm = timePattern.exec(v);
		if (tm) {
			const us = tm[5] ? Number(tm[5]) : 0;
			return [makeTime(Number(tm[1]), Number(tm[2]), Number(tm[3]), us), "time"];
		}
		const date = loadDate(v);
		if (date) return [date, "date"];
		if (!strictlyValid) throw pyError("ValueError", "Weirdness with leading zeroes or underscores in your number.");
		return loadNumber(v);
	}
	nested(f) {
		if (++this.depth > maxDepth$2) {
			this.depth = 0;
			throw pyError("RecursionError", "maximum recursion depth exceeded");
		}
		try {
			return f();
		} finally {
			this.depth = Math.max(0, this.depth - 1);
		}
	}
	/** Returns `load_array(a)`: the list, with `toml`'s splitting and homogeneity rules. */
	loadArray(text) {
		const a = pyStrip(text);
		const inner = a.slice(1, -1);
		let parts;
		if (!inner.includes("[") || pyStrip(pySplit(inner, "[")[0]) !== "") {
			const strarray = isStringArray(a);
			parts = pyStrip(inner).startsWith("{") ? splitInlineTables(a) : pySplit(inner, ",");
			if (strarray) parts = joinStringPieces(parts);
		} else parts = splitNested(inner);
		const out = [];
		let kind = null;
		for (const raw of parts) {
			const part = pyStrip(raw);
			if (part === "") continue;
			const [value, k] = this.loadValue(part);
			if (kind && k !== kind) throw pyError("ValueError", "Not a homogeneous array");
			kind = kind ?? k;
			out.push(value);
		}
		return out;
	}
};
/** `_load_array_isstrarray`: the array's first element starts with a quote. */
function isStringArray(a) {
	const inner = pyStrip(a.slice(1, -1));
	return inner !== "" && (inner[0] === "\"" || inner[0] === "'");
}
function joinStringPieces(input) {
	let a = input;
	for (let b = 0; b < a.length - 1; b++) {
		let ab = pyStrip(a[b]);
		while (!isBoundedString(ab) || ab.length > 2 && ab[0] === ab[1] && ab[1] === ab[2] && ab[ab.length - 2] !== ab[0] && ab[ab.length - 3] !== ab[0]) {
			if (b + 1 >= a.length) throw pyError("IndexError", "list index out of range");
			a[b] = a[b] + "," + a[b + 1];
			ab = pyStrip(a[b]);
			a = b < a.length - 2 ? [...a.slice(0, b + 1), ...a.slice(b + 2)] : a.slice(0, b + 1);
		}
	}
	return a;
}
function splitInlineTables(a) {
	const out = [];
	const limit = a.length - 1;
	let start = 1;
	let end = 2;
	let open = a[start] === "{" ? 1 : 0;
	let inStr = false;
	while (end < limit) {
		const ch = a[end];
		if (ch === "\"" || ch === "'") {
			if (inStr) for (let b = end - 1; b > -1 && a[b] === "\\"; b--) inStr = !inStr;
			inStr = !inStr;
		}
		if (!inStr && ch === "{") open++;
		if (inStr || ch !== "}") {
			end++;
			continue;
		}
		if (open > 1) {
			open--;
			end++;
			continue;
		}
		end++;
		out.push(a.slice(start, end));
		start = end + 1;
		while (start < limit && a[start] !== "{") start++;
		end = start + 1;
	}
	return out;
}
function splitNested(inner) {
	const out = [];
	let depth = 0;
	let j = 0;
	for (let i = 0; i < inner.length; i++) {
		const ch = inner[i];
		if (ch === "[") depth++;
		else if (ch === "]") depth--;
		else if (ch === "," && !depth) {
			out.push(inner.slice(j, i));
			j = i + 1;
		}
	}
	out.push(inner.slice(j));
	return out;
}
function loadString(text) {
	let v = text;
	const q = v[0];
	let testv = pySplit(v.slice(1), q);
	let triple = false;
	let tripleCount = 0;
	if (testv.length > 1 && testv[0] === "" && testv[1] === "") {
		testv = testv.slice(2);
		triple = true;
	}
	let closed = false;
	for (const tv of testv) {
		if (tv === "") {
			if (triple) tripleCount++;
			else closed = true;
			continue;
		}
		let odd = false;
		for (let i = tv.length - 1; i >= 0 && tv[i] === "\\"; i--) odd = !odd;
		if (odd) continue;
		if (closed) throw pyError("ValueError", "Found tokens after a closed string. Invalid TOML.");
		if (!triple || tripleCount > 1) closed = true;
		else tripleCount = 0;
	}
	if (q === "\"") {
		const seqs = pySplit(v, "\\").slice(1);
		let backslash = false;
		for (const seq of seqs) {
			if (seq === "") {
				backslash = !backslash;
				continue;
			}
			if (!isKnownEscape(seq[0]) && seq[0] !== "u" && seq[0] !== "U" && !backslash) throw pyError("ValueError", "Reserved escape sequence used");
			backslash = false;
		}
		if (v.includes("\\u")) v = loadUnicodeEscapes(v, "\\u");
		if (v.includes("\\U")) v = loadUnicodeEscapes(v, "\\U");
		v = unescape(v);
	}
	if (v.length > 1 && v[1] === q && (v.length < 3 || v[1] === v[2])) v = v.slice(2, -2);
	return v.slice(1, -1);
}
function loadNumber(text) {
	let v = text;
	let neg = false;
	if (v[0] === "-") {
		neg = true;
		v = v.slice(1);
	} else if (v[0] === "+") v = v.slice(1);
	v = v.replace(/_/g, "");
	const lower = v.toLowerCase();
	if (v.includes(".") || !v.includes("x") && (v.includes("e") || v.includes("E"))) {
		if (v.includes(".") && pySplit(v, ".", 1)[1] === "") throw pyError("ValueError", "This float is missing digits after the point");
		if (!"0123456789".includes(v[0])) throw pyError("ValueError", "This float doesn't have a leading digit");
		return [floatOf(v, neg), "float"];
	}
	if (lower.length === 3 && (lower === "inf" || lower === "nan")) return [floatOf(v, neg), "float"];
	const n = pyIntBase0(v);
	if (n === null) throw intLiteralError(v, 0);
	return [neg ? -n : n, "int"];
}
function floatOf(v, neg) {
	const f = pyFloat(v);
	if (f === null) throw pyError("ValueError", `could not convert string to float: ${reprString(v)}`);
	return new PyFloat(neg ? 0 - f : f);
}
// src/lib/legacy-toml/line.ts
/** `_get_split_on_quotes`: splits a line into alternating unquoted and quoted pieces. */
function splitOnQuotes(line) {
	let dq = line.split("\"");
	const out = [];
	let quoted = false;
	if (dq.length > 1 && dq[0].includes("'")) {
		let sq = dq[0].split("'");
		dq = dq.slice(1);
		while (sq.length % 2 === 0 && dq.length) {
			sq[sq.length - 1] += "\"" + dq[0];
			dq = dq.slice(1);
			if (sq[sq.length - 1].includes("'")) sq = [...sq.slice(0, -1), ...sq[sq.length - 1].split("'")];
		}
		out.push(...sq);
	}
	for (const piece of dq) if (quoted) out.push(piece);
	else {
		out.push(...piece.split("'"));
		quoted = true;
	}
	return out;
}
/** `_strictly_valid_num`: false for leading zeros and misplaced underscores. */
function isStrictlyValidNumber(text) {
	let n = pyStrip(text);
	if (!n) return false;
	if (n[0] === "_" || n[n.length - 1] === "_") return false;
	if (n.includes("_.") || n.includes("._")) return false;
	if (n.length === 1) return true;
	if (n[0] === "0" && ![
		".",
		"o",
		"b",
		"x"
	].includes(n[1])) return false;
	if (n[0] === "+" || n[0] === "-") {
		n = n.slice(1);
		if (n.length > 1 && n[0] === "0" && n[1] !== ".") return false;
	}
	return !n.includes("__");
}
var numberWithUnderscores = /^[0-9](_[0-9])*/;
/** `toml`'s `load_line` and `load_inline_object`, bound to one value loader. */
var LineLoader = class {
	values;
	constructor(values) {
		this.values = values;
		values.lines = this;
	}
	/** `load_inline_object(line, currentlevel)`: fills `target` from `{k = v, …}` text. */
	loadInlineObject(line, target) {
		const candidates = pySplit(line.slice(1, -1), ",");
		const groups = [];
		if (candidates.length === 1 && !pyStrip(candidates[0])) candidates.pop();
		while (candidates.length > 0) {
			const group = candidates.shift();
			const kv = pySplit(group, "=", 1);
			if (kv.length < 2) throw pyError("ValueError", "Invalid inline table encountered");
			const value = pyStrip(kv[1]);
			if (value.length === 0) throw pyError("IndexError", "string index out of range");
			const first = value[0];
			const last = value[value.length - 1];
			if (first === last && (first === "\"" || first === "'") || "-0123456789".includes(first) || value === "true" || value === "false" || first === "[" && last === "]" || first === "{" && last === "}") groups.push(group);
			else if (candidates.length > 0) candidates[0] = group + "," + candidates[0];
			else throw pyError("ValueError", "Invalid inline table value encountered");
		}
		for (const group of groups) if (this.loadLine(group, target) !== null) break;
	}
	/**
	* `load_line(line, currentlevel)`: stores one `key = value` into `level`, or
	* returns the pending multi-line value it starts. Raises as `toml` does.
	*/
	loadLine(line, level) {
		let i = 1;
		let quoted = false;
		for (const piece of splitOnQuotes(line)) {
			if (!quoted && piece.includes("=")) break;
			i += pyCount(piece, "=");
			quoted = !quoted;
		}
		let pair = pySplit(line, "=", i);
		let last = pair[pair.length - 1];
		let strictlyValid = isStrictlyValidNumber(last);
		if (numberWithUnderscores.test(last)) {
			last = last.replace(/_/g, "");
			pair[pair.length - 1] = last;
		}
		while (last.length && ![
			" ",
			"	",
			"'",
			"\"",
			"[",
			"{"
		].includes(last[0]) && pyStrip(last) !== "true" && pyStrip(last) !== "false") {
			if (pyFloat(last) !== null) break;
			if (loadDate(last) !== null) break;
			if (timePattern.test(last)) break;
			i++;
			const prev = last;
			pair = pySplit(line, "=", i);
			last = pair[pair.length - 1];
			if (prev === last) throw pyError("ValueError", "Invalid date or number");
			if (strictlyValid) strictlyValid = isStrictlyValidNumber(last);
		}
		let key = pyStrip(pair.slice(0, -1).join("="));
		const valueText = pyStrip(last);
		let target = level;
		if (key.includes(".")) {
			let levels;
			if (key.includes("\"") || key.includes("'")) {
				levels = [];
				let q = false;
				for (const piece of splitOnQuotes(key)) {
					if (q) levels.push(piece);
					else levels.push(...piece.split(".").map(pyStrip));
					q = !q;
				}
			} else levels = key.split(".");
			while (true) {
				if (levels.length === 0) throw pyError("IndexError", "list index out of range");
				if (levels[levels.length - 1] !== "") break;
				levels = levels.slice(0, -1);
			}
			for (const name of levels.slice(0, -1)) {
				if (name === "") continue;
				if (!contains(target, name)) setItem(target, name, new PyDict());
				target = getItem(target, name);
			}
			key = pyStrip(levels[levels.length - 1]);
		} else {
			if (key.length === 0) throw pyError("IndexError", "string index out of range");
			if ((key[0] === "\"" || key[0] === "'") && key[key.length - 1] === key[0]) key = unescape(key.slice(1, -1));
		}
		const [k, offset] = multilineStart(valueText);
		let pending = null;
		let value = null;
		if (k > -1) {
			let backslash = false;
			for (let j = k; j > -1 && valueText[j + offset] === "\\"; j--) backslash = !backslash;
			pending = {
				key,
				text: backslash ? valueText.slice(0, -1) : valueText + "\n",
				backslash
			};
		} else [value] = this.values.loadValue(valueText, strictlyValid);
		if (!(target instanceof PyDict) || target.map.has(key)) throw pyError("ValueError", "Duplicate keys!");
		if (pending) return pending;
		setItem(target, key, value);
		return null;
	}
};
/**
* `_load_line_multiline_str`: where a value opens a multi-line string that does
* not close on this line, returns its last index and the offset of the string
* inside the value; otherwise `[-1, offset]`.
*/
function multilineStart(text) {
	let p = text;
	let offset = 0;
	if (p.length < 3) return [-1, 0];
	if (p[0] === "[" && pyStrip(p)[pyStrip(p).length - 1] !== "]" && isStringArray(p)) {
		let parts = pySplit(pyStrip(p.slice(1)), ",");
		while (parts.length > 1) {
			const lastPart = parts[parts.length - 1];
			if (lastPart.length === 0) throw pyError("IndexError", "string index out of range");
			if (lastPart[0] === "\"" || lastPart[0] === "'") break;
			parts = [...parts.slice(0, -2), parts[parts.length - 2] + "," + lastPart];
		}
		const np = parts[parts.length - 1];
		offset = p.length - np.length;
		p = np;
	}
	if (p.length === 0) throw pyError("IndexError", "string index out of range");
	if (p[0] !== "\"" && p[0] !== "'") return [-1, offset];
	if (p.length < 2) throw pyError("IndexError", "string index out of range");
	if (p[1] !== p[0]) return [-1, offset];
	if (p.length < 3) throw pyError("IndexError", "string index out of range");
	if (p[2] !== p[0]) return [-1, offset];
	const q = p[0];
	if (p.length > 5 && p[p.length - 1] === q && p[p.length - 2] === q && p[p.length - 3] === q) return [-1, offset];
	return [p.length - 1, offset];
}
// src/lib/legacy-toml/scan.ts
var NL = 10;
var SQ = 39;
var DQ = 34;
var BS = 92;
var HASH = 35;
var LB = 91;
var RB = 93;
var SPACE = 32;
var TAB = 9;
var EQ = 61;
var DOT = 46;
/**
* The first pass of `toml` 0.10.2's `loads`: a character walk that tracks quotes,
* brackets and key names, blanks comments, folds newlines inside arrays and
* multi-line string openings, and raises the errors that pass raises. Returns the
* rewritten character codes (same length as the input, UTF-16 units).
*/
function scanStructure(s) {
	const n = s.length;
	const sl = new Uint16Array(n);
	for (let i = 0; i < n; i++) sl[i] = s.charCodeAt(i);
	const at = (j) => {
		const k = j < 0 ? j + n : j;
		if (k < 0 || k >= n) throw indexSignal;
		return sl[k];
	};
	let openarr = 0;
	let openstring = false;
	let openstrchar = 0;
	let multilinestr = false;
	let arrayoftables = false;
	let beginline = true;
	let keygroup = false;
	let dottedkey = false;
	let keyname = 0;
	for (let i = 0; i < n; i++) {
		let item = sl[i];
		let width = 1;
		if (item >= 55296 && item <= 56319 && i + 1 < n) {
			const lo = sl[i + 1];
			if (lo >= 56320 && lo <= 57343) width = 2;
		}
		if (item === 13 && nextItem(sl, i, n) === NL) {
			sl[i] = SPACE;
			continue;
		}
		const itemText = width === 2 ? s.slice(i, i + 2) : String.fromCharCode(item);
		if (keyname) {
			if (item === NL) throw new TomlDecodeError("Key name found without value. Reached end of line.", i);
			let handled = false;
			if (openstring) {
				if (item === openstrchar) {
					let odd = false;
					for (let k = 1; i >= k && sl[i - k] === BS; k++) odd = !odd;
					if (!odd) {
						keyname = 2;
						openstring = false;
						openstrchar = 0;
					}
				}
				handled = true;
			} else if (keyname === 1) {
				if (width === 1 && isSpaceCode(item)) {
					keyname = 2;
					handled = true;
				} else if (item === DOT) {
					dottedkey = true;
					handled = true;
				} else if (isAlnum(itemText) || item === 95 || item === 45) handled = true;
				else if (dottedkey && at(i - 1) === DOT && (item === DQ || item === SQ)) {
					openstring = true;
					openstrchar = item;
					handled = true;
				}
			} else if (keyname === 2) {
				if (width === 1 && isSpaceCode(item)) {
					if (dottedkey) {
						const next = nextItem(sl, i, n);
						if (!isSpaceCode(next) && next !== DOT) keyname = 1;
					}
					handled = true;
				} else if (item === DOT) {
					dottedkey = true;
					const next = nextItem(sl, i, n);
					if (!isSpaceCode(next) && next !== DOT) keyname = 1;
					handled = true;
				}
			}
			if (handled) {
				i += width - 1;
				continue;
			}
			if (item === EQ) {
				keyname = 0;
				dottedkey = false;
			} else throw new TomlDecodeError(`Found invalid character in key name: '${itemText}'. Try quoting the key name.`, i);
		}
		if (item === SQ && openstrchar !== DQ) {
			let k = 1;
			try {
				while (at(i - k) === SQ) {
					k++;
					if (k === 3) break;
				}
			} catch (e) {
				if (e !== indexSignal) throw e;
			}
			if (k === 3) {
				multilinestr = !multilinestr;
				openstring = multilinestr;
			} else openstring = !openstring;
			openstrchar = openstring ? SQ : 0;
		}
		if (item === DQ && openstrchar !== SQ) {
			let odd = false;
			let k = 1;
			let tripquote = false;
			try {
				while (at(i - k) === DQ) {
					k++;
					if (k === 3) {
						tripquote = true;
						break;
					}
				}
				if (k === 1 || k === 3 && tripquote) while (at(i - k) === BS) {
					odd = !odd;
					k++;
				}
			} catch (e) {
				if (e !== indexSignal) throw e;
			}
			if (!odd) {
				if (tripquote) {
					multilinestr = !multilinestr;
					openstring = multilinestr;
				} else openstring = !openstring;
			}
			openstrchar = openstring ? DQ : 0;
		}
		if (item === HASH && !openstring && !keygroup && !arrayoftables) {
			let j = i;
			while (j < n && sl[j] !== NL) sl[j++] = SPACE;
			if (j >= n) break;
		}
		if (item === LB && !openstring && !keygroup && !arrayoftables) {
			if (beginline) {
				if (n > i + 1 && sl[i + 1] === LB) arrayoftables = true;
				else keygroup = true;
			} else openarr++;
		}
		if (item === RB && !openstring) {
			if (keygroup) keygroup = false;
			else if (arrayoftables) {
				if (at(i - 1) === RB) arrayoftables = false;
			} else openarr--;
		}
		if (item === NL) {
			if (openstring || multilinestr) {
				if (!multilinestr) throw new TomlDecodeError("Unbalanced quotes", i);
				const prev = at(i - 1);
				if ((prev === SQ || prev === DQ) && at(i - 2) === prev) {
					sl[i] = prev;
					if (at(i - 3) === prev) sl[i - 3 < 0 ? i - 3 + n : i - 3] = SPACE;
				}
			} else if (openarr) sl[i] = SPACE;
			else beginline = true;
		} else if (beginline && sl[i] !== SPACE && sl[i] !== TAB) {
			beginline = false;
			if (!keygroup && !arrayoftables) {
				if (sl[i] === EQ) throw new TomlDecodeError("Found empty keyname. ", i);
				keyname = 1;
			}
		}
		item = 0;
		i += width - 1;
	}
	if (keyname) throw new TomlDecodeError("Key name found without value. Reached end of file.", n);
	if (openstring) throw new TomlDecodeError("Unterminated string found. Reached end of file.", n);
	return sl;
}
var indexSignal = /* @__PURE__ */ new Error("index");
function nextItem(sl, i, n) {
	if (i + 1 >= n) throw pyError("IndexError", "list index out of range");
	return sl[i + 1];
}
// src/lib/legacy-toml/loads.ts
var groupName = /^[A-Za-z0-9_-]+$/;
function codesToString(codes) {
	let out = "";
	for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.subarray(i, i + 8192));
	return out;
}
function isPyError(e, type) {
	return e instanceof Error && "isA" in e && typeof e.isA === "function" && e.isA(type);
}
/**
* `toml.loads` of `toml` 0.10.2 on text that already had its newlines
* normalised: returns the top-level dict or throws the Python exception the
* package raises (`TomlDecodeError` with a UTF-16 offset, or another class).
*/
function loadsLegacy(source) {
	const lines = codesToString(scanStructure(source)).split("\n");
	const values = new ValueLoader();
	const loader = new LineLoader(values);
	const root = new PyDict();
	const implicit = [];
	let level = root;
	let pending = null;
	let pos = 0;
	const wrap = (f) => {
		try {
			return f();
		} catch (e) {
			if (isPyError(e, "ValueError") && !(e instanceof TomlDecodeError)) throw new TomlDecodeError(e.text, pos);
			throw e;
		}
	};
	for (let idx = 0; idx < lines.length; idx++) {
		if (idx > 0) pos += lines[idx - 1].length + 1;
		let line = lines[idx];
		if (!pending || pending.backslash || !pending.text.includes("\n")) line = pyStrip(line);
		if (line === "" && (!pending || pending.backslash)) continue;
		if (pending) {
			const p = pending;
			p.text += line;
			p.backslash = false;
			let closed = false;
			if (p.text[0] === "[") {
				if (line.length === 0) throw pyError("IndexError", "string index out of range");
				closed = line[line.length - 1] === "]";
			} else if (line.length > 2) {
				const q = p.text[0];
				const n = line.length;
				closed = line[n - 1] === q && line[n - 2] === q && line[n - 3] === q;
			}
			if (closed) {
				const [value] = wrap(() => values.loadValue(p.text));
				setItem(level, p.key, value);
				pending = null;
			} else {
				for (let k = p.text.length - 1; k > -1 && p.text[k] === "\\"; k--) p.backslash = !p.backslash;
				if (p.backslash) p.text = p.text.slice(0, -1);
				else p.text += "\n";
			}
			continue;
		}
		if (line[0] === "[") level = openTable(line, root, implicit, pos);
		else if (line[0] === "{") {
			if (line[line.length - 1] !== "}") throw new TomlDecodeError("Line breaks are not allowed in inlineobjects", pos);
			const target = level;
			wrap(() => loader.loadInlineObject(line, target));
		} else if (line.includes("=")) {
			const target = level;
			const started = wrap(() => loader.loadLine(line, target));
			if (started) pending = started;
		}
	}
	return root;
}
function headerGroups(text, pos) {
	if (text.length === 1) throw new TomlDecodeError("Opening key group bracket on line by itself.", pos);
	const array = text[1] === "[";
	const splitstr = array ? "]]" : "]";
	const line = text.slice(array ? 2 : 1);
	let i = 1;
	let quoted = false;
	for (const piece of splitOnQuotes(line)) {
		if (!quoted && piece.includes(splitstr)) break;
		i += pyCount(piece, splitstr);
		quoted = !quoted;
	}
	const parts = pySplit(line, splitstr, i);
	if (parts.length < i + 1 || pyStrip(parts[parts.length - 1]) !== "") throw new TomlDecodeError("Key group not on a line by itself.", pos);
	const groups = parts.slice(0, -1).join(splitstr).split(".");
	for (let g = 0; g < groups.length; g++) {
		groups[g] = pyStrip(groups[g]);
		const name = groups[g];
		if (name.length > 0 && (name[0] === "\"" || name[0] === "'")) {
			let joined = name;
			let j = g + 1;
			while (joined[0] !== joined[joined.length - 1] || joined.length === 1) {
				j++;
				if (j > groups.length + 2) throw new TomlDecodeError(`Invalid group name '${joined}' Something went wrong.`, pos);
				joined = pyStrip(groups.slice(g, j).join("."));
			}
			groups[g] = joined.slice(1, -1);
			groups.splice(g + 1, j - (g + 1));
		} else if (!groupName.test(name)) throw new TomlDecodeError(`Invalid group name '${name}'. Try quoting it.`, pos);
	}
	return {
		groups,
		array
	};
}
function openTable(text, root, implicit, pos) {
	const { groups, array } = headerGroups(text, pos);
	let level = root;
	for (let i = 0; i < groups.length; i++) {
		const group = groups[i];
		const isLast = i === groups.length - 1;
		if (group === "") throw new TomlDecodeError("Can't have a keygroup with an empty name", pos);
		if (level instanceof PyDict) {
			if (level.map.has(group)) {
				if (isLast) {
					const at = implicit.indexOf(group);
					if (at >= 0) {
						implicit.splice(at, 1);
						if (array) throw new TomlDecodeError("An implicitly defined table can't be an array", pos);
					} else if (array) {
						const existing = level.map.get(group);
						if (!Array.isArray(existing)) throw pyError("AttributeError", `'${typeName(existing)}' object has no attribute 'append'`);
						existing.push(new PyDict());
					} else throw new TomlDecodeError(`What? ${group} already exists?${pyRepr(level)}`, pos);
				}
			} else {
				if (!isLast) implicit.push(group);
				level.map.set(group, isLast && array ? [new PyDict()] : new PyDict());
			}
		} else {
			level = getItem(level, -1);
			if (!contains(level, group)) setItem(level, group, isLast && array ? [new PyDict()] : new PyDict());
		}
		level = getItem(level, group);
		if (array && !(level instanceof PyDict)) level = getItem(level, -1);
	}
	return level;
}
// src/lib/legacy-toml/index.ts
function decodeInfo(text, e) {
	const from = Math.min(e.at, text.length);
	const char = codePointOffset(text, from);
	const before = text.slice(0, from);
	let line = 1;
	for (let i = before.indexOf("\n"); i >= 0; i = before.indexOf("\n", i + 1)) line++;
	const lastNl = before.lastIndexOf("\n");
	const column = char - (lastNl < 0 ? -1 : codePointOffset(text, lastNl));
	return {
		msg: e.msg,
		line,
		column,
		char,
		from
	};
}
/**
* Predicts `toml.loads(text)` of the Python `toml` 0.10.2 package, the parser
* Streamlit uses, quirks included. `text` must already have had its line endings
* normalised the way Python's text-mode `open()` does. Never throws.
*/
function parseLegacyToml(text) {
	try {
		return {
			ok: true,
			value: loadsLegacy(text)
		};
	} catch (e) {
		if (e instanceof TomlDecodeError) {
			const decode = decodeInfo(text, e);
			const suffix = ` (line ${decode.line} column ${decode.column} char ${decode.char})`;
			return {
				ok: false,
				error: {
					type: e.type,
					text: e.msg + suffix,
					decode
				}
			};
		}
		if (e instanceof PyException) return {
			ok: false,
			error: {
				type: e.type,
				text: e.text
			}
		};
		if (e instanceof RangeError) return {
			ok: false,
			error: {
				type: "RecursionError",
				text: "maximum recursion depth exceeded"
			}
		};
		throw e;
	}
}
// src/lib/python/format.ts
/**
* Returns `message.format()` with no arguments, as Streamlit's localizable
* exceptions call it: doubled braces collapse, and any replacement field raises
* the exception Python raises (KeyError, IndexError or ValueError).
*/
function formatWithoutArguments(message) {
	let out = "";
	let i = 0;
	const n = message.length;
	while (i < n) {
		const c = message[i++];
		if (c !== "{" && c !== "}") {
			out += c;
			continue;
		}
		const atEnd = i >= n;
		if (c === "}" && (atEnd || message[i] !== "}")) throw pyError("ValueError", "Single '}' encountered in format string");
		if (c === "{" && atEnd) throw pyError("ValueError", "Single '{' encountered in format string");
		if (message[i] === c) {
			out += c;
			i++;
			continue;
		}
		throw fieldError(message, i);
	}
	return out;
}
/** The exception raised for the replacement field that starts at `start` (just after `{`). */
function fieldError(message, start) {
	let count = 1;
	let i = start;
	let end = -1;
	while (i < message.length) {
		const c = message[i++];
		if (c === "{") count++;
		else if (c === "}" && --count === 0) {
			end = i - 1;
			break;
		}
	}
	if (end < 0) return pyError("ValueError", "expected '}' before end of string");
	const field = message.slice(start, end);
	let nameEnd = field.length;
	for (let j = 0; j < field.length; j++) if (field[j] === ":" || field[j] === "!") {
		nameEnd = j;
		break;
	}
	const conversion = field[nameEnd] === "!" ? field.slice(nameEnd + 1) : null;
	if (conversion !== null) {
		if (conversion.length === 0) return end + 1 >= message.length ? pyError("ValueError", "unmatched '{' in format spec") : pyError("ValueError", "expected ':' after conversion specifier");
		if (conversion.length > 1 && conversion[1] !== ":") return pyError("ValueError", "expected ':' after conversion specifier");
	}
	const name = field.slice(0, nameEnd);
	const firstEnd = name.search(/[.[]/);
	const first = firstEnd < 0 ? name : name.slice(0, firstEnd);
	if (first === "" || /^\d+$/.test(first)) return pyError("IndexError", `Replacement index ${first === "" ? 0 : Number(first)} out of range for positional args tuple`);
	return keyError(reprString(first));
}
// src/lib/toml/messages.ts
var entry$1 = (message, hint, fixLabel) => ({
	severity: "error",
	message,
	hint,
	fixLabel
});
/** Shortens user text for a message and wraps it in backticks. */
function code$1(text, max = 40) {
	const flat = text.replace(/\r?\n/g, "⏎");
	return "`" + (flat.length > max ? flat.slice(0, max - 1) + "…" : flat) + "`";
}
var monthNames = [
	"January",
	"February",
	"March",
	"April",
	"May",
	"June",
	"July",
	"August",
	"September",
	"October",
	"November",
	"December"
];
function dateHint(problem) {
	switch (problem.part) {
		case "month": return "Use a month from 01 to 12";
		case "day": return `Use a day from 01 to ${problem.days}: ${monthNames[problem.month - 1]} ${problem.year} has ${problem.days} days`;
		case "hour": return "Use an hour from 00 to 23";
		case "minute": return "Use minutes from 00 to 59";
		case "second": return "Use seconds from 00 to 59";
		case "offset": return "Write the offset as `Z` or `+HH:MM` with an hour up to 23 and minutes up to 59";
		case "format": return "Write dates as `YYYY-MM-DD` and times as `HH:MM:SS`, or quote the value to make it a string";
	}
}
/**
* Plain-language wording for smol-toml's own error reasons, used by `toml/syntax`. Keys are
* smol-toml's messages; `token` is the text at the error.
*/
var syntaxReasons = {
	"each key-value declaration must be followed by an end-of-line": {
		message: (token) => `Unexpected ${code$1(token)} after a complete value`,
		hint: "Put each `key = value` on its own line, or quote a value that contains spaces"
	},
	"expected comma or end of structure": {
		message: (token) => `Expected a comma or a closing bracket before ${code$1(token)}`,
		hint: "Separate the items with commas"
	},
	"expected end of table array declaration": {
		message: () => "An array-of-tables header must end with `]]`",
		hint: "Close the header with `]]`"
	},
	"unexpected end of key": {
		message: () => "A key is missing here",
		hint: "Write a key, quoting it if it contains spaces or symbols"
	},
	"illegal empty bare key": {
		message: () => "A dotted key has an empty part",
		hint: "Remove the extra `.` or write a name between the dots"
	},
	"illegal quoted key: multiline strings are not allowed": {
		message: () => "A key cannot be a multi-line string",
		hint: "Quote the key with a single `\"` or `'`"
	},
	"illegal character in key": {
		message: (token) => `Unexpected ${code$1(token)} where a key should be`,
		hint: "Write `key = value`, quoting the key if it contains other characters"
	},
	"invalid value": {
		message: (token) => token ? `Expected a value before ${code$1(token)}` : "Expected a value",
		hint: "Write a value here, or remove the extra comma"
	},
	"illegal character in numeric literal": {
		message: (token) => `Unexpected ${code$1(token)} in a number`,
		hint: "Check the brackets and commas around this number"
	}
};
/** Every diagnostic this module can produce, with its severity, message builder and hint. */
var tomlMessages = {
	"toml/invalid-utf8": entry$1((a) => `The file is not valid UTF-8: ${code$1(a.pythonMessage, Infinity)}`, () => "Save the file with UTF-8 encoding; Streamlit cannot read it otherwise"),
	"toml/syntax": entry$1((a) => syntaxReasons[a.reason]?.message(a.token) ?? `Invalid TOML: ${a.reason}`, (a) => syntaxReasons[a.reason]?.hint ?? "Check the TOML syntax around this point"),
	"toml/unquoted-string": entry$1((a) => `The value ${code$1(a.value)} is not quoted`, () => "Put text in double quotes; TOML has no unquoted strings", "Quote the value"),
	"toml/python-boolean": entry$1((a) => `${code$1(a.value)} is not a TOML boolean`, (a) => `Write ${code$1(a.value.toLowerCase())} in lowercase; TOML is not Python`, "Use a lowercase boolean"),
	"toml/null-value": entry$1((a) => `TOML has no null value like ${code$1(a.value)}`, () => "Remove the key, or use an empty string `\"\"`"),
	"toml/colon-instead-of-equals": entry$1((a) => `The key ${code$1(a.key)} is followed by a colon instead of \`=\``, () => "Use `=` between a key and its value; `:` is YAML or JSON syntax", "Use = instead of :"),
	"toml/windows-path-escape": entry$1((a) => `The backslashes in ${code$1(a.value)} start escape sequences`, () => "Use single quotes for a literal string, or double every backslash", "Keep the backslashes as written"),
	"toml/invalid-escape": entry$1((a) => `${code$1(a.escape)} is not a valid escape sequence`, () => "Write `\\\\` for a literal backslash, or use a single-quoted literal string", "Escape the backslash"),
	"toml/dotenv-line": entry$1((a) => `The line for ${code$1(a.key)} is written in .env syntax`, () => "Write it as `KEY = \"value\"`, without `export` and with the value quoted", "Rewrite as TOML"),
	"toml/duplicate-key": entry$1((a) => `${code$1(a.key)} is defined more than once`, () => "Remove or rename one of the definitions"),
	"toml/invalid-date": entry$1((a) => `${code$1(a.value)} is not a valid date or time`, (a) => dateHint(a.problem)),
	"toml/invalid-number": entry$1((a) => `${code$1(a.value)} is not a valid TOML number`, () => "Remove leading zeros and stray underscores, or quote the value if it is meant as text"),
	"toml/invalid-key": entry$1((a) => `${code$1(a.key)} cannot be used as a bare key`, () => "Quote keys that contain spaces, dots or characters other than A–Z, 0–9, `_` and `-`", "Quote the key"),
	"toml/missing-equals": entry$1((a) => `The key ${code$1(a.key)} has no \`=\` and value`, () => "Write `key = value`, or remove the line"),
	"toml/missing-value": entry$1((a) => `The key ${code$1(a.key)} has no value`, () => "Write a value after `=`, such as `\"\"` for an empty string"),
	"toml/unclosed-string": entry$1((a) => `The string ${code$1(a.value)} is never closed`, () => "Add the closing quote; use triple quotes for text that spans lines"),
	"toml/unclosed-bracket": entry$1((a) => `This ${code$1(a.bracket)} is never closed`, (a) => `Add the matching ${code$1(a.bracket === "[" ? "]" : "}")}`),
	"toml/control-character": entry$1((a) => a.where === "text" ? `The invisible character ${code$1(a.char)} is not allowed here` : `The ${a.where} contains the invisible control character ${code$1(a.char)}`, (a) => a.where === "string" ? "Remove it, or write it as an escape such as `\\t` or `\\u0000`" : "Delete the character; it often comes from copying text out of another program"),
	"toml/too-deep": entry$1(() => "Arrays or inline tables are nested too deeply", () => "Flatten the structure; more than 1000 levels are refused")
};
/**
* Builds the diagnostic `code` for the range `from`–`to` (UTF-16 offsets) from the catalogue,
* attaching `edit` as its fix.
*/
function tomlDiagnostic(code, args, from, to, edit) {
	const entry = tomlMessages[code];
	const diagnostic = {
		code,
		severity: entry.severity,
		message: entry.message(args),
		from,
		to,
		hint: entry.hint(args)
	};
	if (edit) diagnostic.fix = {
		label: entry.fixLabel ?? "Apply the fix",
		...edit
	};
	return diagnostic;
}
// src/lib/toml/decode.ts
var isContinuation = (b) => b >= 128 && b <= 191;
/**
* Returns the bad sequence starting at `i`, or the length of the valid one. Mirrors CPython's
* decoder: the second byte's range is narrowed for E0, ED, F0 and F4 so that overlong forms,
* surrogates and code points above U+10FFFF fail as an invalid continuation byte.
*/
function checkSequence(bytes, i) {
	const lead = bytes[i];
	if (lead < 128) return 1;
	let need;
	let low = 128;
	let high = 191;
	if (lead < 194) return {
		end: i + 1,
		reason: "invalid start byte"
	};
	else if (lead < 224) need = 1;
	else if (lead < 240) {
		need = 2;
		if (lead === 224) low = 160;
		else if (lead === 237) high = 159;
	} else if (lead < 245) {
		need = 3;
		if (lead === 240) low = 144;
		else if (lead === 244) high = 143;
	} else return {
		end: i + 1,
		reason: "invalid start byte"
	};
	for (let k = 1; k <= need; k++) {
		if (i + k >= bytes.length) return {
			end: bytes.length,
			reason: "unexpected end of data"
		};
		const b = bytes[i + k];
		if (!(k === 1 ? b >= low && b <= high : isContinuation(b))) return {
			end: i + k,
			reason: "invalid continuation byte"
		};
	}
	return need + 1;
}
function formatPythonMessage(bytes, start, end, reason) {
	return `'utf-8' codec can't decode ${end - start === 1 ? `byte 0x${bytes[start].toString(16).padStart(2, "0")} in position ${start}` : `bytes in position ${start}-${end - 1}`}: ${reason}`;
}
function codePointAt(bytes, i, length) {
	const lead = bytes[i];
	if (length === 1) return lead;
	let cp = lead & 255 >> length + 1;
	for (let k = 1; k < length; k++) cp = cp << 6 | bytes[i + k] & 63;
	return cp;
}
var StringBuilder = class {
	units = [];
	parts = [];
	push(cp) {
		if (cp > 65535) {
			cp -= 65536;
			this.units.push(55296 + (cp >> 10), 56320 + (cp & 1023));
		} else this.units.push(cp);
		if (this.units.length >= 8192) this.flush();
	}
	flush() {
		this.parts.push(String.fromCharCode(...this.units));
		this.units = [];
	}
	toString() {
		this.flush();
		return this.parts.join("");
	}
};
/**
* Decodes `bytes` as strict UTF-8, the way Python's `bytes.decode('utf-8')` does, which is
* how Streamlit reads `secrets.toml`. A byte order mark is kept as U+FEFF. On failure, returns
* the first undecodable sequence with Python's exact error text.
*/
function decodeUtf8(bytes) {
	const out = new StringBuilder();
	let first = null;
	let utf16 = 0;
	for (let i = 0; i < bytes.length;) {
		const seq = checkSequence(bytes, i);
		if (typeof seq === "number") {
			const cp = codePointAt(bytes, i, seq);
			out.push(cp);
			utf16 += cp > 65535 ? 2 : 1;
			i += seq;
		} else {
			first ??= {
				...seq,
				start: i,
				utf16
			};
			out.push(65533);
			utf16++;
			i = seq.end;
		}
	}
	const text = out.toString();
	if (!first) return { text };
	const pythonMessage = formatPythonMessage(bytes, first.start, first.end, first.reason);
	return { error: {
		start: first.start,
		end: first.end,
		reason: first.reason,
		pythonMessage,
		replaced: text,
		diagnostic: tomlDiagnostic("toml/invalid-utf8", { pythonMessage }, first.utf16, first.utf16 + 1)
	} };
}
// src/lib/streamlit/sources.ts
/** Returns the text Python's text-mode `open()` reads: `\r\n` and lone `\r` become `\n`. */
function universalNewlines(text) {
	return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}
/** Returns `os.path.join(dir, name)` for POSIX paths. */
function joinPath(dir, name) {
	return dir.endsWith("/") || dir === "" ? dir + name : `${dir}/${name}`;
}
// src/lib/streamlit/load.ts
/**
* Raises `StreamlitSecretNotFoundError(message)`. Its constructor runs
* `message.format()`, so braces in the message raise KeyError/ValueError instead
* (Streamlit's brace bug, ≥ 1.44).
*/
function secretNotFound(message) {
	return pyError("StreamlitSecretNotFoundError", formatWithoutArguments(message));
}
/** Returns the text Python reads from a file node, or raises its UnicodeDecodeError. */
function readText(node) {
	if (node.text !== void 0) return universalNewlines(node.text);
	const decoded = decodeUtf8(node.bytes ?? /* @__PURE__ */ new Uint8Array());
	if (decoded.error) throw pyError("UnicodeDecodeError", decoded.error.pythonMessage);
	return universalNewlines(decoded.text);
}
function parseTomlFile(path, node, parsed) {
	if (node.kind === "missing") return {
		secrets: new PyDict(),
		found: false
	};
	if (node.kind === "directory") throw pyError("IsADirectoryError", `[Errno 21] Is a directory: '${path}'`);
	const outcome = parsed?.get(node) ?? parseLegacyToml(readText(node));
	if (outcome.ok) return {
		secrets: outcome.value,
		found: true
	};
	const { type, text } = outcome.error;
	if (type === "TomlDecodeError" || type === "TypeError") throw secretNotFound(parseErrorText(path, text));
	throw pyError(type, text);
}
function parseDirectory(path, entries) {
	const secrets = new PyDict();
	let found = false;
	for (const { name, node } of entries) {
		const folder = joinPath(path, name);
		if (node.kind !== "directory") throw secretNotFound(notAFolderText(folder));
		const files = new PyDict();
		for (const child of node.entries) {
			if (child.node.kind !== "file") continue;
			files.map.set(child.name, pyStrip(readText(child.node)));
			found = true;
		}
		const values = [...files.map.values()];
		secrets.map.set(name, values.length === 1 ? values[0] : files);
	}
	return {
		secrets,
		found
	};
}
function parseEntry(source, parsed) {
	const { path, node } = source;
	if (path.endsWith(".toml")) return parseTomlFile(path, node, parsed);
	if (node.kind === "directory") return parseDirectory(path, node.entries);
	throw secretNotFound(invalidPathText(path));
}
/**
* Runs Streamlit's `Secrets._parse` merge: every entry in order, shallow
* `dict.update`, and the not-found error when no entry counted. Raises the
* Python exception Streamlit raises; exports nothing.
*/
function mergeSources(sources, parsed) {
	const merged = new PyDict();
	let found = false;
	for (const source of sources) {
		const entry = parseEntry(source, parsed);
		found = found || entry.found;
		for (const [k, v] of entry.secrets.map) merged.map.set(k, v);
	}
	if (!found) throw secretNotFound(noSecretsText(sources.map((s) => s.path)));
	return merged;
}
// src/lib/streamlit/store.ts
/** Returns whether `_maybe_set_environment_variable` exports a value (exact str, int or float). */
function isExported(v) {
	return typeof v === "string" || typeof v === "bigint" || v instanceof PyFloat;
}
/** Returns Python's `str(v)` for an exported value, raising for ints past the digit limit. */
function environString(v) {
	const s = pyStr(v);
	if (typeof v === "bigint" && s.replace("-", "").length > 4300) {
		const e = digitLimitError(0);
		throw new PyException(e.type, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", e.bases);
	}
	return s;
}
/**
* The `st.secrets` singleton's state: the sources it reads, the cached result of
* a successful load, the simulated `os.environ`, and Python attributes that an
* app may have set on it.
*/
var SecretsStore = class {
	sources;
	environ;
	/** `_secrets`: the merged dict after a successful load, else null (`None`). */
	cached = null;
	/** `_file_watchers_installed`. */
	watchersInstalled = false;
	/** How many loads ran (successful or not). */
	loads = 0;
	/** Parser results already known for some file nodes. */
	parsed;
	constructor(sources, environ = new Environ(), parsed) {
		this.sources = sources;
		this.environ = environ;
		this.parsed = parsed;
	}
	/**
	* `Secrets._parse()`: returns the cached secrets or loads them (merge, then
	* export the root str/int/float values). Raises what Streamlit raises; a failed
	* load caches nothing, so the next access tries again.
	*/
	parse() {
		if (this.cached) return this.cached;
		this.loads++;
		const merged = mergeSources(this.sources, this.parsed);
		for (const [k, v] of merged.map) if (isExported(v)) this.environ.set(k, environString(v));
		this.cached = merged;
		this.watchersInstalled = true;
		return merged;
	}
	/** `load_if_toml_exists()`: true after a load, false for StreamlitSecretNotFoundError, else raises. */
	loadIfTomlExists() {
		try {
			this.parse();
			return true;
		} catch (e) {
			if (e instanceof PyException && e.type === "StreamlitSecretNotFoundError") return false;
			throw e;
		}
	}
};
// src/lib/streamlit/tag.ts
function tagEntries(entries) {
	const out = {};
	for (const [k, v] of entries) out[k] = tagValue(v);
	return out;
}
/**
* Returns the recorded JSON form of anything an access can produce: AttrDicts as
* `$AttrDict`, methods as `$callable`, classes as their qualified name, views and
* tuples as lists.
*/
function tagValue(v) {
	if (v instanceof AttrDict) return { $AttrDict: tagEntries(v.nested) };
	if (v instanceof CallableObject) return { $callable: v.qualname };
	if (v instanceof TypeObject) return v.name;
	if (v instanceof ViewObject || v instanceof TupleObject) return v.items.map(tagValue);
	if (v instanceof SecretsObject) return { $repr: "Secrets" };
	if (v instanceof EnvironObject) return { $repr: "environ" };
	if (v instanceof ModuleObject) return { $repr: `<module '${v.name}'>` };
	if (v instanceof OpaqueObject) return { $repr: v.repr };
	if (Array.isArray(v)) return v.map(tagValue);
	if (v instanceof PyDict) return tagEntries(v.map);
	return toTagged(v);
}
// src/lib/streamlit/simulate.ts
function raised(e) {
	if (e instanceof PyException) return { raised: {
		type: e.type,
		str: e.text
	} };
	if (e instanceof RangeError) return { raised: {
		type: "RecursionError",
		str: "maximum recursion depth exceeded"
	} };
	throw e;
}
function attempt(f) {
	try {
		return f();
	} catch (e) {
		return raised(e);
	}
}
/**
* Predicts one run of a Streamlit app over the given `secrets.files` entries:
* the server's start-up load, one more load (`parse`), each access statement in
* order, the `st.login` checks and the `st.connection` look-ups, with every
* `os.environ` write. Never throws on user input.
*/
function simulate(sources, options = {}) {
	const store = new SecretsStore(sources);
	const protocol = new Protocol(store);
	const evaluator = new Evaluator(protocol);
	attempt(() => store.loadIfTomlExists());
	const parse = attempt(() => ({ value: toTagged(store.parse()) }));
	const accesses = (options.access ?? []).map((expr) => {
		const parsed = parseStatement(expr);
		if (!parsed.ok) return {
			expr,
			invalid_expression: parsed.error
		};
		return {
			expr,
			...attempt(() => ({ value: tagValue(evaluator.run(parsed.statement)) }))
		};
	});
	const auth = (options.auth ?? []).map((provider) => {
		const validation = attempt(() => validateAuthCredentials(protocol, provider));
		return {
			provider,
			validate_auth_credentials: validation === void 0 ? "ok" : validation,
			get_expose_tokens_config: attempt(() => exposeTokensConfig(protocol)),
			redirect_uri: attempt(() => redirectUri(protocol))
		};
	});
	const connections = (options.connection ?? []).map((name) => {
		return {
			name,
			...attempt(() => ({ section: tagValue(connectionSection(protocol, name)) }))
		};
	});
	return {
		parse,
		env: { assignments: store.environ.log },
		accesses,
		auth,
		connections
	};
}
// src/lib/check/identifiers.ts
var keywords = new Set("False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield".split(" "));
var identifier = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;
/** Attribute names that `st.secrets.NAME` resolves to a method or internal before any secret. */
var secretsAttributes = {
	keys: "Secrets.keys",
	values: "Secrets.values",
	items: "Secrets.items",
	get: "Mapping.get",
	has_key: "Secrets.has_key",
	to_dict: "Secrets.to_dict",
	load_if_toml_exists: "Secrets.load_if_toml_exists",
	set_suppress_print_error_on_exception: "Secrets.set_suppress_print_error_on_exception",
	file_change_listener: "Secrets.file_change_listener",
	_secrets: "Secrets._secrets",
	_lock: "Secrets._lock",
	_file_watchers_installed: "Secrets._file_watchers_installed",
	_parse: "Secrets._parse",
	_reset: "Secrets._reset",
	_parse_toml_file: "Secrets._parse_toml_file",
	_parse_directory: "Secrets._parse_directory",
	_parse_file_path: "Secrets._parse_file_path",
	_maybe_set_environment_variable: "Secrets._maybe_set_environment_variable",
	_maybe_delete_environment_variable: "Secrets._maybe_delete_environment_variable",
	_maybe_install_file_watchers: "Secrets._maybe_install_file_watchers",
	_on_secrets_changed: "Secrets._on_secrets_changed"
};
/** Attribute names that `AttrDict.NAME` resolves to a method before any secret. */
var tableAttributes = {
	keys: "Mapping.keys",
	values: "Mapping.values",
	items: "Mapping.items",
	get: "Mapping.get",
	to_dict: "AttrDict.to_dict",
	_maybe_wrap_in_attr_dict: "AttrDict._maybe_wrap_in_attr_dict"
};
/** Returns why attribute access cannot reach `key` on `st.secrets` (root) or a table. */
function attributeProblem(key, root) {
	if (/^__.*__$/.test(key)) return "shadowed";
	if (!identifier.test(key)) return "not-identifier";
	if (keywords.has(key)) return "keyword";
	if ((root ? secretsAttributes : tableAttributes)[key]) return "shadowed";
	return null;
}
/** Returns `["key"]` with the key quoted as Python source. */
function bracket(key) {
	return !/["\\\p{C}]/u.test(key) ? `["${key}"]` : `[${JSON.stringify(key)}]`;
}
// src/lib/check/entries.ts
/** Returns the map key for a path in {@link Outlines}. */
function pathKey(path) {
	return path.join("\0");
}
/** Paths deeper than this are not listed (their parents' reprs still show them). */
var maxDepth$1 = 64;
/** Reprs are cut after this many characters. */
var reprLength = 300;
function typeOf(v, plain) {
	if (v instanceof PyDict) return plain ? "dict" : "AttrDict";
	return typeName(v);
}
function children(parent, container, sourceOf) {
	const out = [];
	if (container instanceof PyDict) {
		const plain = parent?.plain ?? false;
		for (const [k, v] of container.map) {
			const own = plain ? "inside-list" : attributeProblem(k, parent === null);
			const reachable = own === null && (parent === null || parent.attribute !== null);
			out.push({
				value: v,
				path: parent ? [...parent.path, k] : [k],
				source: parent ? parent.source : sourceOf.get(k) ?? 0,
				bracket: (parent ? parent.bracket : "st.secrets") + bracket(k),
				attribute: reachable ? `${parent ? parent.attribute : "st.secrets"}.${k}` : null,
				problem: reachable ? null : parent?.problem ?? own,
				plain
			});
		}
	} else if (Array.isArray(container) && parent) container.forEach((v, i) => out.push({
		value: v,
		path: [...parent.path, String(i)],
		source: parent.source,
		bracket: `${parent.bracket}[${i}]`,
		attribute: parent.attribute === null ? null : `${parent.attribute}[${i}]`,
		problem: parent.problem,
		plain: true
	}));
	return out;
}
/**
* Lists every path of the merged secrets depth-first, in merged order, with
* its Python type and repr, how an app spells it, and where it is written.
* Stops after `limit` entries.
*/
function listEntries(merged, sourceOf, outlines, limit = 1e5) {
	const out = [];
	const stack = children(null, merged, sourceOf).reverse();
	while (stack.length && out.length < limit) {
		const item = stack.pop();
		const depth = item.path.length - 1;
		const where = outlines[item.source]?.get(pathKey(item.path));
		out.push({
			path: item.path,
			source: item.source,
			type: typeOf(item.value, item.plain),
			repr: reprLimited(item.value, reprLength),
			bracket: item.bracket,
			attribute: item.attribute,
			attributeProblem: item.attribute === null ? item.problem : null,
			depth,
			...where ? {
				key: where.key,
				value: where.value
			} : {}
		});
		if (depth >= maxDepth$1) continue;
		const next = children(item, item.value, sourceOf);
		for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]);
	}
	return out;
}
// src/lib/check/messages.ts
var entry = (severity, message, hint) => ({
	severity,
	message,
	hint
});
var code = (s) => "`" + s.replace(/`/g, "'") + "`";
/**
* The catalogue of `streamlit/…` diagnostics: what Streamlit itself will do
* differently from what the file seems to say, or fail on.
*/
var streamlitMessages = {
	"streamlit/parse-error": entry("error", (a) => `Streamlit cannot read this file: its parser (toml 0.10.2) reports ${code(a.error)}`, () => "Every st.secrets access will raise StreamlitSecretNotFoundError; rewrite this line in a form the old parser reads"),
	"streamlit/parser-crash": entry("error", (a) => `Streamlit's parser crashes on this file with ${code(`${a.type}: ${a.error}`)}`, () => "Every st.secrets access will raise this exception; close the open bracket or string"),
	"streamlit/error-message-crash": entry("error", (a) => `Streamlit fails while reporting the error in this file and raises ${code(`${a.type}: ${a.error}`)} instead`, () => "Braces in the error message break Streamlit; fix the TOML error on this line"),
	"streamlit/unicode-decode-error": entry("error", (a) => `Streamlit cannot decode this file: ${code(`UnicodeDecodeError: ${a.error}`)}`, () => "Save the file as UTF-8"),
	"streamlit/accepts-invalid-toml": entry("info", () => "Streamlit's parser accepts this file although it is not valid TOML", () => "Fix the TOML anyway: other tools, and a future Streamlit, will reject it"),
	"streamlit/value-differs": entry("warning", (a) => `Streamlit reads ${code(a.path)} as ${code(a.streamlit)}, not ${code(a.toml)}`, () => "Write the value in a form both parsers read the same way"),
	"streamlit/key-differs": entry("warning", (a) => `Streamlit stores ${code(a.path)} under the key ${code(a.streamlit)}`, () => "Remove the spaces or quotes around the dot, or quote the whole key"),
	"streamlit/bom-in-key": entry("warning", (a) => `Streamlit keeps the byte order mark, so the first key is ${code("\\ufeff" + a.key)} and ${code(`st.secrets["${a.key}"]`)} raises KeyError`, () => "Save the file as UTF-8 without a byte order mark"),
	"streamlit/env-illegal-name": entry("error", (a) => `Exporting ${code(a.key)} to os.environ raises ${code(`ValueError: ${a.error}`)}, so every st.secrets access fails`, () => "Rename the key, or move it into a table so it is not exported"),
	"streamlit/env-overrides-variable": entry("warning", (a) => `This root key replaces the environment variable ${code(a.key)} for the whole app`, () => "Move the key into a table, or give it another name"),
	"streamlit/shadowed-by-method": entry("info", (a) => `${code(`.${a.key}`)} returns the method ${code(a.qualname)}, not this secret`, (a) => `Read it as ${code(`["${a.key}"]`)}`),
	"streamlit/replaced-by-later-source": entry("info", (a) => `${code(a.key)} is replaced as a whole by ${code(a.by)}, which Streamlit reads later`, () => "Streamlit merges files shallowly: repeat every key of the table in the later file"),
	"streamlit/no-secrets": entry("error", (a) => `No secrets source exists: ${code(a.error)}`, () => "Create .streamlit/secrets.toml in the project folder"),
	"streamlit/source-error": entry("error", (a) => `Streamlit raises ${code(`${a.type}: ${a.error}`)} for this source`, () => "Mount every secret in a sub-folder, or list only .toml files and directories")
};
/** Builds a `streamlit/…` diagnostic for the range `from`–`to` of source `source`. */
function streamlitDiagnostic(c, args, from, to, source) {
	const e = streamlitMessages[c];
	const d = {
		code: c,
		severity: e.severity,
		message: e.message(args),
		from,
		to,
		hint: e.hint(args)
	};
	if (source !== void 0) d.source = source;
	return d;
}
// src/lib/toml/strings.ts
var controlChars = /[\u0000-\u0008\u000a-\u001f\u007f]/;
/**
* Returns `value` written as a single-line TOML string: double-quoted when nothing needs
* escaping, single-quoted (literal) when it holds backslashes or `"` but no `'` or control
* character, and double-quoted with escapes otherwise.
*/
function quoteTomlString(value) {
	if (!(/["\\]/.test(value) || controlChars.test(value))) return `"${value}"`;
	if (!value.includes("'") && !controlChars.test(value)) return `'${value}'`;
	let out = "\"";
	for (const ch of value) {
		const c = ch.charCodeAt(0);
		if (ch === "\"" || ch === "\\") out += "\\" + ch;
		else if (ch === "\n") out += "\\n";
		else if (ch === "	") out += "\\t";
		else if (ch === "\r") out += "\\r";
		else if (c < 32 || c === 127) out += "\\u" + c.toString(16).padStart(4, "0");
		else out += ch;
	}
	return out + "\"";
}
var simpleEscapes = {
	b: "\b",
	t: "	",
	n: "\n",
	f: "\f",
	r: "\r",
	e: "\x1B",
	"\"": "\"",
	"\\": "\\"
};
/**
* Decodes the escape sequences of a single-line TOML basic string body (the text between
* the quotes). Escapes TOML does not know are kept as written.
*/
function unescapeBasic(body) {
	if (!body.includes("\\")) return body;
	return body.replace(/\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.))/gs, (whole, x, u, big, other) => {
		if (other !== void 0) return simpleEscapes[other] ?? whole;
		const cp = parseInt(x ?? u ?? big ?? "", 16);
		return cp <= 1114111 && (cp < 55296 || cp > 57343) ? String.fromCodePoint(cp) : whole;
	});
}
// src/lib/toml/scan.ts
var isDigit = (c) => c >= 48 && c <= 57;
/** Returns whether `c` may appear in a bare key: A–Z, a–z, 0–9, `_` and `-`. */
var isBareKeyChar = (c) => isDigit(c) || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c === 45;
var isValueEnd = (c) => c === 32 || c === 9 || c === 10 || c === 13 || c === 44 || c === 93 || c === 125 || c === 35;
var localDate = /^\d{4}-\d{2}-\d{2}$/;
/**
* Returns the end (exclusive) of the string that starts with the quote at `start`. Handles
* all four kinds; an unterminated single-line string ends at its line break, an unterminated
* multi-line string at the end of the text.
*/
function stringEnd(text, start) {
	const q = text.charCodeAt(start);
	const basic = q === 34;
	const n = text.length;
	if (text.charCodeAt(start + 1) === q && text.charCodeAt(start + 2) === q) {
		for (let j = start + 3; j < n; j++) {
			const c = text.charCodeAt(j);
			if (basic && c === 92) j++;
			else if (c === q && text.charCodeAt(j + 1) === q && text.charCodeAt(j + 2) === q) {
				let run = 3;
				while (run < 5 && text.charCodeAt(j + run) === q) run++;
				return j + run;
			}
		}
		return n;
	}
	for (let j = start + 1; j < n; j++) {
		const c = text.charCodeAt(j);
		if (c === 10 || c === 13 && text.charCodeAt(j + 1) === 10) return j;
		if (c === q) return j + 1;
		if (basic && c === 92) {
			const next = text.charCodeAt(j + 1);
			if (next !== 10 && next !== 13) j++;
		}
	}
	return n;
}
/**
* Walks the structure of a TOML document in one linear pass, without recursion, and calls
* `visit` for each {@link ScanEvent}; returning `false` from `visit` stops the scan. Meant for
* text smol-toml accepted; on invalid text it never throws or loops but its events are a
* best guess.
*/
function scanToml(text, visit) {
	const n = text.length;
	const stack = [];
	let i = text.charCodeAt(0) === 65279 ? 1 : 0;
	let stopped = false;
	const emit = (event) => {
		if (visit(event) === false) stopped = true;
	};
	const skipSpaces = () => {
		while (i < n && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
	};
	const readKey = () => {
		const keys = [];
		for (;;) {
			skipSpaces();
			const from = i;
			const c = text.charCodeAt(i);
			let name;
			if (c === 34 || c === 39) {
				i = stringEnd(text, from);
				const closed = i - from >= 2 && text.charCodeAt(i - 1) === c;
				const body = text.slice(from + 1, closed ? i - 1 : i);
				name = c === 39 ? body : unescapeBasic(body);
			} else if (isBareKeyChar(c)) {
				while (i < n && isBareKeyChar(text.charCodeAt(i))) i++;
				name = text.slice(from, i);
			} else break;
			keys.push({
				name,
				from,
				to: i
			});
			skipSpaces();
			if (text.charCodeAt(i) !== 46) break;
			i++;
		}
		return keys;
	};
	const readValue = () => {
		const from = i;
		const c = text.charCodeAt(i);
		if (c === 91 || c === 123) {
			const kind = c === 91 ? "array" : "table";
			stack.push(kind);
			emit({
				type: "open",
				kind,
				from,
				to: ++i
			});
		} else if (c === 34 || c === 39) {
			i = stringEnd(text, from);
			emit({
				type: "value",
				kind: "string",
				from,
				to: i
			});
		} else {
			for (;;) {
				while (i < n && !isValueEnd(text.charCodeAt(i))) i++;
				if (!(text.charCodeAt(i) === 32 && isDigit(text.charCodeAt(i + 1)) && localDate.test(text.slice(from, i)))) break;
				i++;
			}
			if (i > from) emit({
				type: "value",
				kind: "bare",
				from,
				to: i
			});
		}
	};
	while (i < n && !stopped) {
		const top = stack[stack.length - 1];
		const before = i;
		for (; i < n; i++) {
			const c = text.charCodeAt(i);
			if (c === 35) while (i < n && text.charCodeAt(i) !== 10) i++;
			else if (!(c === 32 || c === 9 || c === 10 || c === 13 || top && c === 44)) break;
		}
		if (i >= n) break;
		const c = text.charCodeAt(i);
		if (top === "array" && c === 93 || top === "table" && c === 125) {
			stack.pop();
			emit({
				type: "close",
				kind: top,
				from: i,
				to: ++i
			});
		} else if (top === "array") readValue();
		else if (!top && c === 91) {
			const from = i;
			const array = text.charCodeAt(i + 1) === 91;
			i += array ? 2 : 1;
			const keys = readKey();
			skipSpaces();
			if (text.charCodeAt(i) === 93) {
				i++;
				if (array && text.charCodeAt(i) === 93) i++;
			}
			emit({
				type: "header",
				array,
				keys,
				from,
				to: i
			});
		} else {
			const keys = readKey();
			if (keys.length > 0) {
				emit({
					type: "key",
					keys,
					from: keys[0].from,
					to: keys[keys.length - 1].to
				});
				skipSpaces();
				if (text.charCodeAt(i) === 61 && !stopped) {
					i++;
					skipSpaces();
					readValue();
				}
			}
		}
		if (i === before) i++;
	}
}
// src/lib/toml/outline.ts
/** Beyond this many nested inline arrays and tables, keys are no longer listed. */
var maxDepth = 1e3;
var newNode = () => ({
	children: /* @__PURE__ */ new Map(),
	entry: -1
});
/**
* Returns every key path of `text` in order of first appearance: tables from `[headers]`,
* arrays of tables and their elements, dotted keys and their implicit tables, and keys inside
* inline tables (those inside arrays get the element index in their path). Array elements
* themselves are not listed. Meant for text smol-toml accepted. Linear in the text, without
* recursion; keys nested more than 1000 inline levels deep are left out.
*/
function outlineToml(text) {
	const entries = [];
	const root = newNode();
	let table = {
		node: root,
		path: []
	};
	const frames = [];
	let pending = null;
	const add = (path, kind, key, value) => {
		entries.push({
			path,
			kind,
			key: {
				from: key.from,
				to: key.to
			},
			value: { ...value }
		});
		return entries.length - 1;
	};
	/** Walks `keys` from `node`, creating nodes; returns the node and path of the last segment. */
	const walk = (node, path, keys, onPrefix) => {
		for (let i = 0; i < keys.length - 1; i++) {
			let child = node.children.get(keys[i].name);
			path = [...path, keys[i].name];
			if (!child) {
				node.children.set(keys[i].name, child = newNode());
				onPrefix(child, path, keys[i]);
			}
			if (child.elements) {
				path.push(String(child.elements.length - 1));
				child = child.elements[child.elements.length - 1];
			}
			node = child;
		}
		return {
			node,
			path
		};
	};
	const header = (event) => {
		const range = {
			from: event.from,
			to: event.to
		};
		const last = event.keys[event.keys.length - 1];
		if (!last) return;
		const parent = walk(root, [], event.keys, (child, path, key) => {
			child.entry = add(path, "implicit", key, range);
		});
		let node = parent.node.children.get(last.name);
		const created = !node;
		if (!node) parent.node.children.set(last.name, node = newNode());
		const path = [...parent.path, last.name];
		if (event.array) {
			if (!node.elements) {
				node.elements = [];
				node.entry = add(path, "array", last, range);
			}
			const element = newNode();
			const elementPath = [...path, String(node.elements.length)];
			node.elements.push(element);
			element.entry = add(elementPath, "table", last, range);
			table = {
				node: element,
				path: elementPath
			};
			return;
		}
		if (created) node.entry = add(path, "table", last, range);
		else if (node.entry >= 0 && entries[node.entry].kind === "implicit") entries[node.entry] = {
			path,
			kind: "table",
			key: { ...last },
			value: range
		};
		table = {
			node,
			path
		};
	};
	const key = (event) => {
		const top = frames[frames.length - 1];
		const base = top ? top : table;
		if (!base.node || !base.path || top?.kind === "array") return;
		const fill = [];
		const statement = {
			from: event.from,
			to: event.to
		};
		const parent = walk(base.node, base.path, event.keys, (child, path, k) => {
			child.entry = add(path, "implicit", k, statement);
			fill.push(child.entry);
		});
		const last = event.keys[event.keys.length - 1];
		const node = newNode();
		parent.node.children.set(last.name, node);
		const path = [...parent.path, last.name];
		node.entry = add(path, "value", last, {
			from: event.to,
			to: event.to
		});
		fill.push(node.entry);
		pending = {
			node,
			path,
			fill,
			leaf: node.entry
		};
	};
	const finish = (fill, to) => {
		for (const i of fill) entries[i].value.to = to;
	};
	scanToml(text, (event) => {
		switch (event.type) {
			case "header":
				frames.length = 0;
				pending = null;
				header(event);
				break;
			case "key":
				key(event);
				break;
			case "value":
			case "open": {
				const top = frames[frames.length - 1];
				const owner = pending;
				pending = null;
				let index = -1;
				if (!owner && top?.kind === "array") index = top.count++;
				if (owner) entries[owner.leaf].value.from = event.from;
				if (event.type === "value") {
					if (owner) finish(owner.fill, event.to);
					break;
				}
				const deep = frames.length >= maxDepth;
				let node = null;
				let path = null;
				if (!deep && owner) {
					node = owner.node;
					path = owner.path;
				} else if (!deep && top?.path && index >= 0) {
					node = newNode();
					path = [...top.path, String(index)];
				}
				frames.push({
					kind: event.kind,
					node,
					path,
					fill: owner ? owner.fill : [],
					count: 0
				});
				break;
			}
			case "close": {
				const frame = frames.pop();
				if (frame) finish(frame.fill, event.to);
			}
		}
	});
	return entries;
}
// src/lib/toml/dates.ts
var dateTime = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:[Zz]|[+-](\d{2}):(\d{2}))?)?$/;
var localTime = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;
var isLeapYear = (y) => y % 4 === 0 && y % 100 !== 0 || y % 400 === 0;
/** Returns the number of days in `month` (1–12) of `year`, following the Gregorian calendar. */
function daysInMonth(year, month) {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
function checkTime(h, m, s) {
	if (h !== void 0 && +h > 23) return { part: "hour" };
	if (m !== void 0 && +m > 59) return { part: "minute" };
	if (s !== void 0 && +s > 60) return { part: "second" };
	return null;
}
/** Returns what is wrong with the date or time literal `value`, or null if it is possible. */
function checkDateLiteral(value) {
	const time = localTime.exec(value);
	if (time) return checkTime(time[1], time[2], time[3]);
	const m = dateTime.exec(value);
	if (!m) return null;
	const [, year, month, day, hour, minute, second, offsetHour, offsetMinute] = m;
	if (+month < 1 || +month > 12) return { part: "month" };
	const days = daysInMonth(+year, +month);
	if (+day < 1 || +day > days) return {
		part: "day",
		year: +year,
		month: +month,
		days
	};
	const timeProblem = checkTime(hour, minute, second);
	if (timeProblem) return timeProblem;
	if (offsetHour !== void 0 && (+offsetHour > 23 || +offsetMinute > 59)) return { part: "offset" };
	return null;
}
/**
* Returns every date, date-time and time value in `text` whose fields are out of range, such
* as `2021-02-30` or `24:00:00`, which smol-toml would otherwise roll over silently. Keys and
* the contents of strings and comments are never mistaken for dates.
*/
function findImpossibleDates(text) {
	const found = [];
	scanToml(text, (event) => {
		if (event.type !== "value" || event.kind !== "bare") return;
		const c = text.charCodeAt(event.from);
		if (c < 48 || c > 57) return;
		const value = text.slice(event.from, event.to);
		const problem = checkDateLiteral(value);
		if (problem) found.push({
			value,
			problem,
			from: event.from,
			to: event.to
		});
	});
	return found;
}
// src/lib/toml/error-context.ts
var isQuote = (c) => c === 34 || c === 39;
function segmentAt(keys, pos) {
	return keys.find((k) => k.from <= pos && pos < k.to);
}
/** Returns the {@link ErrorContext} of offset `pos` in `text`. */
function errorContextAt(text, pos) {
	const lineStart = pos > 0 ? text.lastIndexOf("\n", pos - 1) + 1 : 0;
	let lineEnd = text.indexOf("\n", pos);
	if (lineEnd < 0) lineEnd = text.length;
	if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
	const openers = [];
	let lineDepth = -1;
	let inString = false;
	let token = null;
	let key = null;
	let lastString = null;
	scanToml(text, (event) => {
		if (event.from > pos) return false;
		if (lineDepth < 0 && event.from >= lineStart) lineDepth = openers.length;
		const contains = event.from <= pos && pos < event.to;
		switch (event.type) {
			case "open":
				openers.push(event.from);
				break;
			case "close":
				openers.pop();
				break;
			case "value":
				if (event.kind === "string" && event.from < lineStart && event.to > lineStart) inString = true;
				if (contains) token = {
					kind: event.kind,
					from: event.from,
					to: event.to
				};
				if (event.kind === "string" && event.from < pos) lastString = event;
				break;
			default: {
				key = event;
				for (const k of event.keys) if (isQuote(text.charCodeAt(k.from)) && k.from < pos) lastString = k;
				const segment = segmentAt(event.keys, pos);
				if (segment) token = {
					kind: isQuote(text.charCodeAt(segment.from)) ? "string" : "key",
					from: segment.from,
					to: segment.to
				};
			}
		}
	});
	if (lineDepth < 0) lineDepth = openers.length;
	return {
		lineStart,
		lineEnd,
		topLevelLine: lineDepth === 0 && !inString,
		token,
		key,
		openers,
		lastString
	};
}
// src/lib/toml/value-error.ts
var key = String.raw`(?:[A-Za-z0-9_-]+|"(?:[^"\\\r\n]|\\.)*"|'[^'\r\n]*')`;
/** A top-level `key = ` prefix; the value starts after the match. */
var statement = new RegExp(String.raw`^[ \t]*(${key}(?:[ \t]*\.[ \t]*${key})*)[ \t]*=[ \t]*`);
var exportLine = /^([ \t]*)export[ \t]+([A-Za-z_][A-Za-z0-9_]*)[ \t]*=[ \t]*(.*)$/;
/** `NAME=value` with no spaces around `=` and an upper-case name: a line pasted from `.env`. */
var envLine = /^([ \t]*)([A-Z_][A-Z0-9_]*)=(?![ \t"'])(.*)$/;
var pythonBoolean = /^(?:true|false)$/i;
var nullWord = /^(?:None|null|NULL|Null|nil)$/;
var numberLike = /^[+-]?(?:\d[\d_]*(?:\.[\d_]*)?(?:[eE][+-]?[\d_]*)?|0[xob][\dA-Fa-f_]*)$/;
/** smol-toml's reasons for a malformed number. */
var numberReasons = /* @__PURE__ */ new Set([
	"illegal leading zero",
	"illegal underscore",
	"illegal character in numeric literal",
	"unfinished numeric value"
]);
/** Returns `raw` (the rest of a line) without a trailing `# comment` and trailing blanks. */
function stripComment(raw) {
	const comment = /(?:^|[ \t]+)#/.exec(raw);
	return (comment ? raw.slice(0, comment.index) : raw).trimEnd();
}
/** Diagnoses a `.env` line (`export KEY=value` or `KEY=value`) holding the error, or returns null. */
function dotenvLine(text, ctx) {
	const line = text.slice(ctx.lineStart, ctx.lineEnd);
	const m = exportLine.exec(line) ?? envLine.exec(line);
	if (!m) return null;
	const [, indent, name, raw] = m;
	const valueStart = ctx.lineStart + line.length - raw.length;
	const quote = raw[0];
	const quotedEnd = quote === "\"" || quote === "'" ? stringEnd(raw, 0) : 0;
	const quoted = quotedEnd > 1 && raw[quotedEnd - 1] === quote;
	const written = quoted ? raw.slice(0, quotedEnd) : stripComment(raw);
	const literal = quoted ? written : quoteTomlString(written);
	const end = valueStart + written.length;
	const from = ctx.lineStart + indent.length;
	return tomlDiagnostic("toml/dotenv-line", { key: name }, from, end, {
		from,
		to: end,
		insert: `${name} = ${literal}`
	});
}
/** Classifies the bad value `value` at `from`–`to`: boolean, null, number or unquoted text. */
function badValue(reason, value, from, to) {
	if (pythonBoolean.test(value)) return tomlDiagnostic("toml/python-boolean", { value }, from, to, {
		from,
		to,
		insert: value.toLowerCase()
	});
	if (nullWord.test(value)) return tomlDiagnostic("toml/null-value", { value }, from, to);
	if (numberReasons.has(reason) && numberLike.test(value)) return tomlDiagnostic("toml/invalid-number", { value }, from, to);
	return tomlDiagnostic("toml/unquoted-string", { value }, from, to, {
		from,
		to,
		insert: quoteTomlString(value)
	});
}
/**
* Diagnoses an error in the value of a top-level `key = value` line, taking the whole rest of
* the line as the value the user meant, or returns null when the error is elsewhere.
*/
function statementValue(text, reason, pos, ctx) {
	if (!ctx.topLevelLine) return null;
	const line = text.slice(ctx.lineStart, ctx.lineEnd);
	const m = statement.exec(line);
	if (!m) return null;
	const from = ctx.lineStart + m[0].length;
	if (pos < from) return null;
	const value = stripComment(line.slice(m[0].length));
	if (value === "") {
		const keyFrom = ctx.lineStart + line.indexOf(m[1]);
		const equalsEnd = ctx.lineStart + m[0].trimEnd().length;
		return tomlDiagnostic("toml/missing-value", { key: m[1] }, keyFrom, equalsEnd);
	}
	if (/^["'[{=]/.test(value)) return null;
	if (reason.startsWith("each key-value") && /\s[\w.-]+\s*=/.test(value)) return null;
	return badValue(reason, value, from, from + value.length);
}
// src/lib/toml/syntax-error.ts
var escapeReasons = /* @__PURE__ */ new Set([
	"unrecognised escape sequence",
	"invalid non-hex character in unicode escape",
	"invalid unicode escape",
	"invalid escape: only line-ending whitespace may be escaped"
]);
var isBlank = (c) => c === 32 || c === 9;
/** Returns the end of the bare word starting at `pos`: up to whitespace, `,`, `]`, `}` or `#`. */
function wordEnd(text, pos) {
	let end = pos;
	while (end < text.length && !/[\s,\]}#]/.test(text[end])) end++;
	return end;
}
/** Returns whether the character at `pos` is invisible and never allowed outside strings. */
function isStrayInvisible(text, pos) {
	const c = text.charCodeAt(pos);
	if (c === 13) return text.charCodeAt(pos + 1) !== 10;
	return c < 32 && c !== 9 && c !== 10 || c === 127 || c === 65279;
}
var codePoint = (c) => "U+" + c.toString(16).toUpperCase().padStart(4, "0");
function pathLike(body) {
	return /^[A-Za-z]:[\\/]|^\\\\|\\[^\\"]+\\/.test(body);
}
/** Doubles every backslash of a basic string body that is not already `\\` or `\"`. */
function doubleBackslashes(body) {
	return body.replace(/\\(\\|")?/g, (whole, kept) => kept ? whole : "\\\\");
}
function escapeProblem(text, reason, pos, ctx) {
	const token = ctx.token;
	if (token && token.kind === "string") {
		const raw = text.slice(token.from, token.to);
		const single = raw.length >= 2 && raw[0] === "\"" && raw[1] !== "\"" && raw.endsWith("\"");
		const body = raw.slice(1, -1);
		if (single && pathLike(body)) {
			const insert = body.includes("'") ? `"${doubleBackslashes(body)}"` : `'${body}'`;
			return tomlDiagnostic("toml/windows-path-escape", { value: raw }, token.from, token.to, {
				from: token.from,
				to: token.to,
				insert
			});
		}
	}
	const backslash = text.lastIndexOf("\\", pos);
	const to = Math.max(pos + 1, backslash + 2);
	const edit = reason !== "invalid unicode escape" && !reason.startsWith("invalid escape:") ? {
		from: backslash,
		to: backslash,
		insert: "\\"
	} : void 0;
	return tomlDiagnostic("toml/invalid-escape", { escape: text.slice(backslash, to) }, backslash, to, edit);
}
/** Diagnoses a character that smol-toml refused inside a key or a table header. */
function keyProblem(text, reason, pos, ctx) {
	const line = text.slice(ctx.lineStart, ctx.lineEnd);
	const firstChar = ctx.lineStart + (line.length - line.trimStart().length);
	const header = ctx.topLevelLine && ctx.openers.length === 0 && text[firstChar] === "[";
	if (text[pos] === ":" && !header && !text.startsWith("//", pos + 1)) {
		let before = pos;
		while (before > ctx.lineStart && isBlank(text.charCodeAt(before - 1))) before--;
		let after = pos + 1;
		while (after < ctx.lineEnd && isBlank(text.charCodeAt(after))) after++;
		const keyFrom = ctx.key && ctx.key.to === before ? ctx.key.from : firstChar;
		return tomlDiagnostic("toml/colon-instead-of-equals", { key: text.slice(keyFrom, before) }, pos, pos + 1, {
			from: before,
			to: after,
			insert: " = "
		});
	}
	if (!text.slice(pos, ctx.lineEnd).includes(header ? "]" : "=")) {
		if (header) return tomlDiagnostic("toml/unclosed-bracket", { bracket: "[" }, firstChar, firstChar + 1);
		const inline = ctx.openers.length > 0;
		const unclosed = inline ? unclosedStructure(text, pos, ctx) : null;
		if (unclosed) return unclosed;
		let from = firstChar;
		if (inline) {
			from = pos;
			while (from > ctx.lineStart && !/[,{]/.test(text[from - 1])) from--;
			while (isBlank(text.charCodeAt(from))) from++;
		}
		const name = inline ? text.slice(from, pos).trim() : stripComment(text.slice(from, ctx.lineEnd));
		if (!name) {
			const to = Math.min(pos + 1, text.length);
			return tomlDiagnostic("toml/syntax", {
				reason,
				token: text.slice(pos, to)
			}, pos, to);
		}
		return tomlDiagnostic("toml/missing-equals", { key: name }, from, from + name.length);
	}
	if (/[,[\]{}=]/.test(text[pos])) return tomlDiagnostic("toml/syntax", {
		reason,
		token: text[pos]
	}, pos, pos + 1);
	let from = pos;
	while (from > ctx.lineStart && !/[.[{,]/.test(text[from - 1])) from--;
	while (isBlank(text.charCodeAt(from))) from++;
	let to = pos;
	const stop = header ? /[.\]]/ : /[.=]/;
	while (to < ctx.lineEnd && !stop.test(text[to])) to++;
	while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
	const name = text.slice(from, to);
	const fix = /["'\\[\]{}=]/.test(name) ? void 0 : {
		from,
		to,
		insert: `"${name}"`
	};
	return tomlDiagnostic("toml/invalid-key", { key: name }, from, to, fix);
}
/** Diagnoses an error that leaves an inline array or table open, or returns null. */
function unclosedStructure(text, pos, ctx) {
	const opener = ctx.openers[ctx.openers.length - 1];
	if (opener === void 0) return null;
	const line = text.slice(ctx.lineStart, ctx.lineEnd);
	const header = /^\s*\[\[?\s*[A-Za-z_"'][^\]]*\]\]?\s*(?:#.*)?$/.test(line);
	const pair = text[opener] === "[" && /^\s*[\w"'.-]+\s*=/.test(line);
	const runaway = opener < ctx.lineStart && (header || pair);
	if (pos < text.length && !runaway) return null;
	return tomlDiagnostic("toml/unclosed-bracket", { bracket: text[opener] }, opener, opener + 1);
}
/**
* Turns smol-toml's error `reason` at offset `pos` into one diagnostic whose range covers the
* offending token, choosing a specific code (and a fix when the edit is mechanical) when the
* mistake is recognisable.
*/
function diagnoseSyntaxError(text, reason, pos) {
	const ctx = errorContextAt(text, pos);
	const word = (from) => ({
		from,
		to: wordEnd(text, from)
	});
	if (ctx.topLevelLine && !reason.startsWith("trying to redefine")) {
		const dotenv = dotenvLine(text, ctx);
		if (dotenv) return dotenv;
	}
	const string = ctx.lastString;
	if (reason.endsWith("strings") && string?.to === pos && /[\r\n]/.test(text[pos])) return tomlDiagnostic("toml/unclosed-string", { value: text.slice(string.from, pos) }, string.from, pos);
	if (reason.startsWith("control characters") || isStrayInvisible(text, pos)) return tomlDiagnostic("toml/control-character", {
		where: reason.endsWith("comments") ? "comment" : reason.endsWith("strings") ? "string" : "text",
		char: codePoint(text.charCodeAt(pos))
	}, pos, pos + 1);
	if (reason.startsWith("trying to redefine")) {
		const keys = ctx.key?.keys ?? [];
		const from = keys.length ? keys[0].from : pos;
		const to = keys.length ? keys[keys.length - 1].to : wordEnd(text, pos);
		return tomlDiagnostic("toml/duplicate-key", { key: text.slice(from, to) }, from, to);
	}
	if (reason.startsWith("invalid date")) {
		const t = ctx.token?.kind === "bare" ? ctx.token : word(pos);
		const value = text.slice(t.from, t.to);
		return tomlDiagnostic("toml/invalid-date", {
			value,
			problem: checkDateLiteral(value) ?? { part: "format" }
		}, t.from, t.to);
	}
	if (escapeReasons.has(reason)) return escapeProblem(text, reason, pos, ctx);
	if (reason === "unfinished string") {
		const to = stringEnd(text, pos);
		return tomlDiagnostic("toml/unclosed-string", { value: text.slice(pos, to) }, pos, to);
	}
	if (reason === "unfinished table" || reason === "unfinished array") return tomlDiagnostic("toml/unclosed-bracket", { bracket: text[pos] ?? "[" }, pos, pos + 1);
	if (reason.includes("excessively nested")) return tomlDiagnostic("toml/too-deep", {}, pos, pos + 1);
	if (reason === "illegal character in key" || reason.startsWith("incomplete key-value")) return keyProblem(text, reason, pos, ctx);
	if (reason === "expected comma or end of structure" || reason === "invalid value") {
		const unclosed = unclosedStructure(text, pos, ctx);
		if (unclosed) return unclosed;
	}
	if (reason === "invalid value" || numberReasons.has(reason) || reason.startsWith("each key")) {
		const found = statementValue(text, reason, pos, ctx);
		if (found) return found;
		const t = ctx.token?.kind === "bare" ? ctx.token : word(pos);
		if (!reason.startsWith("each key") && t.to > t.from && !/[=,\]}]/.test(text[t.from])) return badValue(reason, text.slice(t.from, t.to), t.from, t.to);
	}
	const t = word(pos);
	if (reason === "expected end of table array declaration") t.from = ctx.lineStart;
	if (t.to === t.from) t.to = Math.min(pos + 1, ctx.lineEnd);
	if (t.to < t.from) t.to = t.from;
	return tomlDiagnostic("toml/syntax", {
		reason,
		token: text.slice(t.from, t.to)
	}, t.from, t.to);
}
// src/lib/toml/parse.ts
/** Returns the reason smol-toml gave, without its "Invalid TOML document:" prefix and code frame. */
function reasonOf(error) {
	const message = error.message.replace(/^Invalid TOML document: /, "");
	const frame = message.indexOf("\n\n");
	return frame < 0 ? message : message.slice(0, frame);
}
/**
* Parses `text` as TOML 1.1 with smol-toml and returns the value or diagnostics. A syntax
* error yields one `toml/…` diagnostic pointing at the offending token. Dates smol-toml would
* roll over (`2021-02-30`) are reported as `toml/invalid-date`, all of them. A leading byte
* order mark is accepted. Never throws for bad input; rethrows anything but a `TomlError`.
*/
function parseToml(text) {
	let value;
	try {
		value = parse(text, { integersAsBigInt: true });
	} catch (error) {
		if (!(error instanceof TomlError)) throw error;
		const pos = offsetAt(text, error.line, error.column);
		return {
			value: null,
			diagnostics: [diagnoseSyntaxError(text, reasonOf(error), pos)]
		};
	}
	const dates = findImpossibleDates(text);
	if (dates.length === 0) return {
		value,
		diagnostics: []
	};
	return {
		value: null,
		diagnostics: dates.map((d) => tomlDiagnostic("toml/invalid-date", {
			value: d.value,
			problem: d.problem
		}, d.from, d.to))
	};
}
// src/lib/check/compare.ts
function isDateLike(v) {
	return typeof v === "object" && v !== null && typeof v.isTime === "function";
}
function timeOf(iso) {
	const m = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?/.exec(iso);
	const frac = (m[4] ?? "").padEnd(6, "0").slice(0, 6);
	return new PyTime(Number(m[1]), Number(m[2]), Number(m[3]), Number(frac));
}
function dateOf(iso) {
	const [y, mo, d] = iso.slice(0, 10).split("-").map(Number);
	return new PyDate(y, mo, d);
}
function convertDate(v) {
	const iso = v.toISOString();
	if (v.isDate()) return dateOf(iso);
	if (v.isTime()) return timeOf(iso);
	const time = timeOf(iso.slice(11));
	if (v.isLocal()) return new PyDateTime(dateOf(iso), time, null);
	const zone = /([+-])(\d{2}):(\d{2})$/.exec(iso);
	const offset = zone ? (zone[1] === "-" ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3])) : 0;
	return new PyDateTime(dateOf(iso), time, offset || 0);
}
function scalarToPython(v) {
	if (typeof v === "string" || typeof v === "boolean" || typeof v === "bigint") return v;
	if (typeof v === "number") return new PyFloat(v);
	if (isDateLike(v)) return convertDate(v);
}
/**
* Converts a smol-toml value (parsed with `integersAsBigInt: true`) to the
* Python value a TOML 1.0 parser such as `tomllib` would give. Iterative, so
* deep nesting cannot overflow the stack.
*/
function tomlToPython(value) {
	const scalar = scalarToPython(value);
	if (scalar !== void 0) return scalar;
	const root = Array.isArray(value) ? [] : new PyDict();
	const stack = [[value, root]];
	while (stack.length) {
		const [from, to] = stack.pop();
		const entries = Array.isArray(from) ? from.map((x, i) => [i, x]) : Object.entries(from);
		for (const [k, x] of entries) {
			let converted = scalarToPython(x);
			if (converted === void 0) {
				converted = Array.isArray(x) ? [] : new PyDict();
				stack.push([x, converted]);
			}
			if (Array.isArray(to)) to.push(converted);
			else to.map.set(k, converted);
		}
	}
	return root;
}
function sameTime(a, b) {
	return a.hour === b.hour && a.minute === b.minute && a.second === b.second && Math.floor(a.microsecond / 1e3) === Math.floor(b.microsecond / 1e3);
}
function sameDate(a, b) {
	return a.year === b.year && a.month === b.month && a.day === b.day;
}
/** True when two scalars (or containers, compared deeply) are the same Python value. */
function sameValue(a, b) {
	if (a === b) return true;
	if (a instanceof PyFloat && b instanceof PyFloat) return Object.is(a.value, b.value) || a.value === b.value && a.value !== 0;
	if (a instanceof PyDateTime && b instanceof PyDateTime) return sameDate(a.date, b.date) && sameTime(a.time, b.time) && a.offsetMinutes === b.offsetMinutes;
	if (a instanceof PyDate && b instanceof PyDate) return sameDate(a, b);
	if (a instanceof PyTime && b instanceof PyTime) return sameTime(a, b);
	if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
	if (a instanceof PyDict && b instanceof PyDict) {
		if (a.map.size !== b.map.size) return false;
		for (const [k, x] of a.map) if (!b.map.has(k) || !sameValue(x, b.map.get(k))) return false;
		return true;
	}
	return false;
}
function streamlitKeyFor(key, legacy, tomlKeys) {
	for (const k of legacy.map.keys()) if (!tomlKeys.has(k) && k.replace(/^\ufeff/, "").trim() === key) return k;
}
function isTable(v) {
	return typeof v === "object" && v !== null && !Array.isArray(v) && !isDateLike(v);
}
/** True when smol-toml's value `t` and the legacy parser's `l` are the same Python value. */
function sameRaw(t, l) {
	if (typeof t === "string" || typeof t === "boolean" || typeof t === "bigint") return t === l;
	if (typeof t === "number") return l instanceof PyFloat && (Object.is(t, l.value) || t === l.value && t !== 0);
	if (Array.isArray(t)) return Array.isArray(l) && l.length === t.length && t.every((x, i) => sameRaw(x, l[i]));
	if (isDateLike(t)) return sameValue(convertDate(t), l);
	if (!(l instanceof PyDict)) return false;
	const keys = Object.keys(t);
	if (keys.length !== l.map.size) return false;
	return keys.every((k) => l.map.has(k) && sameRaw(t[k], l.map.get(k)));
}
/**
* Lists where Streamlit's value tree (`legacy`) differs from what smol-toml read
* (`toml`, parsed with `integersAsBigInt: true`), outermost difference first.
*/
function diffValues(toml, legacy) {
	const out = [];
	const stack = [];
	if (isTable(toml) && legacy instanceof PyDict) stack.push([
		toml,
		legacy,
		[]
	]);
	else if (!sameRaw(toml, legacy)) out.push({
		path: [],
		toml: tomlToPython(toml),
		streamlit: legacy
	});
	while (stack.length) {
		const [t, l, p] = stack.pop();
		const tomlKeys = new Set(Object.keys(t));
		for (const k of tomlKeys) {
			const tv = t[k];
			if (!l.map.has(k)) {
				const other = streamlitKeyFor(k, l, tomlKeys);
				const lv = other === void 0 ? void 0 : l.map.get(other);
				out.push({
					path: [...p, k],
					streamlitKey: other,
					toml: tomlToPython(tv),
					streamlit: lv
				});
				continue;
			}
			const lv = l.map.get(k);
			if (isTable(tv) && lv instanceof PyDict) stack.push([
				tv,
				lv,
				[...p, k]
			]);
			else if (!sameRaw(tv, lv)) out.push({
				path: [...p, k],
				toml: tomlToPython(tv),
				streamlit: lv
			});
		}
	}
	return out;
}
// src/lib/check/locate.ts
/**
* Returns the offset in `original` of offset `at` in `universalNewlines(original)`
* (every `\r\n` there was one character shorter).
*/
function originalOffset(original, at) {
	if (!original.includes("\r")) return at;
	let normalised = 0;
	let i = 0;
	while (i < original.length && normalised < at) {
		if (original[i] === "\r" && original[i + 1] === "\n") i++;
		i++;
		normalised++;
	}
	return i;
}
/** Returns the offset of the end of the line that contains `at` (before its line break). */
function lineEnd(text, at) {
	const nl = text.slice(at).search(/\r|\n/);
	return nl < 0 ? text.length : at + nl;
}
/** Returns the start offset of the last non-blank line, for problems the parser places nowhere. */
function lastLineStart(text) {
	return text.replace(/\s+$/, "").lastIndexOf("\n") + 1;
}
// src/lib/check/source-check.ts
function legacyFailure(text, path, legacy, fallback) {
	const { type, text: error, decode } = legacy.error;
	const from = decode ? originalOffset(text, decode.from) : fallback;
	const to = Math.max(lineEnd(text, from), from);
	if (type !== "TomlDecodeError" && type !== "TypeError") return streamlitDiagnostic("streamlit/parser-crash", {
		type,
		error
	}, from, to);
	try {
		formatWithoutArguments(parseErrorText(path, error));
	} catch (e) {
		if (e instanceof PyException) return streamlitDiagnostic("streamlit/error-message-crash", {
			type: e.type,
			error: e.text
		}, from, to);
		throw e;
	}
	return streamlitDiagnostic("streamlit/parse-error", { error }, from, to);
}
function firstKeyEnd(text) {
	const m = /^\ufeff[^\s=]*/.exec(text);
	return m ? m[0].length : 1;
}
/**
* Checks one secrets TOML text (already decoded, original line endings): TOML
* 1.1 validity, what Streamlit's `toml` 0.10.2 reads instead, and where the two
* disagree. `path` is the path Streamlit would print.
*/
function checkTomlSource(text, path) {
	const toml = parseToml(text);
	const legacy = parseLegacyToml(universalNewlines(text));
	const diagnostics = [...toml.diagnostics];
	let outline = null;
	if (toml.value !== null) {
		outline = /* @__PURE__ */ new Map();
		for (const entry of outlineToml(text)) outline.set(pathKey(entry.path), entry);
	}
	const tomlError = toml.diagnostics.find((d) => d.severity === "error");
	if (!legacy.ok) {
		diagnostics.push(legacyFailure(text, path, legacy, tomlError?.from ?? lastLineStart(text)));
		return {
			diagnostics,
			legacy,
			outline
		};
	}
	if (tomlError) {
		diagnostics.push(streamlitDiagnostic("streamlit/accepts-invalid-toml", {}, tomlError.from, tomlError.to));
		return {
			diagnostics,
			legacy,
			outline
		};
	}
	if (text.startsWith("﻿") && [...legacy.value.map.keys()][0]?.startsWith("﻿")) {
		const key = [...legacy.value.map.keys()][0].slice(1);
		diagnostics.push(streamlitDiagnostic("streamlit/bom-in-key", { key }, 0, firstKeyEnd(text)));
	}
	for (const d of diffValues(toml.value, legacy.value)) {
		const where = outline?.get(pathKey(d.path));
		const from = where ? d.streamlitKey !== void 0 ? where.key.from : where.value.from : 0;
		const to = where ? d.streamlitKey !== void 0 ? where.key.to : where.value.to : 0;
		const shown = d.path.join(".");
		if (d.streamlitKey !== void 0) {
			if (d.streamlitKey.startsWith("﻿")) continue;
			diagnostics.push(streamlitDiagnostic("streamlit/key-differs", {
				path: shown,
				streamlit: d.streamlitKey
			}, from, to));
		} else {
			const streamlit = d.streamlit === void 0 ? "(missing)" : pyRepr(d.streamlit);
			diagnostics.push(streamlitDiagnostic("streamlit/value-differs", {
				path: shown,
				streamlit,
				toml: pyRepr(d.toml)
			}, from, to));
		}
	}
	return {
		diagnostics,
		legacy,
		outline
	};
}
// src/lib/check/check.ts
/** Common variables that a root key would silently replace for the whole process. */
var sensitiveVariables = /* @__PURE__ */ new Set([
	"PATH",
	"HOME",
	"USER",
	"SHELL",
	"LANG",
	"PWD",
	"TMPDIR",
	"TEMP",
	"TMP",
	"PYTHONPATH",
	"PYTHONHOME",
	"LD_LIBRARY_PATH",
	"LD_PRELOAD",
	"PORT",
	"HOSTNAME",
	"TZ",
	"SSL_CERT_FILE",
	"REQUESTS_CA_BUNDLE",
	"HTTP_PROXY",
	"HTTPS_PROXY",
	"NO_PROXY",
	"VIRTUAL_ENV",
	"CONDA_PREFIX"
]);
function decodeSource(source) {
	const node = source.node;
	if (node.kind !== "file") return {
		text: null,
		diagnostics: []
	};
	if (node.text !== void 0) return {
		text: node.text,
		diagnostics: []
	};
	const decoded = decodeUtf8(node.bytes ?? /* @__PURE__ */ new Uint8Array());
	if (decoded.error === void 0) return {
		text: decoded.text,
		diagnostics: []
	};
	const d = decoded.error.diagnostic;
	return {
		text: decoded.error.replaced,
		diagnostics: [d, streamlitDiagnostic("streamlit/unicode-decode-error", { error: decoded.error.pythonMessage }, d.from, d.to)]
	};
}
function keyRange(outlines, source, path) {
	const where = outlines[source]?.get(pathKey(path));
	return where ? where.key : {
		from: 0,
		to: 0
	};
}
/**
* Checks secrets sources the way the playground and `st-secrets check` do: each
* file against TOML 1.1 and against Streamlit's own parser, then the merged
* result as Streamlit loads it (merge, `os.environ` export, attribute names).
* Sources are in `secrets.files` order. Never throws on what the sources hold.
*
* @example
* const report = check([{ path: '.streamlit/secrets.toml', node: { kind: 'file', text: 'a = 1' } }])
* listSecrets(report)[0].bracket // 'st.secrets["a"]'
*/
function check(sources) {
	const reports = [];
	const outlines = [];
	const rootKeys = [];
	const parsed = /* @__PURE__ */ new WeakMap();
	sources.forEach((source, index) => {
		const { text, diagnostics } = decodeSource(source);
		const report = {
			path: source.path,
			kind: source.node.kind,
			text,
			diagnostics
		};
		outlines.push(null);
		rootKeys.push(null);
		if (text !== null && source.path.endsWith(".toml") && diagnostics.length === 0) {
			const checked = checkTomlSource(text, source.path);
			report.diagnostics.push(...checked.diagnostics);
			outlines[index] = checked.outline;
			parsed.set(source.node, checked.legacy);
			if (checked.legacy.ok) rootKeys[index] = checked.legacy.value;
		}
		reports.push(report);
	});
	const store = new SecretsStore(sources, void 0, parsed);
	let load = { ok: true };
	let merged = null;
	try {
		merged = store.parse();
	} catch (e) {
		if (!(e instanceof PyException)) throw e;
		load = {
			ok: false,
			type: e.type,
			message: e.text
		};
	}
	const sourceOf = /* @__PURE__ */ new Map();
	rootKeys.forEach((dict, i) => dict?.map.forEach((_v, k) => sourceOf.set(k, i)));
	sources.forEach((s, i) => {
		if (s.node.kind === "directory") for (const e of s.node.entries) sourceOf.set(e.name, i);
	});
	addMergeDiagnostics(reports, sources, rootKeys, outlines, load, store);
	const environment = [];
	const skipped = [];
	if (merged) {
		for (const a of store.environ.log) environment.push({
			...a,
			source: sourceOf.get(a.key) ?? 0
		});
		for (const [k, v] of merged.map) if (!isExported(v)) skipped.push({
			key: k,
			type: typeName(v),
			source: sourceOf.get(k) ?? 0
		});
		addNameDiagnostics(reports, merged, sourceOf, outlines);
	}
	const all = [];
	reports.forEach((r, i) => {
		for (const d of r.diagnostics) all.push({
			...d,
			source: i
		});
		sortDiagnostics(r.diagnostics);
	});
	return {
		sources: reports,
		diagnostics: sortDiagnostics(all),
		load,
		merged,
		sourceOf,
		outlines,
		environment,
		skipped
	};
}
function addMergeDiagnostics(reports, sources, rootKeys, outlines, load, store) {
	if (!load.ok) {
		if (load.message.startsWith("No secrets found")) {
			const target = Math.max(0, reports.length - 1);
			if (reports.length) reports[target].diagnostics.push(streamlitDiagnostic("streamlit/no-secrets", { error: load.message }, 0, 0));
		} else if (load.type === "ValueError" && store.environ.log.some((a) => a.error)) {
			const failed = store.environ.log.find((a) => a.error);
			let index = rootKeys.length - 1;
			while (index >= 0 && !rootKeys[index]?.map.has(failed.key)) index--;
			if (index >= 0) {
				const r = keyRange(outlines, index, [failed.key]);
				reports[index].diagnostics.push(streamlitDiagnostic("streamlit/env-illegal-name", {
					key: failed.key,
					error: putenvProblem(failed.key, failed.value) ?? ""
				}, r.from, r.to));
			}
		} else if (sources.some((s) => s.node.kind !== "file" && !s.path.endsWith(".toml"))) {
			const index = sources.findIndex((s) => s.node.kind !== "file" && !s.path.endsWith(".toml"));
			if (!(reports[index].diagnostics.length > 0)) reports[index].diagnostics.push(streamlitDiagnostic("streamlit/source-error", {
				type: load.type,
				error: load.message
			}, 0, 0));
		}
	}
	for (let later = 1; later < rootKeys.length; later++) {
		const dict = rootKeys[later];
		if (!dict) continue;
		for (const [k, v] of dict.map) for (let earlier = 0; earlier < later; earlier++) {
			const prev = rootKeys[earlier]?.map.get(k);
			if (prev === void 0 || !(prev instanceof PyDict || v instanceof PyDict)) continue;
			const r = keyRange(outlines, earlier, [k]);
			reports[earlier].diagnostics.push(streamlitDiagnostic("streamlit/replaced-by-later-source", {
				key: k,
				by: sources[later].path
			}, r.from, r.to));
		}
	}
}
function addNameDiagnostics(reports, merged, sourceOf, outlines) {
	const visit = (dict, path, source, root) => {
		for (const [k, v] of dict.map) {
			const here = root ? sourceOf.get(k) ?? 0 : source;
			const qualname = (root ? secretsAttributes : tableAttributes)[k];
			if (qualname && reports[here]) {
				const r = keyRange(outlines, here, [...path, k]);
				reports[here].diagnostics.push(streamlitDiagnostic("streamlit/shadowed-by-method", {
					key: k,
					qualname
				}, r.from, r.to));
			}
			if (root && isExported(v) && sensitiveVariables.has(k.toUpperCase()) && reports[here]) {
				const r = keyRange(outlines, here, [k]);
				reports[here].diagnostics.push(streamlitDiagnostic("streamlit/env-overrides-variable", { key: k }, r.from, r.to));
			}
			if (v instanceof PyDict && path.length < 32) visit(v, [...path, k], here, false);
		}
	};
	visit(merged, [], 0, true);
}
/**
* Returns every path an app can read from a checked set of sources (empty when
* loading fails), depth-first in merged order, at most `limit` of them. Kept
* apart from {@link check} because a view usually needs only the rows it shows.
*/
function listSecrets(report, limit = 1e5) {
	return report.merged ? listEntries(report.merged, report.sourceOf, report.outlines, limit) : [];
}
// bench/generate.ts
/** Returns a realistic secrets file of about `bytes` characters: tables of credentials, arrays, inline tables. */
function generateSecrets(bytes) {
	const parts = ["# generated for the benchmark\napi_key = \"sk-test-0000\"\ndebug = false\n"];
	let size = parts[0].length;
	for (let i = 0; size < bytes; i++) {
		const block = `\n[service_${i}]\nhost = "db-${i}.internal.example.com"\nport = ${5e3 + i % 1e3}\nuser = "svc_${i}"\npassword = "p@ss-${i}-\\u00e9"\ntimeout = ${i % 7 + .5}\nreplicas = ["r1-${i}", "r2-${i}", "r3-${i}"]\noptions = { ssl = true, retries = ${i % 5}, region = "eu-${i % 3}" }\nrotated = 2024-0${i % 9 + 1}-1${i % 9}T10:20:30Z\n`;
		parts.push(block);
		size += block.length;
	}
	return parts.join("");
}
// bench/bench.ts
var sizes = [
	[
		"10 KB",
		1e4,
		40
	],
	[
		"100 KB",
		1e5,
		15
	],
	[
		"1 MB",
		1e6,
		5
	],
	[
		"10 MB",
		1e7,
		3
	]
];
function median(xs) {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}
function time(runs, f) {
	f();
	const ms = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		f();
		ms.push(performance.now() - t);
	}
	return median(ms);
}
var gc = globalThis.gc;
var held = [];
/** Heap still in use while the result of `f` is held, beyond what was in use before. */
function retained(f) {
	held.length = 0;
	gc?.();
	gc?.();
	const before = process.memoryUsage().heapUsed;
	held.push(f());
	gc?.();
	gc?.();
	const after = process.memoryUsage().heapUsed;
	held.length = 0;
	return after - before;
}
var ratio = (x, base) => `${(x / base).toFixed(2)}×`;
var rows = ["| size | smol-toml parse (baseline) | check | ratio | check + listSecrets | ratio | simulate | ratio | heap held by a check report | per input byte |", "|---|---|---|---|---|---|---|---|---|---|"];
for (const [label, bytes, runs] of sizes) {
	const text = generateSecrets(bytes);
	const sources = [{
		path: ".streamlit/secrets.toml",
		node: {
			kind: "file",
			text
		}
	}];
	const base = time(runs, () => parse(text, { integersAsBigInt: true }));
	const checked = time(runs, () => check(sources));
	const listed = time(runs, () => listSecrets(check(sources)));
	const simulated = time(runs, () => simulate(sources, { access: ["st.secrets.service_1.host", "len(st.secrets)"] }));
	const heap = retained(() => check(sources));
	rows.push(`| ${label} | ${base.toFixed(1)} ms | ${checked.toFixed(1)} ms | ${ratio(checked, base)} | ${listed.toFixed(1)} ms | ${ratio(listed, base)} | ${simulated.toFixed(1)} ms | ${ratio(simulated, base)} | ${(heap / 1e6).toFixed(1)} MB | ${(heap / text.length).toFixed(1)} B |`);
	console.log(rows[rows.length - 1]);
}
console.log("\n" + rows.join("\n"));
if (!gc) console.log("\n(run with node --expose-gc for the heap column)");
export {};
