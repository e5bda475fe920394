using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace VendorGrid.Tests.Deploy;

/// <summary>
/// Renders every overlay of deploy/k8s with `kubectl kustomize` (found or installed by tools/vg/k8s-tools.sh) and
/// checks each object offline: known apiVersion/kind pairs and the fields their schemas require (no schema
/// validator is packaged by Debian, so the required fields are checked here), then the deployment's invariants.
/// No cluster and no PostgreSQL needed.
/// </summary>
public sealed class KubernetesManifestTests
{
    public static TheoryData<string> Overlays => new() { "dev", "prod" };

    private static readonly Dictionary<string, string> Namespaces = new() { ["dev"] = "vendorgrid-dev", ["prod"] = "vendorgrid" };

    /// <summary>The kinds the manifests may use, with the one apiVersion each is served under.</summary>
    private static readonly Dictionary<string, string> KnownKinds = new()
    {
        ["Namespace"] = "v1", ["ConfigMap"] = "v1", ["Secret"] = "v1", ["Service"] = "v1", ["ServiceAccount"] = "v1",
        ["Deployment"] = "apps/v1", ["StatefulSet"] = "apps/v1", ["Job"] = "batch/v1",
        ["Role"] = "rbac.authorization.k8s.io/v1", ["RoleBinding"] = "rbac.authorization.k8s.io/v1",
        ["HorizontalPodAutoscaler"] = "autoscaling/v2", ["PodDisruptionBudget"] = "policy/v1",
        ["Ingress"] = "networking.k8s.io/v1", ["NetworkPolicy"] = "networking.k8s.io/v1",
    };

    [Theory, MemberData(nameof(Overlays))]
    public void EveryObject_HasAKnownApiVersionAndKind_AndTheFieldsItsSchemaRequires(string overlay)
    {
        var objects = Render(overlay);
        var problems = new List<string>();
        foreach (var o in objects)
        {
            var id = Id(o);
            if (!KnownKinds.TryGetValue(Str(o["kind"]) ?? "", out var apiVersion) || Str(o["apiVersion"]) != apiVersion)
                problems.Add($"{id}: unknown apiVersion/kind {Str(o["apiVersion"])}/{Str(o["kind"])}");
            var name = Str(o["metadata"]?["name"]) ?? "";
            if (name.Length > 253 || !Regex.IsMatch(name, "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"))
                problems.Add($"{id}: metadata.name '{name}' is not a DNS-1123 name");
            if (Str(o["kind"]) != "Namespace" && Str(o["metadata"]?["namespace"]) != Namespaces[overlay])
                problems.Add($"{id}: namespace is not {Namespaces[overlay]}");
            problems.AddRange(RequiredFieldProblems(o).Select(p => $"{id}: {p}"));
        }
        problems.AddRange(objects.GroupBy(Id).Where(g => g.Count() > 1).Select(g => $"{g.Key} rendered twice"));
        Assert.Empty(problems);
        Assert.Contains(objects, o => Id(o) == "Deployment/vendorgrid-silo");
        Assert.Contains(objects, o => Id(o) == "Deployment/vendorgrid-gateway");
    }

    [Theory, MemberData(nameof(Overlays))]
    public void EveryReferencedConfigMapAndSecret_IsRenderedOrIsOneOfTheDocumentedExistingSecrets(string overlay)
    {
        var objects = Render(overlay);
        string[] existing = overlay == "prod" ? ["vendorgrid-db", "vendorgrid-db-migration", "vendorgrid-tls"] : [];
        // The public keys tokens are verified with come from whoever mints them (deploy/README.md), in both overlays.
        string[] existingMaps = ["vendorgrid-jwt-public"];
        var rendered = objects.Select(Id).ToHashSet();
        var missing = References(objects)
            .Where(r => !rendered.Contains($"{r.Kind}/{r.Name}") && !(r.Kind == "Secret" && existing.Contains(r.Name))
                && !(r.Kind == "ConfigMap" && existingMaps.Contains(r.Name)))
            .Select(r => $"{r.Kind}/{r.Name}").Distinct().ToList();
        Assert.Empty(missing);
    }

