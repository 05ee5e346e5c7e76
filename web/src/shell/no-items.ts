/** For a list's QueryState: `message` when the page of results has no items, else nothing to say. */
export function whenNoItems(message: string) {
  return (page: { items: readonly unknown[] }) => (page.items.length === 0 ? message : null);
}
