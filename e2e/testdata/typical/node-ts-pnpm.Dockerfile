# Baseline for the benchmark: what a typical hand-written Dockerfile for
# examples/node-ts-pnpm looks like.
FROM node:22-slim
WORKDIR /app
COPY . .
RUN corepack enable && pnpm install --frozen-lockfile && pnpm run build
ENV NODE_ENV=production
EXPOSE 8080
CMD ["node", "dist/server.js"]
