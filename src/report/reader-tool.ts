import type { ReactiveController, ReactiveElement } from 'lit';

/** The element a reader tool serves: the report. */
export type ToolHost = ReactiveElement;

/**
 * The one shape of the report's reader tools (text size, read aloud, print, photo viewer, share
 * row, JSON-LD): a controller that joins its host's lifecycle as it is made. A tool that shows
 * words is given the report's translator one way only, as the first argument of its `render(t)`,
 * so it always speaks the report's language of the moment.
 */
export abstract class ReaderTool<Host extends ToolHost = ToolHost> implements ReactiveController {
  protected readonly host: Host;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostConnected?(): void;
  hostDisconnected?(): void;
  hostUpdated?(): void;
}
