using System.Text;
using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Store.Tests;

/// <summary>Builds events with fresh ids and distinguishable payloads.</summary>
internal static class TestEvents
{
    public static EventData One(string type = "Tested", string data = "{}") =>
        new(Guid.NewGuid(), type, Encoding.UTF8.GetBytes(data));

    public static EventData[] Batch(int count, string type = "Tested") =>
        [.. Enumerable.Range(0, count).Select(i => One(type, $$"""{"n":{{i}}}"""))];
}
