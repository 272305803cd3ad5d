using System.CommandLine;
using CeasefireMonitor.Application.Storage;
using CeasefireMonitor.Cli.Commands;
using CeasefireMonitor.Cli.Hosting;

// Redirected output (a file, a pipe, a test) is not wrapped at 80 columns.
if (Console.IsOutputRedirected) Spectre.Console.AnsiConsole.Profile.Width = 240;
var configuration = Settings.Load();
using var log = Logging.Create(configuration);
var options = new GlobalOptions(configuration, log);
var root = new RootCommand("CeasefireMonitor: live status of every phase of every armed conflict, read from news articles")
{
    ReplayCommand.Create(options), IngestCommand.Create(options), ExtractCommand.Create(), StatusCommand.Create(options),
    TimelineCommand.Create(options), RebuildCommand.Create(options), WorkCommand.Create(options), RejectedCommand.Create(options), CeasefireMonitor.Cli.Subscribing.SubscribeCommand.Create(options), CeasefireMonitor.Cli.Evaluation.EvalCommand.Create(),
    CeasefireMonitor.Cli.Serving.ServeCommand.Create(options), CeasefireMonitor.Cli.Serving.HealthCommand.Create(),
};
root.Options.Add(options.Store);
root.Options.Add(options.Bus);

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors) Console.Error.WriteLine($"error: {error.Message}");
    return ExitCodes.UsageError;
}
try
{
    return await parse.InvokeAsync(new InvocationConfiguration
    {
        EnableDefaultExceptionHandler = false,
        // Ctrl-C/SIGTERM cancels the command; `serve` and `work` get this long to stop cleanly before the process is ended.
        ProcessTerminationTimeout = TimeSpan.FromSeconds(20),
    });
}
catch (Exception ex) when (ex is StoreLocationException or FormatException or CeasefireMonitor.Application.Projections.LeaseUnavailableException)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return ExitCodes.UsageError;
}
catch (Exception ex) when (StoreFailures.IsUnavailable(ex))
{
    Console.Error.WriteLine($"error: the store is unavailable: {ex.Message}");
    return ExitCodes.StoreUnavailable;
}