    [Theory, MemberData(nameof(Overlays))]
    public void SiloPods_CarryTheOrleansLabelsAndDownwardApiEnvironment_KubernetesHostingReads(string overlay)
    {
        var objects = Render(overlay);
        var config = Find(objects, "ConfigMap", "vendorgrid-config")["data"]!;
        var template = Find(objects, "Deployment", "vendorgrid-silo")["spec"]!["template"]!;
        var labels = template["metadata"]!["labels"]!;
        Assert.Equal(Str(config["VG_SERVICE_ID"]), Str(labels["orleans/serviceId"]));
        Assert.Equal(Str(config["VG_CLUSTER_ID"]), Str(labels["orleans/clusterId"]));

        var silo = Container(template["spec"]!, "silo");
        Assert.Equal("metadata.name", FieldRef(silo, "POD_NAME"));
        Assert.Equal("metadata.namespace", FieldRef(silo, "POD_NAMESPACE"));
        Assert.Equal("status.podIP", FieldRef(silo, "POD_IP"));
        Assert.Equal("status.podIP", FieldRef(silo, "VG_ADVERTISED_IP"));
        Assert.Equal("metadata.labels['orleans/serviceId']", FieldRef(silo, "ORLEANS_SERVICE_ID"));
        Assert.Equal("metadata.labels['orleans/clusterId']", FieldRef(silo, "ORLEANS_CLUSTER_ID"));
        Assert.Equal(Str(config["VG_SILO_PORT"]), Str(Port(silo, "silo")?["containerPort"]));
        Assert.Equal(Str(config["VG_GATEWAY_PORT"]), Str(Port(silo, "orleans-gateway")?["containerPort"]));
        Assert.StartsWith("vendorgrid-db", SecretRef(silo, "VG_DB"));
    }

    [Theory, MemberData(nameof(Overlays))]
    public void SiloRole_LetsTheSiloWatchAndDeleteItsPods_AndIsBoundToTheSilosServiceAccount(string overlay)
    {
        var objects = Render(overlay);
        var rule = Assert.Single(Find(objects, "Role", "vendorgrid-silo")["rules"]!.AsArray());
        Assert.Equal(new[] { "" }, Strings(rule!["apiGroups"]));
        Assert.Equal(new[] { "pods" }, Strings(rule["resources"]));
        Assert.Equal(new[] { "delete", "get", "list", "watch" }, Strings(rule["verbs"]).Order());

        var binding = Find(objects, "RoleBinding", "vendorgrid-silo");
        Assert.Equal("Role/vendorgrid-silo", $"{Str(binding["roleRef"]!["kind"])}/{Str(binding["roleRef"]!["name"])}");
        var subject = Assert.Single(binding["subjects"]!.AsArray())!;
        var account = Str(Find(objects, "Deployment", "vendorgrid-silo")["spec"]!["template"]!["spec"]!["serviceAccountName"]);
        Assert.Equal(("ServiceAccount", account, Namespaces[overlay]), (Str(subject["kind"]), Str(subject["name"]), Str(subject["namespace"])));
        Assert.Contains(objects, o => Id(o) == $"ServiceAccount/{account}");
    }

