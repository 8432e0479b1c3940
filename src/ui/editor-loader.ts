/**
 * The editor component, requested as soon as the page starts but kept out of the
 * initial JavaScript: CodeMirror is most of the page's code and the first paint
 * does not need it.
 */
export const editorModule = import('./Editor.svelte');
