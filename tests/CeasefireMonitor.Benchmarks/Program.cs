using CeasefireMonitor.Benchmarks.CorpusEvents;
using CeasefireMonitor.Benchmarks.CorpusStore;
using CeasefireMonitor.Benchmarks.Figures;
using CeasefireMonitor.Benchmarks.Notifications;
using CeasefireMonitor.Benchmarks.ReadLog;
using CeasefireMonitor.Benchmarks.Replay;
using CeasefireMonitor.Benchmarks.StoreComparison;
using CeasefireMonitor.Benchmarks.Suite;

return args.FirstOrDefault() switch
{
    "replay" => await ReplayCommand.RunAsync(args[1..]),
    ReplayCommand.ChildVerb => await ReplayCommand.RunChildAsync(args[1..]),
    "figures" => await FiguresCommand.RunAsync(args[1..]),
    "corpus-events" => CorpusEventsCommand.Run(args[1..]),
    "corpus-store" => await CorpusStoreCommand.RunAsync(args[1..]),
    "stores" => await StoresCommand.RunAsync(args[1..]),
    "notify" => await NotifyCommand.RunAsync(args[1..]),
    "read-log" => await ReadLogCommand.RunAsync(args[1..]),
    _ => SuiteCommand.Run(args),
};
