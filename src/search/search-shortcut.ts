/** `/` (outside text fields) or Ctrl/Cmd+K opens search. Shared by the loader and the search dialog. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return true;
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return false;
  const target = event.target as HTMLElement | null;
  const typing = target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
  return !typing;
}
