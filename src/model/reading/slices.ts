// Long work in slices, so that no task holds the main thread long enough for a reader to feel it
// (typing, scrolling, a tap waits for the task in progress). The work is a generator that yields
// after each small unit; runInSlices gives the browser its turn whenever a slice has run 8 ms, and
// runAtOnce runs the same generator in one go for synchronous callers (normalizeFeed).

/**
 * A new task, queued behind whatever the browser has waiting (a frame to paint, input, network).
 * A message, not setTimeout (nested timeouts are clamped to 4 ms each), and not scheduler.yield():
 * its continuations outrank rendering in Chromium, which then painted one frame in 120 ms of slices.
 */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      // Closed: an open port keeps a Node process (the command line reads feeds too) alive for ever.
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });
}

/**
 * After the next frame is painted (a task after its animation frame), so what was just rendered
 * shows before more work starts; at most 100 ms, since a hidden page runs no animation frames.
 */
export const afterPaint = (): Promise<void> =>
  new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });

/** Runs `work` in one go; a promise a step yields is not waited for. */
export function runAtOnce<T>(work: Generator<unknown, T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs `work`, giving the browser its turn after each `slice` ms. A step that yields a promise is
 * waited for (a first screen's paint, say): a new slice starts after it.
 */
export async function runInSlices<T>(work: Generator<unknown, T>, slice = 8): Promise<T> {
  let until = performance.now() + slice;
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    if (step.value instanceof Promise) {
      await step.value;
      until = performance.now() + slice;
    } else if (performance.now() > until) {
      await yieldToBrowser();
      until = performance.now() + slice;
    }
  }
}
