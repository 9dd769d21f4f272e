# Baseline for the benchmark: what a typical hand-written Dockerfile for
# examples/static-vite looks like: Vite builds the site in a node stage and
# nginx serves dist/ as a single-page app.
FROM node:26-trixie-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:stable
# The image's entrypoint renders /etc/nginx/templates/*.template into
# /etc/nginx/conf.d/ with envsubst, which has no defaults: PORT gets one here.
ENV PORT=8080
COPY <<'EOF' /etc/nginx/templates/default.conf.template
server {
    listen       ${PORT};
    server_name  _;
    root         /usr/share/nginx/html;
    index        index.html;

    gzip              on;
    gzip_vary         on;
    gzip_comp_level   6;
    gzip_min_length   256;
    gzip_types        text/plain text/css text/javascript application/javascript application/json image/svg+xml;

    # Vite fingerprints everything under /assets/: cache it for a year.
    location /assets/ {
        add_header Cache-Control "public, max-age=31536000, immutable";
        try_files $uri =404;
    }

    # Any other path is the app's own route; index.html is revalidated.
    location / {
        add_header Cache-Control "no-cache";
        try_files $uri $uri/ /index.html;
    }
}
EOF
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 8080
