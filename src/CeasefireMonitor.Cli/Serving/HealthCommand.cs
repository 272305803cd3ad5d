using System.CommandLine;
using CeasefireMonitor.Cli.Hosting;

namespace CeasefireMonitor.Cli.Serving;

/// <summary>`ceasefire health [URL]`: asks a running `serve` whether it is ready; the container's health check (its image has no curl).</summary>
public static class HealthCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static Command Create()
    {
        var url = new Argument<string>("URL")
        {
            Description = $"The server's base address (default {ServeCommand.DefaultUrls})",
            DefaultValueFactory = _ => ServeCommand.DefaultUrls,
        };
        var command = new Command("health", "Exit 0 when the server's /health/ready answers Healthy, 1 otherwise") { url };
        command.SetAction(async (parse, ct) =>
        {
            var text = parse.GetValue(url)!;
            if (!Uri.TryCreate(text, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
            {
                Console.Error.WriteLine($"error: URL '{text}' is not an http:// or https:// address");
                return ExitCodes.UsageError;
            }
            using var client = new HttpClient { Timeout = Timeout };
            try
            {
                using var response = await client.GetAsync(new Uri(address, "/health/ready"), ct);
                var body = await response.Content.ReadAsStringAsync(ct);
                Console.WriteLine($"{(int)response.StatusCode} {body}");
                return response.IsSuccessStatusCode ? ExitCodes.Ok : ExitCodes.InputRejected;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                Console.WriteLine($"not ready: {ex.Message}");
                return ExitCodes.InputRejected;
            }
        });
        return command;
    }
}
