// The portal's own glue: a story chosen in the "Tin mới" sidebar opens in the main news column.
// party-news-select is cancelable; the main feed follows #party-news=<id> by itself.
document.getElementById('latest').addEventListener('party-news-select', (event) => {
  event.preventDefault();
  location.hash = 'party-news=' + encodeURIComponent(event.detail.article.id);
  document.getElementById('news').scrollIntoView({ block: 'start' });
});
