// The portal's own glue: a story chosen in the "Tin mới nhất" sidebar opens in the main news
// column when that column holds it (party-news-select is cancelable; the main feed follows
// #party-news=<id> by itself); any other follows its link.
const news = document.getElementById('news');
let inMainColumn = new Set();
news.addEventListener('party-news-load', (event) => {
  inMainColumn = new Set(event.detail.items.map((article) => article.id));
});
document.getElementById('latest').addEventListener('party-news-select', (event) => {
  const { id } = event.detail.article;
  if (!inMainColumn.has(id)) return;
  event.preventDefault();
  location.hash = 'party-news=' + encodeURIComponent(id);
  news.scrollIntoView({ block: 'start' });
});
