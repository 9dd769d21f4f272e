// The app's pages, by path. Every one of them is served as index.html and
// rendered here in the browser.
export const routes = {
  '/': {
    title: 'Home',
    body: 'This page was built by Vite and is served by slimserve from a scratch image, precompressed with brotli and gzip at build time.',
  },
  '/about': {
    title: 'About',
    body: 'Client-side routes such as this one have no file of their own: the server falls back to index.html with status 200, and the router renders the page.',
  },
  '/some/client/route': {
    title: 'A deep route',
    body: 'Deep links work on first load and on reload, because the server answers every path without a file extension with the app.',
  },
}

export const notFound = {
  title: 'Not found',
  body: 'No page has this address.',
}
