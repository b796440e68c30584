// Measures run inside the benchmark page (bench/run.mjs drives them). Each returns milliseconds.
// The baseline builds the same markup as a card with plain DOM calls, in the same page and run.
(function () {
  const stage = () => document.getElementById('stage');
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

  function items(n) {
    const out = [];
    for (let i = 0; i < n; i++) {
      out.push({
        id: `bai-${i}`,
        url: `https://example.gov.vn/tin-tuc/bai-${i}`,
        title: `Đảng ủy cơ sở số ${i} tổ chức Hội nghị sinh hoạt chuyên đề về xây dựng, chỉnh đốn Đảng`,
        summary: 'Hội nghị được tổ chức trực tiếp, với sự tham gia của toàn thể đảng viên, công chức trong Đảng bộ.',
        image: { src: '/fixtures/images/chi-bo-sinh-hoat.svg', alt: '', width: 1200, height: 800 },
        date_published: new Date(Date.UTC(2022, 2, 30, 4, 32) - i * 3600e3).toISOString(),
        category: { id: 'to-chuc-dang-co-so', name: 'Hoạt động của các tổ chức Đảng cơ sở' },
      });
    }
    return out;
  }

  /**
   * Resolves when the feed shows `count` cards, laid out. Watched with a MutationObserver, not by
   * polling: nested setTimeout(0) is clamped to 4 ms, which would round every measure to 4 ms steps.
   */
  async function feedRendered(feed, count) {
    const root = feed.shadowRoot;
    const done = () => root.querySelectorAll('[part~="card"]').length === count;
    if (!done()) {
      await new Promise((resolve) => {
        const observer = new MutationObserver(() => done() && (observer.disconnect(), resolve()));
        observer.observe(root, { childList: true, subtree: true });
      });
    }
    await feed.updateComplete;
    feed.getBoundingClientRect(); // layout included, as in the baseline
  }

  /** The card's own stylesheets, with :host rewritten to a .host wrapper, for the light-DOM baseline. */
  let cardSheet;
  function useCardStyles() {
    if (!cardSheet) {
      const css = window.PartyNews.PartyNewsCard.styles.map((s) => s.cssText).join('\n');
      cardSheet = new CSSStyleSheet();
      cardSheet.replaceSync(css.replace(/:host\(([^)]*\]?)\)/g, '.host$1').replace(/:host/g, '.host'));
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, cardSheet];
    }
  }

  /** Time from handing `n` items to a new feed to `shown` cards laid out. */
  async function timeFeed(n, shown, settings) {
    stage().replaceChildren();
    const data = items(n);
    await frame();
    const start = performance.now();
    const feed = Object.assign(document.createElement('party-news-feed'), settings, { feed: data });
    const loaded = new Promise((resolve) => feed.addEventListener('party-news-load', resolve, { once: true }));
    stage().append(feed);
    await feedRendered(feed, shown);
    const time = performance.now() - start;
    // A big feed's first screen comes before the rest is read: let that finish outside the measure,
    // so it cannot spill into the next one.
    await loaded;
    return time;
  }

  window.bench = {
    items,
    /** party-news: n cards in the list layout, from data to laid-out DOM. */
    cards: (n) => timeFeed(n, n, { layout: 'list', pageSize: n }),
    /**
     * Plain DOM: the markup a card renders (article, sized image, category, linked heading, time,
     * summary), built by hand in the light DOM with the card's own stylesheet, so the ratio
     * measures what the element costs (Lit, shadow roots), not what styling costs.
     */
    async baseline(n) {
      stage().replaceChildren();
      const data = items(n);
      useCardStyles();
      await frame();
      const start = performance.now();
      const format = new Intl.DateTimeFormat('vi-VN', {
        timeZone: 'Asia/Ho_Chi_Minh',
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
      const el = (tag, className, parent) => {
        const node = document.createElement(tag);
        if (className) node.className = className;
        parent?.append(node);
        return node;
      };
      const list = el('ul', 'list');
      for (const item of data) {
        const host = el('div', 'host', el('li', '', list));
        host.setAttribute('layout', 'horizontal');
        const article = el('article', 'card', host);
        const img = el('img', '', el('div', 'media', article));
        img.loading = 'lazy';
        Object.assign(img, { src: item.image.src, alt: '', width: 1200, height: 800 });
        const text = el('div', 'text', article);
        el('p', 'category', text).textContent = item.category.name;
        const a = el('a', 'link', el('h3', 'title', text));
        a.href = item.url;
        a.textContent = item.title;
        const time = el('time', 'meta', text);
        const date = new Date(item.date_published);
        time.dateTime = date.toISOString();
        time.textContent = format.format(date).replace(/\//g, '-').replace(',', '');
        el('p', 'summary', text).textContent = item.summary;
      }
      stage().append(list);
      list.getBoundingClientRect();
      return performance.now() - start;
    },
    /** party-news with default settings: from data to the first screen (one page of cards). */
    firstScreen: (n) => timeFeed(n, 6, {}),
    /** normalizeFeed on n items, and JSON.parse of the same text as the floor. */
    normalize(n) {
      const text = JSON.stringify({ items: items(n) });
      const t0 = performance.now();
      const json = JSON.parse(text);
      const t1 = performance.now();
      window.PartyNews.normalizeFeed(json);
      const t2 = performance.now();
      return { parse: t1 - t0, normalize: t2 - t1 };
    },
  };
})();
