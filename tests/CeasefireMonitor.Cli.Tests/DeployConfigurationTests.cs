using System.Text.Json;
using System.Text.RegularExpressions;

namespace CeasefireMonitor.Cli.Tests;

/// <summary>docker-compose.yml, the Dockerfile and the program's configuration must name the same things.</summary>
public partial class DeployConfigurationTests
{
    private static readonly string Compose = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "docker-compose.yml"));
    private static readonly string Dockerfile = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "deploy", "Dockerfile"));
    private static readonly JsonElement AppSettings = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))).RootElement;

    [GeneratedRegex(@"\b(CEASEFIRE_[A-Za-z_]+)\s*[:=]\s*(\S+)")]
    private static partial Regex Setting();

    private static Dictionary<string, string> Settings(string text) =>
        Setting().Matches(text).GroupBy(m => m.Groups[1].Value).ToDictionary(g => g.Key, g => g.First().Groups[2].Value);

    [Fact]
    public void Compose_EverySetting_IsAKeyTheProgramReads()
    {
        var settings = Settings(Compose);
        Assert.NotEmpty(settings);
        foreach (var name in settings.Keys)
        {
            var path = name["CEASEFIRE_".Length..].Split("__");
            var node = AppSettings;
            foreach (var part in path)
                Assert.True(node.EnumerateObject().Any(p => string.Equals(p.Name, part, StringComparison.OrdinalIgnoreCase) && (node = p.Value).ValueKind != JsonValueKind.Undefined),
                    $"{name} in docker-compose.yml is not a setting of appsettings.json");
        }
    }

    [Fact]
    public void Dockerfile_StoreDefault_LivesInItsVolumeWhichComposeMounts()
    {
        var storeFolder = Path.GetDirectoryName(Settings(Dockerfile)["CEASEFIRE_STORE"])!;
        Assert.Contains($"VOLUME {storeFolder}", Dockerfile, StringComparison.Ordinal);
        Assert.Contains($":{storeFolder}", Compose, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_StoreUrl_IsThePostgresServiceWithItsOwnCredentials()
    {
        var store = new Uri(Settings(Compose)["CEASEFIRE_STORE"].Replace("${", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal));
        Assert.Equal(("postgres", "postgres", 5432), (store.Scheme, store.Host, store.Port));
        Assert.Contains("\n  postgres:\n", Compose, StringComparison.Ordinal);
        Assert.Equal("POSTGRES_USER:POSTGRES_PASSWORD", store.UserInfo);
        Assert.Equal("/POSTGRES_DB", store.AbsolutePath);
        foreach (var variable in new[] { "POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB" })
            Assert.Matches($@"{variable}: \$\{{{variable}:\?", Compose);
    }

    [Fact]
    public void Compose_BusUrl_IsTheRabbitServiceWithItsOwnCredentials()
    {
        var bus = Settings(Compose)["CEASEFIRE_BUS"];
        Assert.Equal("rabbitmq://${RABBITMQ_USER}:${RABBITMQ_PASSWORD}@rabbitmq:5672/${RABBITMQ_VHOST}", bus);
        Assert.Contains("\n  rabbitmq:\n", Compose, StringComparison.Ordinal);
        Assert.Contains("RABBITMQ_DEFAULT_USER: ${RABBITMQ_USER:?", Compose, StringComparison.Ordinal);
        Assert.Contains("RABBITMQ_DEFAULT_PASS: ${RABBITMQ_PASSWORD:?", Compose, StringComparison.Ordinal);
        Assert.Contains("RABBITMQ_DEFAULT_VHOST: ${RABBITMQ_VHOST:?", Compose, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_EveryVariable_IsListedInEnvExampleWithoutASecret()
    {
        var example = File.ReadAllLines(Path.Combine(CliRunner.RepoRoot, ".env.example"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var used = Regex.Matches(Compose, @"\$\{([A-Z_]+)").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.NotEmpty(used);
        Assert.Equal(used.Order(StringComparer.Ordinal), example.Keys.Order(StringComparer.Ordinal));
        Assert.All(example.Where(e => e.Key.EndsWith("_USER", StringComparison.Ordinal) || e.Key.EndsWith("_PASSWORD", StringComparison.Ordinal)), e => Assert.Equal("", e.Value));
    }

    [Fact]
    public void Compose_ServersAndMonitor_HaveHealthChecksAndNamedVolumes()
    {
        Assert.Equal(2, Regex.Matches(Compose, @"(?m)^    healthcheck:").Count);
        Assert.Equal(2, Regex.Matches(Compose, @"condition: service_healthy").Count);
        foreach (var volume in new[] { "postgres-data", "rabbitmq-data", "monitor-data" })
            Assert.Matches($@"(?m)^  {volume}:", Compose);
    }

    [Fact]
    public void Dockerfile_Entrypoint_IsTheBuiltProgramRunAsNonRoot()
    {
        var entry = Regex.Match(Dockerfile, @"ENTRYPOINT \[""dotnet"", ""/app/([^""]+)""\]");
        Assert.True(entry.Success, "Dockerfile has an ENTRYPOINT running a dll");
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, entry.Groups[1].Value)), $"{entry.Groups[1].Value} is what the Cli project builds");
        Assert.Matches(@"(?m)^USER (?!root)\w+", Dockerfile);
        Assert.Contains("src/CeasefireMonitor.Cli", Dockerfile, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_HasNoDefaultCredentials() =>
        Assert.DoesNotMatch(@"(?i)(password|passwd|guest)\s*[:=]\s*\w", Compose);
}
