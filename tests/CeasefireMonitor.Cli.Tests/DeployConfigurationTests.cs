using Microsoft.Extensions.Configuration;
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

    /// <summary>The configuration key an environment variable sets: prefix CEASEFIRE_ dropped, "__" for ":" (AddEnvironmentVariables' rule).</summary>
    private static string ConfigurationKey(string variable) => variable["CEASEFIRE_".Length..].Replace("__", ":", StringComparison.Ordinal);

    // The API key has no default, so it is the one setting appsettings.json must not hold; the next test shows the Api reads it.
    private const string ApiKeyVariable = "CEASEFIRE_API_KEY";

    [Fact]
    public void Compose_EverySetting_IsAKeyTheProgramReads()
    {
        var settings = Settings(Compose);
        Assert.NotEmpty(settings);
        foreach (var name in settings.Keys.Where(n => n != ApiKeyVariable))
        {
            var path = ConfigurationKey(name).Split(':');
            var node = AppSettings;
            foreach (var part in path)
                Assert.True(node.EnumerateObject().Any(p => string.Equals(p.Name, part, StringComparison.OrdinalIgnoreCase) && (node = p.Value).ValueKind != JsonValueKind.Undefined),
                    $"{name} in docker-compose.yml is not a setting of appsettings.json");
        }
    }

    [Fact]
    public void Compose_ApiKey_IsWhatTheApiReadsAndComesFromEnvWithoutDefault()
    {
        var value = Settings(Compose)[ApiKeyVariable];
        Assert.Matches(@"^\$\{MONITOR_API_KEY:\?", value);
        Assert.DoesNotContain(AppSettings.EnumerateObject(), p => p.NameEquals("API_KEY"));
        // What the Api does with the variable's configuration key: a key set there is the key it accepts.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [ConfigurationKey(ApiKeyVariable)] = "probe-key" }).Build();
        var key = Api.Security.ApiKey.From(configuration);
        Assert.True(key.IsConfigured && key.Matches("probe-key") && !key.Matches("other"), $"{ApiKeyVariable} does not set the API key");
    }

    /// <summary>The lines of one service of docker-compose.yml, up to the next service or top-level key.</summary>
    private static string Service(string name)
    {
        var match = Regex.Match(Compose, $@"(?ms)^  {name}:\n(.*?)(?=^  [a-z-]+:\n|^[a-z]|\z)");
        Assert.True(match.Success, $"no service {name} in docker-compose.yml");
        return match.Groups[1].Value;
    }

    [Fact]
    public async Task Compose_Monitor_ServesOnAllInterfacesAtThePortItPublishesAndChecks()
    {
        var monitor = Service("monitor");
        var serve = Regex.Match(monitor, @"command: \[""serve"", ""--urls"", ""http://0\.0\.0\.0:(\d+)""\]");
        Assert.True(serve.Success, "the monitor runs `serve --urls http://0.0.0.0:PORT`");
        var port = serve.Groups[1].Value;
        Assert.Matches($@"- ""127\.0\.0\.1:\d+:{port}""", monitor);
        Assert.Contains($"EXPOSE {port}", Dockerfile, StringComparison.Ordinal);
        Assert.Contains($"CMD [\"serve\", \"--urls\", \"http://0.0.0.0:{port}\"]", Dockerfile, StringComparison.Ordinal);
        Assert.Matches(@"depends_on:\s+postgres:\s+condition: service_healthy\s+rabbitmq:\s+condition: service_healthy", monitor);

        var check = Regex.Match(monitor, @"test: \[""CMD"", ""dotnet"", ""/app/ceasefire\.dll"", ""(\w+)"", ""http://127\.0\.0\.1:(\d+)""\]");
        Assert.True(check.Success, "the monitor's health check runs a ceasefire command on a loopback URL");
        Assert.Equal(port, check.Groups[2].Value);
        // The health check's command exists and reads its URL: against a port nothing listens on, it says not ready (1), not usage error (2).
        var closed = Serving.LoopbackPort.Free();
        using var cli = new CliRunner();
        var (exit, output, error) = await cli.RunAsync(check.Groups[1].Value, $"http://127.0.0.1:{closed}");
        Assert.True(exit == 1 && output.StartsWith("not ready", StringComparison.Ordinal), $"exit {exit}: {output}{error}");
    }

    [Fact]
    public async Task Compose_Worker_RunsWorkOnTheMonitorsStoreAndBus()
    {
        var worker = Service("worker");
        var monitor = Service("monitor");
        var command = Regex.Match(worker, @"command: \[""(\w+)""\]");
        Assert.True(command.Success, "the worker runs one ceasefire command");
        Assert.Equal(Settings(monitor)["CEASEFIRE_STORE"], Settings(worker)["CEASEFIRE_STORE"]);
        Assert.Equal(Settings(monitor)["CEASEFIRE_BUS"], Settings(worker)["CEASEFIRE_BUS"]);
        Assert.DoesNotContain(ApiKeyVariable, worker, StringComparison.Ordinal);
        Assert.DoesNotContain("ports:", worker, StringComparison.Ordinal);
        Assert.Matches(@"depends_on:\s+postgres:\s+condition: service_healthy\s+rabbitmq:\s+condition: service_healthy", worker);
        // The command is one the program has, and it is the long-running worker role.
        using var cli = new CliRunner();
        var (exit, output, error) = await cli.RunAsync(command.Groups[1].Value, "--help");
        Assert.True(exit == 0, error);
        Assert.Contains("notification dispatcher", output, StringComparison.Ordinal);
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
        Assert.All(example.Where(e => e.Key.EndsWith("_USER", StringComparison.Ordinal) || e.Key.EndsWith("_PASSWORD", StringComparison.Ordinal) || e.Key.EndsWith("_KEY", StringComparison.Ordinal)),
            e => Assert.Equal("", e.Value));
        Assert.Contains("MONITOR_API_KEY", example.Keys);
    }

    [Fact]
    public void Compose_ServersAndMonitor_HaveHealthChecksAndNamedVolumes()
    {
        Assert.Equal(3, Regex.Matches(Compose, @"(?m)^    healthcheck:").Count);
        Assert.Equal(4, Regex.Matches(Compose, @"condition: service_healthy").Count);
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
