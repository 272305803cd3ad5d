using System.CommandLine;
using CeasefireMonitor.Api.Hosting;
using CeasefireMonitor.Cli.Hosting;
using Microsoft.Extensions.Hosting;
using Serilog;

namespace CeasefireMonitor.Cli.Serving;

/// <summary>`ceasefire serve`: the HTTP API and the dashboard (the Api project's application) over the store and bus of --store and --bus.</summary>
public static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create(GlobalOptions options)
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen (default {DefaultUrls}; loopback only unless told, e.g. http://0.0.0.0:8080 in a container)",
            DefaultValueFactory = _ => DefaultUrls,
        };
        var command = new Command("serve", "Serve the HTTP API, the live status stream and the dashboard until Ctrl-C or SIGTERM") { urls };
        command.SetAction(async (parse, ct) =>
        {
            // Only what was given on the command line overrides; otherwise the Store/Bus settings and CEASEFIRE_* apply, as in every command.
            var overrides = new Dictionary<string, string?>();
            if (parse.GetValue(options.Store) is { } store) overrides["Store"] = store;
            if (parse.GetValue(options.Bus) is { } bus) overrides["Bus"] = bus;
            // Logs go where every command's go: stderr from Logging:ConsoleLevel, the rolling file from Logging:FileLevel.
            await using var app = await MonitorApp.BuildAsync(["--urls", parse.GetValue(urls)!], overrides, logs => logs.WriteTo.Logger(options.Log), ct);
            await app.StartAsync(ct);
            Console.WriteLine($"Serving on {string.Join(", ", app.Urls)}; Ctrl-C stops.");
            // Ends on Ctrl-C/SIGTERM (System.CommandLine cancels ct) and stops Kestrel gracefully; open streams end on ApplicationStopping.
            await app.WaitForShutdownAsync(ct);
            Console.WriteLine("Stopped.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
