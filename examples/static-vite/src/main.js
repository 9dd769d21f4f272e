// A single-page app with client-side routes: the server answers every
// route with index.html, and this script renders the page for the path.
import './style.css'
import { routes, notFound } from './routes.js'

const app = document.querySelector('#app')

function render() {
  const page = routes[location.pathname] ?? notFound
  document.title = `${page.title} · static-vite`
  app.innerHTML = `<h1>${page.title}</h1><p>${page.body}</p>`
}

document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-link]')
  if (!link) return
  event.preventDefault()
  history.pushState(null, '', link.getAttribute('href'))
  render()
})

window.addEventListener('popstate', render)
render()
