import { html, nothing } from 'lit';

import type { ArticleImage } from '../model/types.js';
import type { Translate } from '../shared/element.js';
import { ReaderTool } from './reader-tool.js';

export interface Photo {
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
}

/** `focusVisible` (Chromium, Firefox, Safari 18.4) is not yet in TypeScript's DOM types. */
type FocusVisibleOptions = FocusOptions & { focusVisible?: boolean };

/** A photo's caption and credit, under the lead photo and in the viewer. */
export function captionTemplate(photo: Photo, t: Translate, part?: string) {
  if (!photo.caption && !photo.credit) return nothing;
  const credit = photo.credit ? html` <span class="credit">${t('photo')}: ${photo.credit}</span>` : nothing;
  return html`<figcaption part=${part ?? nothing}>${photo.caption}${credit}</figcaption>`;
}

/** The photos of a sanitised body that open the viewer: every image, except one inside a link (it keeps its link). */
const bodyPhotos = (root: ParentNode | undefined) =>
  [...(root?.querySelectorAll('img') ?? [])].filter((img) => !img.closest('a'));

const captionOf = (img: HTMLImageElement) =>
  img.closest('figure')?.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim();

/**
 * Makes each photo of a body (a sanitised fragment, or a report's body as a server wrote it) a
 * button that opens the viewer, its index in data-photo counted from `first` (after the lead).
 */
