# Baseline for the benchmark: what a typical hand-written Dockerfile for
# examples/node-express looks like.
FROM node:26-slim
WORKDIR /app
COPY . .
RUN npm ci
ENV NODE_ENV=production
EXPOSE 8080
CMD ["node", "server.js"]
