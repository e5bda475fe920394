# VendorGrid gateway: ASP.NET Core API, Orleans client, health endpoints, `mint-token` command, and the web portal
# (built here from portal/, served at /). Build from a clean checkout, at the repository root:
#   docker build -f deploy/docker/Gateway.Dockerfile -t vendorgrid/gateway:TAG .
# Base images are named by tag here; the release job pins what it pushed by digest in the overlays (deploy/README.md).

# 1. The portal: npm ci from the lock file, then the production build (portal/dist is never copied in from the host).
FROM node:20-bookworm-slim AS portal
WORKDIR /src/portal
COPY portal/package.json portal/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY portal/ ./
RUN npm run build

# 2. The gateway: restore from the project files first, so a code change does not re-download packages.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ./
COPY src/Domain/VendorGrid.Domain.csproj src/Domain/
COPY src/Grains.Abstractions/VendorGrid.Grains.Abstractions.csproj src/Grains.Abstractions/
COPY src/Hosting/VendorGrid.Hosting.csproj src/Hosting/
COPY src/Gateway/VendorGrid.Gateway.csproj src/Gateway/
RUN dotnet restore src/Gateway/VendorGrid.Gateway.csproj
COPY src/Domain/ src/Domain/
COPY src/Grains.Abstractions/ src/Grains.Abstractions/
COPY src/Hosting/ src/Hosting/
COPY src/Gateway/ src/Gateway/
RUN dotnet publish src/Gateway/VendorGrid.Gateway.csproj -c Release -o /app --no-restore -p:UseAppHost=false

# 3. Runtime: the published gateway and the built portal, nothing else.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# A font with Chinese glyphs for the statement PDFs (Gateway/Statements/CjkFont.cs); without it they answer 503.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-wqy-microhei && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
COPY --from=portal /src/portal/dist /app/portal
ENV ASPNETCORE_HTTP_PORTS=8080 \
    VG_PORTAL_DIR=/app/portal
# 8080 the API and the portal; 9464 /metrics when VG_ADMIN_PORT=9464 (never behind the ingress).
EXPOSE 8080 9464
# The image's non-root "app" user (UID 1654), the UID the Kubernetes manifests run as.
USER $APP_UID
ENTRYPOINT ["dotnet", "VendorGrid.Gateway.dll"]