    [Theory, MemberData(nameof(Overlays))]
    public void Probes_PointAtTheGatewaysHealthEndpoints_AndAtPortsTheContainersOpen(string overlay)
    {
        var mapped = Regex.Matches(File.ReadAllText(Path.Combine(RepoRoot, "src/Gateway/Health/HealthApi.cs")),
            "MapHealthChecks\\(\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Equal(new[] { "/health/live", "/health/ready" }, mapped.Order());

        var gateway = Container(Find(Render(overlay), "Deployment", "vendorgrid-gateway")["spec"]!["template"]!["spec"]!, "gateway");
        Assert.Equal("/health/live", Str(gateway["livenessProbe"]!["httpGet"]!["path"]));
        Assert.Equal("/health/ready", Str(gateway["readinessProbe"]!["httpGet"]!["path"]));
        Assert.Equal(Env(gateway, "ASPNETCORE_HTTP_PORTS"), Str(Port(gateway, "http")?["containerPort"]));

        foreach (var o in Workloads(Render(overlay)))
            foreach (var c in o.Containers)
                foreach (var probe in new[] { "startupProbe", "livenessProbe", "readinessProbe" }.Select(p => c[p]).OfType<JsonObject>())
                {
                    var port = Str(probe["httpGet"]?["port"] ?? probe["tcpSocket"]?["port"]);
                    if (port is not null)
                        Assert.True(Port(c, port) is not null, $"{o.Id}/{Str(c["name"])}: probe port '{port}' is not a container port");
                    if (probe["httpGet"] is { } get)
                        Assert.Contains(Str(get["path"]) ?? "", mapped);
                }
    }

    [Theory, MemberData(nameof(Overlays))]
    public void EveryContainer_RunsAsNonRoot_OnAReadOnlyRootFilesystem_WithRequestsAndLimits(string overlay)
    {
        var problems = new List<string>();
        foreach (var w in Workloads(Render(overlay)))
        {
            var pod = w.PodSpec["securityContext"];
            foreach (var c in w.Containers)
            {
                var id = $"{w.Id}/{Str(c["name"])}";
                var security = c["securityContext"];
                if (Str(security?["runAsNonRoot"] ?? pod?["runAsNonRoot"]) != "true") problems.Add($"{id}: runAsNonRoot is not true");
                if (Str(security?["runAsUser"] ?? pod?["runAsUser"]) == "0") problems.Add($"{id}: runs as UID 0");
                if (Str(security?["readOnlyRootFilesystem"]) != "true") problems.Add($"{id}: root filesystem is writable");
                if (Str(security?["allowPrivilegeEscalation"]) != "false") problems.Add($"{id}: may escalate privileges");
                foreach (var (kind, resource) in new[] { ("requests", "cpu"), ("requests", "memory"), ("limits", "cpu"), ("limits", "memory") })
                    if (Str(c["resources"]?[kind]?[resource]) is null) problems.Add($"{id}: no {kind}.{resource}");
                foreach (var mount in c["volumeMounts"]?.AsArray() ?? [])
                    if (!w.Volumes.Contains(Str(mount!["name"]) ?? "")) problems.Add($"{id}: mounts undeclared volume {Str(mount["name"])}");
            }
        }
        Assert.Empty(problems);
    }

    [Fact]
    public void Prod_RendersNoSecretValue_OnlyReferencesToSecretsCreatedBeforehand()
    {
        var objects = Render("prod");
        Assert.DoesNotContain(objects, o => Str(o["kind"]) == "Secret");
        var literals = objects.Where(o => Str(o["kind"]) == "ConfigMap").SelectMany(o => (o["data"]?.AsObject() ?? []).Select(p => Str(p.Value)))
            .Concat(Workloads(objects).SelectMany(w => w.Containers).SelectMany(c => c["env"]?.AsArray() ?? []).Select(e => Str(e!["value"])));
        Assert.DoesNotContain(literals, v => v is not null && Regex.IsMatch(v, "password|pwd=|PRIVATE KEY", RegexOptions.IgnoreCase));

    }

    /// <summary>Issue 17, item 8: a gateway pod holds the public keys only; no Secret with a signing key is mounted or named.</summary>
    [Theory, MemberData(nameof(Overlays))]
    public void TheGateway_VerifiesWithPublicKeysFromAConfigMap_AndHoldsNoPrivateKey(string overlay)
    {
        var objects = Render(overlay);
        var pod = Find(objects, "Deployment", "vendorgrid-gateway")["spec"]!["template"]!["spec"]!;
        var gateway = Container(pod, "gateway");
        Assert.Null(EnvVar(gateway, "VG_JWT_KEY_FILE"));
        var keyFile = Env(gateway, "VG_JWT_PUBLIC_KEYS")!;
        var mount = gateway["volumeMounts"]!.AsArray().Single(m => keyFile.StartsWith(Str(m!["mountPath"]) + "/", StringComparison.Ordinal))!;
        var volume = pod["volumes"]!.AsArray().Single(v => Str(v!["name"]) == Str(mount["name"]))!;
        Assert.Equal("vendorgrid-jwt-public", Str(volume["configMap"]?["name"]));
        Assert.Equal("true", Str(mount["readOnly"]));
        Assert.DoesNotContain(pod["volumes"]!.AsArray(), v => v!["secret"] is not null);
        Assert.DoesNotContain(References(objects), r => r.Name.Contains("jwt") && r.Kind == "Secret");
    }

    /// <summary>Issue 17, item 11: silos and gateways may dial out only to DNS, each other, PostgreSQL, the API server and public addresses.</summary>
    [Theory, MemberData(nameof(Overlays))]
    public void SilosAndGateways_HaveEgressPolicies_ThatKeepWebTrafficAwayFromInternalAddresses(string overlay)
    {
        var objects = Render(overlay);
        string[] internalV4 = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "100.64.0.0/10", "127.0.0.0/8"];
        string[] internalV6 = ["fc00::/7", "fe80::/10", "::ffff:0:0/96", "64:ff9b::/96", "2001::/32", "2002::/16"];
        foreach (var component in new[] { "silo", "gateway" })
        {
            var labels = Find(objects, "Deployment", $"vendorgrid-{component}")["spec"]!["template"]!["metadata"]!["labels"]!;
            var rules = objects.Where(o => Str(o["kind"]) == "NetworkPolicy" && Selects(o["spec"]!["podSelector"]!["matchLabels"], labels)
                    && Strings(o["spec"]!["policyTypes"]).Contains("Egress"))
                .SelectMany(o => o["spec"]!["egress"]!.AsArray()).ToList();
            Assert.True(rules.Count > 0, $"no egress policy selects the {component} pods");
            foreach (var rule in rules)
            {
                var ports = (rule!["ports"]?.AsArray() ?? []).Select(p => Str(p!["port"])).ToHashSet();
                var to = rule["to"]?.AsArray();
                if (to is null)
                {
                    // Any destination, so only DNS or PostgreSQL.
                    Assert.True(ports.Count > 0 && ports.IsSubsetOf(["53", "5432"]), $"{component}: an egress rule to anywhere on ports {string.Join(",", ports)}");
                    continue;
                }
                foreach (var peer in to)
                {
                    if (peer!["podSelector"] is not null) continue;
                    var block = peer["ipBlock"]!;
                    var cidr = Str(block["cidr"])!;
                    var except = Strings(block["except"]);
                    if (cidr.EndsWith("/32")) continue;  // one named host, the API server
                    Assert.True(cidr is "0.0.0.0/0" or "::/0", $"{component}: egress to {cidr}");
                    Assert.Empty((cidr == "0.0.0.0/0" ? internalV4 : internalV6).Except(except));
                }
            }
        }
    }

