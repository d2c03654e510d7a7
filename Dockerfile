# syntax=docker/dockerfile:1
# Hearth production image.
#   docker build -t hearth .
#   docker run --rm -p 3000:3000 -p 40000-40001:40000-40001/udp -p 40000-40001:40000-40001/tcp \
#     -e RTC_ANNOUNCED_ADDRESS=<host ip> hearth
# The build needs internet: mediasoup's postinstall downloads its prebuilt worker from GitHub,
# or builds it from source (python3, pip, make, g++) when no prebuilt fits the platform.
# The offline worker build in scripts/ is for development machines, not for this image.

FROM node:20-bookworm AS build
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 python3-pip make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
# Media ports: worker N listens on RTC_PORT+N (UDP and TCP). MEDIASOUP_WORKERS is fixed so
# that it matches the EXPOSEd range (by default there is one worker per core, which could need
# ports that are not published). To change it, set both and publish RTC_PORT..RTC_PORT+N-1.
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 RTC_LISTEN_IP=0.0.0.0 RTC_PORT=40000 \
    MEDIASOUP_WORKERS=2
# The app is owned by root and read-only for the `node` user it runs as.
COPY --from=build /app/package.json /app/package-lock.json /app/tsconfig.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/server ./server
COPY --from=build /app/shared ./shared
COPY --from=build /app/dist/client ./dist/client
COPY --from=build /app/scripts/admin.ts ./scripts/admin.ts
# data/ is the only writable place: the SQLite database (unless DATABASE_URL points at PostgreSQL).
# Mount a volume there so accounts and groups survive a new container.
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME ["/app/data"]
USER node
# Fail the build, not the first call, if the worker binary does not run on this base image.
RUN node -e "import('mediasoup').then(async (m) => { const w = await m.createWorker(); w.close(); console.log('mediasoup worker ok'); })"
EXPOSE 3000/tcp 40000-40001/udp 40000-40001/tcp
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself is PID 1 (no npx in between), so SIGTERM reaches the server's clean shutdown.
CMD ["node", "--import", "tsx", "server/index.ts"]
