/** Svelte action: focus an element when it appears (instead of `autofocus`). */
export function focusOnMount(node: HTMLElement, enabled: boolean = true): void {
  if (enabled) queueMicrotask(() => node.focus());
}
