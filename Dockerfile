# One image for all five services; docker-compose.yml picks the command.
FROM node:20-bookworm-slim
WORKDIR /app
# better-sqlite3 is a native module; the build tools are only needed when no prebuilt binary fits.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY common ./common
COPY gateway ./gateway
COPY subgraphs ./subgraphs
COPY schema ./schema
COPY scripts ./scripts
COPY tsconfig.json ./
ENV NODE_ENV=production
USER node