    /// <summary>
    /// Issue 17, items 2, 5 and 7: invitation and reset links (gateways) and address confirmations (silos) name the
    /// public address, never a request's Host; both reach a mail relay (prod) or, in dev, the gateway writes files.
    /// </summary>
    [Theory, MemberData(nameof(Overlays))]
    public void SilosAndGateways_KnowThePublicUrlAndTheMailRelay_AndTheGatewayMayReachIt(string overlay)
    {
        var objects = Render(overlay);
        var config = Find(objects, "ConfigMap", "vendorgrid-config")["data"]!;
        var publicUrl = new Uri(Str(config["VG_PUBLIC_URL"])!);
        var ingressHost = Str(objects.Single(o => Str(o["kind"]) == "Ingress")["spec"]!["rules"]![0]!["host"]);
        Assert.Equal((overlay == "prod" ? "https" : "http", ingressHost), (publicUrl.Scheme, publicUrl.Host));
        foreach (var component in new[] { "silo", "gateway" })
        {
            var container = Container(Find(objects, "Deployment", $"vendorgrid-{component}")["spec"]!["template"]!["spec"]!, component);
            Assert.Contains(container["envFrom"]!.AsArray(), e => Str(e!["configMapRef"]?["name"]) == "vendorgrid-config");
            Assert.Equal(["vendorgrid-smtp:password", "vendorgrid-smtp:user"],
                new[] { SecretRef(container, "VG_SMTP_USER"), SecretRef(container, "VG_SMTP_PASSWORD") }.Order());
        }
        var gateway = Container(Find(objects, "Deployment", "vendorgrid-gateway")["spec"]!["template"]!["spec"]!, "gateway");
        if (overlay == "prod")
        {
            Assert.Equal(("smtp.example.com", "587", "starttls"), (Str(config["VG_SMTP_HOST"]), Str(config["VG_SMTP_PORT"]), Str(config["VG_SMTP_TLS"])));
            Assert.Null(EnvVar(gateway, "VG_MAIL_DIR"));
        }
        else
        {
            Assert.Equal(("", "/tmp/mail"), (Str(config["VG_SMTP_HOST"]), Env(gateway, "VG_MAIL_DIR")));
            Assert.Contains(gateway["volumeMounts"]!.AsArray(), m => Str(m!["mountPath"]) == "/tmp");
        }
        var gatewayLabels = Find(objects, "Deployment", "vendorgrid-gateway")["spec"]!["template"]!["metadata"]!["labels"]!;
        var egressPorts = objects.Where(o => Str(o["kind"]) == "NetworkPolicy" && Selects(o["spec"]!["podSelector"]!["matchLabels"], gatewayLabels))
            .SelectMany(o => o["spec"]!["egress"]?.AsArray() ?? []).Where(r => r!["to"] is not null)
            .SelectMany(r => r!["ports"]?.AsArray() ?? []).Select(p => Str(p!["port"])).ToHashSet();
        Assert.Superset(new HashSet<string?> { "443", "587" }, egressPorts);
    }

    [Fact]
    public void Dev_GeneratesItsSecretsFromPlaceholdersOnly()
    {
        var secrets = Render("dev").Where(o => Str(o["kind"]) == "Secret").ToList();
        Assert.NotEmpty(secrets);
        foreach (var (key, value) in secrets.SelectMany(s => s["data"]!.AsObject().Select(p => ($"{Id(s)}:{p.Key}", Str(p.Value)!))))
            Assert.True(Encoding.UTF8.GetString(Convert.FromBase64String(value)).Contains("dev-only-placeholder"), $"{key} is not a placeholder");
    }

