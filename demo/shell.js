// Fills the demo page from the one sample feed. A classic script: the demo uses party-news exactly
// as a CMS page would, through the global the script-tag bundle defines. `?id=` shows a report.
(function () {
  const FEED = new URL('../fixtures/feeds/seed.json', document.baseURI).href;

  function card(article, layout) {
    const li = document.createElement('li');
    const el = document.createElement('party-news-card');
    el.layout = layout;
    el.article = article;
    li.append(el);
    return li;
  }

  // Cards link to the articles' home portal; this demo opens them here instead.
  document.addEventListener('party-news-select', (event) => {
    const { article } = event.detail;
    if (!article.id) return;
    event.preventDefault();
    location.search = '?id=' + encodeURIComponent(article.id);
  });

  fetch(FEED)
    .then((r) => r.json())
    .then((json) => {
      const { articles, problems } = window.PartyNews.normalizeFeed(json, { baseUrl: FEED });
      problems.forEach((p) => console.warn(p));
      const byId = new Map(articles.map((a) => [a.id, a]));
      document.getElementById('latest').append(...articles.slice(0, 4).map((a) => card(a, 'compact')));

      const article = byId.get(new URLSearchParams(location.search).get('id'));
      if (!article) {
        document.getElementById('cards').append(...articles.map((a) => card(a, 'vertical')));
        return;
      }
      document.getElementById('list').hidden = true;
      const report = document.querySelector('party-news-report');
      report.article = article;
      report.related = article.related.map((r) => (typeof r === 'string' ? byId.get(r) : r)).filter(Boolean);
      report.hidden = false;
      document.title = article.title + ' | Trang minh họa party-news';
    });
})();
