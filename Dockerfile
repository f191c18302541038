# One image for all five services: SERVICE (or the first argument) picks the
# gateway or a subgraph. Three stages: production dependencies, the build,
# and a runtime image with only those dependencies and dist/.
#   docker build -t licensing-graph .
#   docker run -e SERVICE=agreements ... licensing-graph
#   (or the command `node dist/scripts/startService.js agreements`; HEALTHCHECK still reads SERVICE)

# --- production dependencies (better-sqlite3 is native: compiled here when no prebuilt binary fits)
FROM node:20-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# --- build: every dependency (typescript among them), then tsc to dist/ with the schema files and public assets
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY common ./common
COPY gateway ./gateway
COPY subgraphs ./subgraphs
COPY schema ./schema
COPY scripts ./scripts
RUN npm run build

# --- runtime: no compiler, no build tools, no dev dependencies, no TypeScript sources
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
# Owned by root, run as `node`: the service cannot rewrite its own code or dependencies.
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
# gateway 4000; agreements 4001, support-contracts 4002, software-catalog 4003, partner-benefits 4004.
EXPOSE 4000 4001 4002 4003 4004
# No default SERVICE: a container told nothing exits 2 with the list, rather than quietly running a gateway.
# Liveness of the service SERVICE names, with Node's fetch (no curl in the image).
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 CMD ["node", "dist/scripts/healthcheck.js"]
# SIGTERM reaches node directly (exec form, PID 1): it stops accepting, finishes in-flight work and exits 0 within 10 s.
CMD ["node", "dist/scripts/startService.js"]
