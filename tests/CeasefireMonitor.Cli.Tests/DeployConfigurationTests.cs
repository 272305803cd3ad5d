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
    public void Dockerfile_AndCompose_AgreeOnStoreAndVolume()
    {
        var compose = Settings(Compose);
        var dockerfile = Settings(Dockerfile);
        Assert.Equal(compose["CEASEFIRE_STORE"], dockerfile["CEASEFIRE_STORE"]);
        var storeFolder = Path.GetDirectoryName(compose["CEASEFIRE_STORE"])!;
        Assert.Contains($"VOLUME {storeFolder}", Dockerfile, StringComparison.Ordinal);
        Assert.Contains($":{storeFolder}", Compose, StringComparison.Ordinal);
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