    [Theory, MemberData(nameof(Overlays))]
    public void TheSiloIsNeverExposed_OnlyTheGatewayIsBehindTheIngress(string overlay)
    {
        var objects = Render(overlay);
        var siloLabels = Find(objects, "Deployment", "vendorgrid-silo")["spec"]!["template"]!["metadata"]!["labels"]!;
        var gatewayLabels = Find(objects, "Deployment", "vendorgrid-gateway")["spec"]!["template"]!["metadata"]!["labels"]!;
        var services = objects.Where(o => Str(o["kind"]) == "Service").ToList();
        foreach (var service in services.Where(s => Selects(s["spec"]?["selector"], siloLabels)))
            Assert.Equal("None", Str(service["spec"]!["clusterIP"]));
        Assert.DoesNotContain(services, s => Str(s["spec"]?["type"]) is "LoadBalancer" or "NodePort" && !Selects(s["spec"]?["selector"], gatewayLabels));

        var backends = objects.Where(o => Str(o["kind"]) == "Ingress")
            .SelectMany(i => i["spec"]!["rules"]!.AsArray()).SelectMany(r => r!["http"]!["paths"]!.AsArray())
            .Select(p => Str(p!["backend"]!["service"]!["name"])).ToList();
        Assert.NotEmpty(backends);
        Assert.All(backends, name => Assert.True(Selects(Find(objects, "Service", name!)["spec"]!["selector"], gatewayLabels)
            && !Selects(Find(objects, "Service", name!)["spec"]!["selector"], siloLabels), $"Ingress backend {name} is not the gateway"));
        Assert.True(Selects(Find(objects, "NetworkPolicy", "vendorgrid-silo")["spec"]!["podSelector"]!["matchLabels"], siloLabels));
    }

    [Theory, MemberData(nameof(Overlays))]
    public void TheHpaScalesTheSiloOnCpu_ThePdbGuardsTheSiloPods_AndSilosHaveTimeToDrain(string overlay)
    {
        var objects = Render(overlay);
        var silo = Find(objects, "Deployment", "vendorgrid-silo");
        var hpa = Find(objects, "HorizontalPodAutoscaler", "vendorgrid-silo")["spec"]!;
        Assert.Equal("apps/v1/Deployment/vendorgrid-silo",
            $"{Str(hpa["scaleTargetRef"]!["apiVersion"])}/{Str(hpa["scaleTargetRef"]!["kind"])}/{Str(hpa["scaleTargetRef"]!["name"])}");
        Assert.Equal("cpu", Str(Assert.Single(hpa["metrics"]!.AsArray())!["resource"]!["name"]));
        Assert.InRange(int.Parse(Str(hpa["minReplicas"])!), 1, int.Parse(Str(hpa["maxReplicas"])!));
        Assert.Null(silo["spec"]!["replicas"]); // the HPA owns the count; an applied replicas field would fight it

        var labels = silo["spec"]!["template"]!["metadata"]!["labels"]!;
        var pdb = Find(objects, "PodDisruptionBudget", "vendorgrid-silo")["spec"]!;
        Assert.True(Selects(pdb["selector"]!["matchLabels"], labels));
        Assert.False(Selects(pdb["selector"]!["matchLabels"], Find(objects, "Deployment", "vendorgrid-gateway")["spec"]!["template"]!["metadata"]!["labels"]));

        var grace = int.Parse(Str(silo["spec"]!["template"]!["spec"]!["terminationGracePeriodSeconds"])!);
        var hostBudget = int.Parse(Env(Container(silo["spec"]!["template"]!["spec"]!, "silo"), "DOTNET_SHUTDOWNTIMEOUTSECONDS")!);
        Assert.InRange(grace, 120, 600);
        Assert.InRange(hostBudget, 30, grace - 5);
    }

    [Theory, MemberData(nameof(Overlays))]
    public void Migrations_RunBeforeEachSilo_FromTheSiloImage_InMigrateOnlyMode(string overlay)
    {
        var pod = Find(Render(overlay), "Deployment", "vendorgrid-silo")["spec"]!["template"]!["spec"]!;
        var migrate = Assert.Single(pod["initContainers"]!.AsArray())!;
        var silo = Container(pod, "silo");
        Assert.Equal(Str(silo["image"]), Str(migrate["image"]));
        Assert.Equal("1", Env(migrate, "VG_MIGRATE_ONLY"));
        Assert.Equal(SecretRef(silo, "VG_DB"), SecretRef(migrate, "VG_DB"));
        Assert.Null(Env(silo, "VG_MIGRATE_ONLY"));
        // Issue 17, item 10: only the init container holds the owner role; the running silo connects as the app role.
        Assert.Matches("^vendorgrid-db-migration(-[a-z0-9]+)?:connection-string$", SecretRef(migrate, "VG_MIGRATION_DB"));
        Assert.Null(EnvVar(silo, "VG_MIGRATION_DB"));
    }

