// Elements that share one page-wide piece of work (an observer of the page's lang, print listeners):
// the first to join starts it, the last to leave stops it, so a page without them runs nothing.

export class PageRegistry<T> {
  readonly members = new Set<T>();

  constructor(
    readonly start: () => void,
    readonly stop: () => void,
  ) {}

  join(member: T): void {
    if (!this.members.size) this.start();
    this.members.add(member);
  }

  leave(member: T): void {
    if (this.members.delete(member) && !this.members.size) this.stop();
  }
}
