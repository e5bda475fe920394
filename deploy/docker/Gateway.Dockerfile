# VendorGrid gateway: ASP.NET Core API, Orleans client, health endpoints, `mint-token` command.
# Build from the repository root:  docker build -f deploy/docker/Gateway.Dockerfile -t vendorgrid/gateway:TAG .

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ./
COPY src/Domain/VendorGrid.Domain.csproj src/Domain/
COPY src/Grains.Abstractions/VendorGrid.Grains.Abstractions.csproj src/Grains.Abstractions/
COPY src/Gateway/VendorGrid.Gateway.csproj src/Gateway/
RUN dotnet restore src/Gateway/VendorGrid.Gateway.csproj
COPY src/Domain/ src/Domain/
COPY src/Grains.Abstractions/ src/Grains.Abstractions/
COPY src/Gateway/ src/Gateway/
RUN dotnet publish src/Gateway/VendorGrid.Gateway.csproj -c Release -o /app --no-restore -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# A font with Chinese glyphs for the statement PDFs (Gateway/Statements/CjkFont.cs); without it they answer 503.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-wqy-microhei && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
# The image's non-root "app" user (UID 1654), the UID the Kubernetes manifests run as.
USER $APP_UID
ENTRYPOINT ["dotnet", "VendorGrid.Gateway.dll"]
