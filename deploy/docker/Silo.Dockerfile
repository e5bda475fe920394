# VendorGrid silo: Orleans + Hangfire server + migrations (embedded from db/migrations) + the national calendar.
# Build from a clean checkout, at the repository root:  docker build -f deploy/docker/Silo.Dockerfile -t vendorgrid/silo:TAG .

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files only, so a code change does not re-download packages.
COPY Directory.Build.props Directory.Packages.props ./
COPY src/Domain/VendorGrid.Domain.csproj src/Domain/
COPY src/Grains.Abstractions/VendorGrid.Grains.Abstractions.csproj src/Grains.Abstractions/
COPY src/Hosting/VendorGrid.Hosting.csproj src/Hosting/
COPY src/Grains/VendorGrid.Grains.csproj src/Grains/
COPY src/Silo/VendorGrid.Silo.csproj src/Silo/
RUN dotnet restore src/Silo/VendorGrid.Silo.csproj
# The silo project embeds ../../db/migrations/*.sql and copies ../../data/calendar/cn-holidays.json.
COPY db/migrations/ db/migrations/
COPY data/calendar/ data/calendar/
COPY src/Domain/ src/Domain/
COPY src/Grains.Abstractions/ src/Grains.Abstractions/
COPY src/Hosting/ src/Hosting/
COPY src/Grains/ src/Grains/
COPY src/Silo/ src/Silo/
RUN dotnet publish src/Silo/VendorGrid.Silo.csproj -c Release -o /app --no-restore -p:UseAppHost=false

# The ASP.NET Core runtime, because the silo is a Microsoft.NET.Sdk.Web project (Hangfire.AspNetCore).
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The five example contracts; loaded only where VG_SEEDS=/app/seeds is set (the dev overlay).
COPY seeds/*.json /app/seeds/
# 11111 silo-to-silo, 30000 Orleans gateway (clients), 8081 operators' HTTP (/health/live, /health/ready, /metrics).
ENV VG_SILO_PORT=11111 \
    VG_GATEWAY_PORT=30000 \
    VG_SILO_HTTP_PORT=8081
EXPOSE 11111 30000 8081
# The image's non-root "app" user (UID 1654), the UID the Kubernetes manifests run as.
USER $APP_UID
ENTRYPOINT ["dotnet", "VendorGrid.Silo.dll"]
