// Measures run inside the benchmark page (bench/run.mjs drives them). Each returns milliseconds.
// The baseline builds the same markup as a card with plain DOM calls, in the same page and run.
//
// How "painted" is measured: once the cards are in the DOM, a requestAnimationFrame callback is
// queued and, from it, a task. The frame that callback belongs to is rendered before that task
// runs, so the time at the task is when the cards were presented. The task is posted at
// 'user-blocking' priority (scheduler.postTask, where there is one): the feed reads the rest of a
// big feed in slices, each a task of its own, and an ordinary task would wait behind the slice
// already queued, counting up to one slice more than the frame took. Work the page did before
// that frame (say, normalising the rest in the same task as the first screen) delays the frame
// and so is counted, as a reader would feel it.
(function () {
  const stage = () => document.getElementById('stage');
  const task = () =>
    globalThis.scheduler?.postTask?.(() => {}, { priority: 'user-blocking' }) ??
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(0);
    });
  const painted = () => new Promise((resolve) => requestAnimationFrame(() => task().then(resolve)));

  function items(n) {
    const out = [];
    for (let i = 0; i < n; i++) {
      out.push({
        id: `bai-${i}`,
        url: `https://example.gov.vn/tin-tuc/bai-${i}`,
        title: `Đảng ủy cơ sở số ${i} tổ chức Hội nghị sinh hoạt chuyên đề về xây dựng, chỉnh đốn Đảng`,
        summary: 'Hội nghị được tổ chức trực tiếp, với sự tham gia của toàn thể đảng viên, công chức trong Đảng bộ.',
        image: { src: `${location.origin}/fixtures/images/chi-bo-sinh-hoat.svg`, alt: '', width: 1200, height: 800 },
        date_published: new Date(Date.UTC(2022, 2, 30, 4, 32) - i * 3600e3).toISOString(),
        category: { id: 'to-chuc-dang-co-so', name: 'Hoạt động của các tổ chức Đảng cơ sở' },
      });
    }
    return out;
  }

  /**
   * Resolves when the feed shows `count` cards. Watched with a MutationObserver, not by polling:
   * nested setTimeout(0) is clamped to 4 ms, which would round every measure to 4 ms steps.
   */
  async function cardsShown(feed, count) {
    const root = feed.shadowRoot;
    const done = () => root.querySelectorAll('[part~="card"]').length === count;
    if (done()) return;
    await new Promise((resolve) => {
      const observer = new MutationObserver(() => done() && (observer.disconnect(), resolve()));
      observer.observe(root, { childList: true, subtree: true });
    });
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

  /** A feed's JSON as a fetched file (a blob: URL), so reading it includes fetching and JSON.parse. */
  const feedUrls = new Map();
  function feedUrl(n) {
    if (!feedUrls.has(n)) {
      const text = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Tin tức', items: items(n) });
      feedUrls.set(n, URL.createObjectURL(new Blob([text], { type: 'application/feed+json' })));
    }
    return feedUrls.get(n);
  }

  /**
   * `units` feeds of `each` articles, as blob URLs: unit u's articles are a day apart and an hour
   * later than unit u-1's, and every tenth is the same article (the same page) in every unit.
   */
  function unitUrls(units, each) {
    return Array.from({ length: units }, (_, u) => {
      const own = items(each).map((item, i) => ({
        ...item,
        id: `u${u}-${i}`,
        url: i % 10 === 0 ? item.url : `https://don-vi-${u}.example.gov.vn/tin/${i}`,
        title: i % 10 === 0 ? item.title : `Chi bộ số ${u}: ${item.title}`,
        date_published: new Date(Date.UTC(2022, 2, 30, 4) - i * 86400e3 - u * 3600e3).toISOString(),
      }));
      const text = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: `Chi bộ số ${u}`, items: own });
      return URL.createObjectURL(new Blob([text], { type: 'application/feed+json' }));
    });
  }

  /** Time from handing `n` items to a new feed to `shown` cards painted. */
  async function timeFeed(n, shown, settings) {
    stage().replaceChildren();
    const data = items(n);
    await painted();
    const start = performance.now();
    const feed = Object.assign(document.createElement('party-news-feed'), settings, { feed: data });
    const loaded = new Promise((resolve) => feed.addEventListener('party-news-load', resolve, { once: true }));
    stage().append(feed);
    await cardsShown(feed, shown);
    await painted();
    const time = performance.now() - start;
    // A big feed's first screen comes before the rest is read: let that finish outside the measure,
    // so it cannot spill into the next one.
    await loaded;
    return time;
  }

  /** Records long tasks (over 50 ms; Chromium's `longtask` entries) while `run` runs. */
  async function longTasksDuring(run) {
    const tasks = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
    observer.observe({ type: 'longtask' });
    const result = await run();
    await painted();
    tasks.push(...observer.takeRecords().map((e) => e.duration));
    observer.disconnect();
    return { result, longest: Math.max(0, ...tasks), count: tasks.length };
  }

  window.bench = {
    items,
    feedUrl,
    painted,
    /** party-news: n cards in the list layout, from data to painted cards. */
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
      await painted();
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
      await painted();
      return performance.now() - start;
    },
    /** party-news with default settings: from data to the first screen (one page of cards) painted. */
    firstScreen: (n) => timeFeed(n, 6, {}),
    /**
     * The layout shift while a reader scrolls through n list cards, a screen per frame, to the end
     * and back: cards out of view may skip layout until they near the screen, and must not move
     * what is on it when they are laid out.
     */
    async scrollShift(n) {
      await timeFeed(n, n, { layout: 'list', pageSize: n });
      let shift = 0;
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) shift += e.value;
      });
      observer.observe({ type: 'layout-shift' });
      const end = document.documentElement.scrollHeight;
      for (let y = 0; y <= end; y += innerHeight) {
        scrollTo(0, y);
        await painted();
      }
      for (let y = end; y >= 0; y -= innerHeight * 3) {
        scrollTo(0, y);
        await painted();
      }
      shift += observer.takeRecords().reduce((sum, e) => sum + (e.hadRecentInput ? 0 : e.value), 0);
      observer.disconnect();
      scrollTo(0, 0);
      return shift;
    },
    /**
     * A feed of `units` <party-news-source>s of `each` articles: when its first cards are painted
     * (ms), when every unit is in (loadComplete), how many articles it shows, and the longest task.
     */
    async units(units, each) {
      stage().replaceChildren();
      const urls = unitUrls(units, each);
      const start = performance.now();
      let first;
      const { result, longest } = await longTasksDuring(async () => {
        const feed = document.createElement('party-news-feed');
        for (const [u, src] of urls.entries())
          feed.append(Object.assign(document.createElement('party-news-source'), { src, name: `Chi bộ số ${u}` }));
        stage().append(feed);
        await new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (!feed.shadowRoot?.querySelector('[part~="card"]')) return;
            observer.disconnect();
            resolve();
          });
          observer.observe(feed.shadowRoot ?? feed, { childList: true, subtree: true });
        });
        await painted();
        first = performance.now() - start;
        const articles = await feed.loadComplete;
        await painted();
        return { all: performance.now() - start, articles: articles.length };
      });
      urls.forEach((url) => URL.revokeObjectURL(url));
      return { first, ...result, longest };
    },
    /** Loads an n-item feed from its URL; the longest task meanwhile. */
    loadLongTasks(n) {
      stage().replaceChildren();
      return longTasksDuring(async () => {
        const feed = Object.assign(document.createElement('party-news-feed'), { src: feedUrl(n), searchable: true });
        const loaded = new Promise((resolve) => feed.addEventListener('party-news-load', resolve, { once: true }));
        stage().append(feed);
        await loaded;
      });
    },
    /**
     * Starts recording keystrokes in the search box: for each keydown, the time from the event to
     * the frame painted after it (the results are rendered in the same task as the input event).
     */
    watchKeys() {
      const keys = [];
      const tasks = [];
      const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
      observer.observe({ type: 'longtask' });
      const onKey = (event) => {
        const at = event.timeStamp;
        requestAnimationFrame(() => task().then(() => keys.push(performance.now() - at)));
      };
      addEventListener('keydown', onKey, true);
      window.bench.keysDone = async () => {
        await painted();
        removeEventListener('keydown', onKey, true);
        tasks.push(...observer.takeRecords().map((e) => e.duration));
        observer.disconnect();
        const status = document
          .querySelector('party-news-feed')
          .shadowRoot.querySelector('[part="status"]').textContent;
        return { keys, longest: Math.max(0, ...tasks), count: tasks.length, status };
      };
    },
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
