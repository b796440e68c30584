// Work that must wait for the host's next render: focus moved to what a change shows (a report's
// title, the card a reader came back to, the first card "Xem thêm" added).
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class AfterUpdate implements ReactiveController {
  #next?: () => void;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Runs `work` once the host has rendered, and asks it to; a call not yet run is replaced. */
  then(work: () => void): void {
    this.#next = work;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const run = this.#next;
    this.#next = undefined;
    run?.();
  }
}