export function zoomButtons(root: ParentNode, first: number, label: (alt: string) => string): void {
  bodyPhotos(root).forEach((img, i) => {
    if (img.parentElement?.classList.contains('zoom')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'zoom';
    button.dataset.photo = String(first + i);
    button.setAttribute('aria-label', label(img.alt || captionOf(img) || ''));
    img.replaceWith(button);
    button.append(img);
  });
}

/**
 * Lists the photos the viewer shows, the lead's first, with their captions. Given `label`, makes each
 * body photo a button that opens the viewer (zoomButtons); without it (markup for a page read
 * without script), the photos stay plain images, for zoomButtons to wrap once a script runs.
 */
export function collectPhotos(
  body: DocumentFragment | undefined,
  lead: ArticleImage | undefined,
  label?: (alt: string) => string,
): Photo[] {
  const photos: Photo[] = lead ? [{ src: lead.src, alt: lead.alt, caption: lead.caption, credit: lead.credit }] : [];
  const first = photos.length;
  for (const img of bodyPhotos(body)) photos.push({ src: img.src, alt: img.alt, caption: captionOf(img) });
  if (body && label) zoomButtons(body, first, label);
  return photos;
}

/**
 * The photo viewer: a modal <dialog> with the photo, its caption and credit, previous/next by
 * buttons, arrow keys or a swipe; Escape closes it and focus returns to the photo it came from.
 */
export class PhotoViewer extends ReaderTool {
  photos: Photo[] = [];
  index = 0;
  /** Open: only then does the dialog hold a photo (a closed viewer loads nothing). */
  #isOpen = false;
  #trigger?: HTMLElement | null;
  #swipe?: { id: number; x: number; y: number };
  #swiped = false;
  /** Last used with a pointer (mouse, finger, pen), not the keyboard: see #onClose. */
  #byPointer = false;

  get #dialog(): HTMLDialogElement | null | undefined {
    return this.host.shadowRoot?.querySelector('dialog');
  }

  open(index: number, trigger?: HTMLElement | null, byPointer = false): void {
    this.index = index;
    this.#trigger = trigger;
    this.#byPointer = byPointer;
    this.#isOpen = true;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      if (!this.#dialog?.open) this.#dialog?.showModal();
    });
  }

  #go(step: number): void {
    this.index = (this.index + step + this.photos.length) % this.photos.length;
    this.host.requestUpdate();
  }

  readonly #back = () => this.#go(-1);
  readonly #forward = () => this.#go(1);

  /** Click handler for the report: a photo's zoom button opens the viewer at that photo. */
  readonly onClick = (event: Event): void => {
    const button = (event.target as Element).closest<HTMLElement>('.zoom');
    // A click from Enter or Space has no pointer behind it: detail 0.
    if (button?.dataset.photo) this.open(Number(button.dataset.photo), button, (event as MouseEvent).detail > 0);
  };

  readonly #onKey = (event: KeyboardEvent): void => {
    this.#byPointer = false;
    if (event.key === 'ArrowRight') this.#go(1);
    else if (event.key === 'ArrowLeft') this.#go(-1);
  };

  // Focus goes back to the photo however the viewer closed, so keyboard and screen-reader users
  // read on from there; its ring only after the keyboard. Closed by mouse, a ring round the photo
  // would stay on screen (and on paper) for a reader who never used the keyboard. The dialog may
  // have given the photo focus back already, ring and all (WebKit): focus() on the focused element
  // changes nothing, so it lets go first.
  readonly #onClose = (): void => {
    this.#isOpen = false;
    this.host.requestUpdate();
    const trigger = this.#trigger;
    if (!trigger) return;
    if (this.#byPointer && trigger.matches(':focus-visible')) trigger.blur();
    trigger.focus({ focusVisible: !this.#byPointer } as FocusVisibleOptions);
  };

  // A swipe is one pointer (a finger, a pen or a mouse drag) that moves mostly sideways; a second
  // finger down makes it a pinch, not a swipe. The viewer's touch-action leaves horizontal moves to
  // it, so the browser neither scrolls nor goes Back; a gesture the browser still takes ends in
  // pointercancel and counts for nothing.
  readonly #onPointerDown = (event: PointerEvent): void => {
    const { pointerId: id, clientX: x, clientY: y } = event;
    this.#byPointer = true;
    this.#swiped = false;
    this.#swipe = this.#swipe && this.#swipe.id !== id ? undefined : { id, x, y };
  };

  readonly #onPointerCancel = (): void => {
    this.#swipe = undefined;
  };

  readonly #onPointerUp = (event: PointerEvent): void => {
    const { x, y } = this.#swipe ?? { x: event.clientX, y: event.clientY };
    const dx = event.clientX - x;
    this.#swipe = undefined;
    if (Math.abs(dx) > 40 && Math.abs(dx) > Math.abs(event.clientY - y)) {
      this.#swiped = true;
      this.#go(dx < 0 ? 1 : -1);
    }
  };

  // A tap or click outside the photo, its caption and the bar (on the backdrop, or the dark space
  // of the full-screen viewer on a phone) closes the viewer; the end of a mouse swipe does not.
  readonly #onDialogClick = (event: Event): void => {
    if (!this.#swiped && !(event.target as Element).closest('img, figcaption, .viewer-bar')) this.#dialog?.close();
    this.#swiped = false;
  };

  render(t: Translate) {
    const photo = this.photos[this.index];
    if (!photo || !this.#isOpen) return html`<dialog part="viewer" class="viewer"></dialog>`;
    const many = this.photos.length > 1;
    return html`<dialog
      part="viewer"
      class="viewer"
      aria-label=${t('viewer')}
      @keydown=${this.#onKey}
      @close=${this.#onClose}
      @pointerdown=${this.#onPointerDown}
      @pointerup=${this.#onPointerUp}
      @pointercancel=${this.#onPointerCancel}
      @click=${this.#onDialogClick}
    >
      <figure class="viewer-figure">
        <img src=${photo.src} alt=${photo.alt} draggable="false" />
        ${captionTemplate(photo, t)}
      </figure>
      <div class="viewer-bar">
        ${many ? html`<button type="button" class="tool" @click=${this.#back}>‹ ${t('previous')}</button>` : nothing}
        ${many ? html`<span class="counter">${this.index + 1}/${this.photos.length}</span>` : nothing}
        ${many ? html`<button type="button" class="tool" @click=${this.#forward}>${t('next')} ›</button>` : nothing}
        <button type="button" class="tool close" @click=${() => this.#dialog?.close()} autofocus>${t('close')}</button>
      </div>
    </dialog>`;
  }
}