    // ------------------------------------------------------------------------------------------- checks

    private static IEnumerable<string> RequiredFieldProblems(JsonObject o)
    {
        var spec = o["spec"];
        switch (Str(o["kind"]))
        {
            case "Deployment" or "StatefulSet" or "Job":
                if (Str(o["kind"]) != "Job" && !Selects(spec?["selector"]?["matchLabels"], spec?["template"]?["metadata"]?["labels"]))
                    yield return "spec.selector does not select the pod template";
                if (Str(o["kind"]) == "StatefulSet" && Str(spec?["serviceName"]) is null) yield return "no spec.serviceName";
                var containers = spec?["template"]?["spec"]?["containers"]?.AsArray() ?? [];
                if (containers.Count == 0) yield return "no containers";
                foreach (var c in containers.Concat(spec?["template"]?["spec"]?["initContainers"]?.AsArray() ?? []))
                {
                    if (Str(c!["name"]) is null || Str(c["image"]) is null) yield return "a container without name or image";
                    foreach (var p in c["ports"]?.AsArray() ?? [])
                        if (!int.TryParse(Str(p!["containerPort"]), out var n) || n is < 1 or > 65535) yield return $"bad containerPort in {Str(c["name"])}";
                    foreach (var e in c["env"]?.AsArray() ?? [])
                        if (Str(e!["name"]) is null || (e["value"] is null) == (e["valueFrom"] is null)) yield return $"env {Str(e["name"])}: needs exactly one of value, valueFrom";
                }
                break;
            case "Service":
                if ((spec?["ports"]?.AsArray() ?? []).Any(p => Str(p!["port"]) is null)) yield return "a port without port";
                if (spec?["selector"] is null) yield return "no selector";
                break;
            case "Role":
                if ((o["rules"]?.AsArray() ?? []).Any(r => r!["verbs"] is null)) yield return "a rule without verbs";
                break;
            case "RoleBinding":
                if (Str(o["roleRef"]?["apiGroup"]) is null || Str(o["roleRef"]?["kind"]) is null || Str(o["roleRef"]?["name"]) is null) yield return "incomplete roleRef";
                if ((o["subjects"]?.AsArray() ?? []).Any(s => Str(s!["kind"]) is null || Str(s["name"]) is null)) yield return "incomplete subject";
                break;
            case "HorizontalPodAutoscaler":
                if (Str(spec?["scaleTargetRef"]?["kind"]) is null || Str(spec?["scaleTargetRef"]?["name"]) is null || Str(spec?["maxReplicas"]) is null)
                    yield return "needs scaleTargetRef.kind, scaleTargetRef.name and maxReplicas";
                break;
            case "PodDisruptionBudget":
                if (spec?["selector"] is null || (spec["minAvailable"] is null) == (spec["maxUnavailable"] is null)) yield return "needs a selector and one of minAvailable, maxUnavailable";
                break;
            case "NetworkPolicy":
                if (spec?["podSelector"] is null) yield return "no podSelector";
                break;
            case "Ingress":
                foreach (var path in (spec?["rules"]?.AsArray() ?? []).SelectMany(r => r!["http"]?["paths"]?.AsArray() ?? []))
                    if (Str(path!["pathType"]) is null || Str(path["backend"]?["service"]?["name"]) is null || path["backend"]?["service"]?["port"] is null)
                        yield return "a path without pathType or backend service name and port";
                break;
        }
    }

    /// <summary>A pod template with its containers (init ones included) and the volumes they may mount.</summary>
    private sealed record Workload(string Id, JsonNode PodSpec, IReadOnlyList<JsonNode> Containers, IReadOnlySet<string> Volumes);

