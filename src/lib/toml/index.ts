export { decodeUtf8, utf16OffsetOfByte } from './decode';
export type { DecodeResult, Utf8Error, Utf8Reason } from './decode';
export { parseToml } from './parse';
export type { ParseResult } from './parse';
export { outlineToml } from './outline';
export type { OutlineEntry, OutlineKind } from './outline';
export type { Range } from './scan';
export { tomlMessages } from './messages';
export type { TomlCode } from './messages';
