/**
 * Why each diagnostic matters and where to read more: the lessons live in the
 * catalogue entries; this is the UI's name for them.
 */
export { lessonFor, type Lesson } from '../lib/index.ts';