    [Theory, MemberData(nameof(Overlays))]
    public void SiloProbes_AreItsLiveAndReadyEndpoints_OnItsOperatorsPort_AndMetricsPortsStayOffTheIngress(string overlay)
    {
        var objects = Render(overlay);
        var config = Find(objects, "ConfigMap", "vendorgrid-config")["data"]!;
        var siloPod = Find(objects, "Deployment", "vendorgrid-silo")["spec"]!["template"]!;
        var silo = Container(siloPod["spec"]!, "silo");
        Assert.Equal(Str(config["VG_SILO_HTTP_PORT"]), Str(Port(silo, "http")?["containerPort"]));
        Assert.Equal(("/health/live", "http"), (Str(silo["livenessProbe"]!["httpGet"]!["path"]), Str(silo["livenessProbe"]!["httpGet"]!["port"])));
        Assert.Equal(("/health/ready", "http"), (Str(silo["readinessProbe"]!["httpGet"]!["path"]), Str(silo["readinessProbe"]!["httpGet"]!["port"])));
        Assert.Equal(Str(config["VG_SILO_HTTP_PORT"]), Str(siloPod["metadata"]!["annotations"]!["prometheus.io/port"]));

        var gatewayPod = Find(objects, "Deployment", "vendorgrid-gateway")["spec"]!["template"]!;
        Assert.Equal(Str(config["VG_ADMIN_PORT"]), Str(Port(Container(gatewayPod["spec"]!, "gateway"), "admin")?["containerPort"]));
        Assert.Equal(Str(config["VG_ADMIN_PORT"]), Str(gatewayPod["metadata"]!["annotations"]!["prometheus.io/port"]));
        var servicePorts = objects.Where(o => Str(o["kind"]) == "Service")
            .SelectMany(o => o["spec"]!["ports"]!.AsArray()).Select(p => Str(p!["targetPort"]) ?? Str(p["port"])).ToList();
        Assert.DoesNotContain(Str(config["VG_ADMIN_PORT"]), servicePorts);
        Assert.DoesNotContain("admin", servicePorts);
        Assert.DoesNotContain(Str(config["VG_SILO_HTTP_PORT"]), servicePorts);

        // The metrics ports are open to the monitoring namespace only.
        foreach (var (policy, port) in new[] { ("vendorgrid-silo", "VG_SILO_HTTP_PORT"), ("vendorgrid-gateway", "VG_ADMIN_PORT") })
        {
            var rules = Find(objects, "NetworkPolicy", policy)["spec"]!["ingress"]!.AsArray()
                .Where(r => (r!["ports"]?.AsArray() ?? []).Any(p => Str(p!["port"]) == Str(config[port]))).ToList();
            var rule = Assert.Single(rules)!;
            Assert.Equal("monitoring", Str(Assert.Single(rule["from"]!.AsArray())!["namespaceSelector"]!["matchLabels"]!["kubernetes.io/metadata.name"]));
        }
    }

    [Fact]
    public void Prod_PinsEveryImageOfOurs_ByDigest_NeverByATag()
    {
        var images = Workloads(Render("prod")).SelectMany(w => w.Containers).Select(c => Str(c["image"])!).Distinct().ToList();
        Assert.Equal(2, images.Count(i => i.Contains("/vendorgrid/", StringComparison.Ordinal)));
        Assert.All(images, image => Assert.Matches("^[^:@]+(:[0-9]+)?/[^:@]+@sha256:[0-9a-f]{64}$", image));
    }

    [Fact]
    public void Dev_RunsTheImagesBuiltLocally_ByTheTagTheDockerfilesSuggest()
    {
        var images = Workloads(Render("dev")).Where(w => w.Id.StartsWith("Deployment/vendorgrid-", StringComparison.Ordinal))
            .SelectMany(w => w.Containers).Select(c => Str(c["image"])!).Distinct().Order().ToArray();
        Assert.Equal(new[] { "vendorgrid/gateway:dev", "vendorgrid/silo:dev" }, images);
    }

    private static IEnumerable<Workload> Workloads(IEnumerable<JsonObject> objects) =>
        objects.Where(o => Str(o["kind"]) is "Deployment" or "StatefulSet" or "Job").Select(o =>
        {
            var pod = o["spec"]!["template"]!["spec"]!;
            var containers = (pod["containers"]?.AsArray() ?? []).Concat(pod["initContainers"]?.AsArray() ?? []);
            var volumes = (pod["volumes"]?.AsArray() ?? []).Concat(o["spec"]!["volumeClaimTemplates"]?.AsArray() ?? [])
                .Select(v => Str(v!["name"] ?? v["metadata"]?["name"]) ?? "").ToHashSet();
            return new Workload(Id(o), pod, containers.Select(c => c!).ToList(), volumes);
        });

