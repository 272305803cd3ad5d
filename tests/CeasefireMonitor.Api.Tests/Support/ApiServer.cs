using System.Net.Http.Json;
using CeasefireMonitor.Api.Hosting;
using CeasefireMonitor.Application.Ingestion;
using CeasefireMonitor.Application.Projections;
using CeasefireMonitor.Application.Storage;
using CeasefireMonitor.Extraction;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CeasefireMonitor.Api.Tests.Support;

/// <summary>The real API on Kestrel at 127.0.0.1 on a free port, over a fresh SQLite file filled by ingesting the seeds.</summary>
public class ApiServer : IAsyncLifetime
{
    public const string Key = "test-key-8d1f0c2b";

    public string Folder { get; } = Directory.CreateTempSubdirectory("cm-api-").FullName;
    public string StorePath => Path.Combine(Folder, "store.db");
    public WebApplication App { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;

    protected virtual bool ReplaySeeds => true;

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Store"] = StorePath, ["Bus"] = "memory", ["Api:Key"] = Key, ["Logging:File"] = Path.Combine(Folder, "log-.clef"),
    };

    /// <summary>Where the server's logs go; null: the console, as in production.</summary>
    protected virtual Func<Serilog.LoggerConfiguration, Serilog.LoggerConfiguration>? LogSinks => null;

    public async Task InitializeAsync()
    {
        if (ReplaySeeds) await ReplayAsync(StorePath, RepoPaths.Seeds);
        App = await MonitorApp.BuildAsync(["--urls", "http://127.0.0.1:0"], Settings, LogSinks);
        await App.StartAsync();
        BaseAddress = new Uri(App.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public HttpRequestMessage PostArticle(object body, string? key = Key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = JsonContent.Create(body) };
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return request;
    }

    /// <summary>Fills a store the way `ceasefire replay` does, before the server opens it.</summary>
    private static async Task ReplayAsync(string path, string folder)
    {
        await using var store = await MonitorStore.OpenAsync(path);
        var ingestion = new IngestionService(store, ArticleExtractor.CreateDefault(), TimeProvider.System, Serilog.Log.Logger);
        foreach (var item in ManifestReader.Read(folder))
        {
            var outcome = item.Input is { } input ? await ingestion.IngestAsync(input) : await ingestion.RejectAsync(item);
            if (outcome.Status != IngestStatus.Ingested) throw new InvalidOperationException($"seed {outcome.Input} was not ingested: {outcome.Reason}");
        }
        await new ProjectionRunner(store, Serilog.Log.Logger).CatchUpAsync();
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (App is not null)
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
        Directory.Delete(Folder, recursive: true);
    }
}

/// <summary>A server whose configuration holds no API key.</summary>
public sealed class KeylessApiServer : ApiServer
{
    protected override bool ReplaySeeds => false;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Store"] = StorePath, ["Bus"] = "memory" };
}

/// <summary>A server on an empty store whose bus is the given URL, for the readiness checks.</summary>
public sealed class BusApiServer(string bus) : ApiServer
{
    protected override bool ReplaySeeds => false;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Store"] = StorePath, ["Bus"] = bus };
}

/// <summary>A server over the seeds whose Serilog events are kept in memory, to check what is logged.</summary>
public sealed class LogCapturingApiServer : ApiServer
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<Serilog.Events.LogEvent> _events = new();

    public IReadOnlyList<Serilog.Events.LogEvent> Events => [.. _events];

    protected override Func<Serilog.LoggerConfiguration, Serilog.LoggerConfiguration>? LogSinks =>
        logs => logs.WriteTo.Sink(new CollectingSink(_events));

    private sealed class CollectingSink(System.Collections.Concurrent.ConcurrentQueue<Serilog.Events.LogEvent> events) : Serilog.Core.ILogEventSink
    {
        public void Emit(Serilog.Events.LogEvent logEvent) => events.Enqueue(logEvent);
    }
}

/// <summary>A server over the seeds with Api:ProtectReads set: reads need the key too.</summary>
public sealed class ProtectedReadsApiServer : ApiServer
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings) { ["Api:ProtectReads"] = "true" };
}