    private static IEnumerable<(string Kind, string Name)> References(IEnumerable<JsonObject> objects)
    {
        foreach (var w in Workloads(objects))
        {
            foreach (var v in w.PodSpec["volumes"]?.AsArray() ?? [])
            {
                if (Str(v!["secret"]?["secretName"]) is { } secret) yield return ("Secret", secret);
                if (Str(v["configMap"]?["name"]) is { } map) yield return ("ConfigMap", map);
            }
            foreach (var c in w.Containers)
            {
                foreach (var e in c["envFrom"]?.AsArray() ?? [])
                {
                    if (Str(e!["configMapRef"]?["name"]) is { } map) yield return ("ConfigMap", map);
                    if (Str(e["secretRef"]?["name"]) is { } secret) yield return ("Secret", secret);
                }
                foreach (var e in c["env"]?.AsArray() ?? [])
                {
                    // An optional reference (the mail relay's credentials) may name a Secret that does not exist.
                    if (e!["valueFrom"]?["secretKeyRef"] is { } secretRef && Str(secretRef["optional"]) != "true"
                        && Str(secretRef["name"]) is { } secret) yield return ("Secret", secret);
                    if (Str(e["valueFrom"]?["configMapKeyRef"]?["name"]) is { } map) yield return ("ConfigMap", map);
                }
            }
        }
        foreach (var tls in objects.Where(o => Str(o["kind"]) == "Ingress").SelectMany(i => i["spec"]?["tls"]?.AsArray() ?? []))
            if (Str(tls!["secretName"]) is { } secret) yield return ("Secret", secret);
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static string? Str(JsonNode? node) => node?.GetValue<string>();
    private static string[] Strings(JsonNode? node) => (node?.AsArray() ?? []).Select(n => Str(n)!).ToArray();
    private static string Id(JsonObject o) => $"{Str(o["kind"])}/{Str(o["metadata"]?["name"])}";

    private static JsonObject Find(IEnumerable<JsonObject> objects, string kind, string name) =>
        objects.SingleOrDefault(o => Id(o) == $"{kind}/{name}") ?? throw new Xunit.Sdk.XunitException($"{kind}/{name} not rendered");

    private static JsonNode Container(JsonNode podSpec, string name) =>
        podSpec["containers"]!.AsArray().Single(c => Str(c!["name"]) == name)!;

    /// <summary>A container port by name or number.</summary>
    private static JsonNode? Port(JsonNode container, string nameOrNumber) =>
        (container["ports"]?.AsArray() ?? []).FirstOrDefault(p => Str(p!["name"]) == nameOrNumber || Str(p["containerPort"]) == nameOrNumber);

    private static JsonNode? EnvVar(JsonNode container, string name) =>
        (container["env"]?.AsArray() ?? []).FirstOrDefault(e => Str(e!["name"]) == name);

    private static string? Env(JsonNode container, string name) => Str(EnvVar(container, name)?["value"]);
    private static string? FieldRef(JsonNode container, string name) => Str(EnvVar(container, name)?["valueFrom"]?["fieldRef"]?["fieldPath"]);
    private static string? SecretRef(JsonNode container, string name) =>
        EnvVar(container, name)?["valueFrom"]?["secretKeyRef"] is { } r ? $"{Str(r["name"])}:{Str(r["key"])}" : null;

    /// <summary>True when every label of a non-empty selector is on the pod.</summary>
    private static bool Selects(JsonNode? selector, JsonNode? labels) =>
        selector is JsonObject s && s.Count > 0 && s.All(p => Str(labels?[p.Key]) == Str(p.Value));

    // ---------------------------------------------------------------------------------------- rendering

    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<JsonObject>>> Rendered = new();

    private static IReadOnlyList<JsonObject> Render(string overlay) =>
        Rendered.GetOrAdd(overlay, o => new Lazy<IReadOnlyList<JsonObject>>(() => Parse(Run(Kubectl.Value, "kustomize", $"deploy/k8s/overlays/{o}")))).Value;

    private static readonly Lazy<string> Kubectl = new(() => Run("bash", "tools/vg/k8s-tools.sh").Trim().Split('\n')[^1]);

    private static readonly string RepoRoot = FindRepoRoot();

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "VendorGrid.sln")))
                return dir.FullName;
        throw new InvalidOperationException("VendorGrid.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Runs a tool in the repository root; a non-zero exit fails the test with the tool's stderr.</summary>
    private static string Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = RepoRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new Xunit.Sdk.XunitException($"{file} {string.Join(' ', args)} exited {process.ExitCode}: {stderr.Result.Trim()}");
        return stdout;
    }

    /// <summary>Multi-document YAML as JSON trees; scalars stay strings (kustomize quotes where it matters).</summary>
    private static IReadOnlyList<JsonObject> Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Select(d => ToJson(d.RootNode)).OfType<JsonObject>().ToList();
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(p =>
            KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, ToJson(p.Value)))),
        YamlSequenceNode list => new JsonArray(list.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "null" or "~" or "" } => null,
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new InvalidOperationException($"unexpected YAML node {node.NodeType}"),
    };
}
