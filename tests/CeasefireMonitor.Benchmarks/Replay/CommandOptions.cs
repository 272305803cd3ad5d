using System.Globalization;

namespace CeasefireMonitor.Benchmarks.Replay;

/// <summary>Options of the form "--name value" or "--flag"; anything else is an error.</summary>
public sealed class CommandOptions
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    private CommandOptions()
    {
    }

    public static CommandOptions Parse(IReadOnlyList<string> args, params string[] flags)
    {
        var options = new CommandOptions();
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            var name = args[i][2..];
            if (flags.Contains(name)) options._values[name] = null;
            else if (i + 1 < args.Count) options._values[name] = args[++i];
            else throw new ArgumentException($"Option --{name} needs a value.");
        }
        return options;
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public int Int(string name, int fallback) =>
        _values.TryGetValue(name, out var value) && value is not null
            ? int.Parse(value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)
            : fallback;

    public string? Text(string name) => _values.TryGetValue(name, out var value) ? value : null;

    public void RejectUnknown(params string[] known)
    {
        var unknown = _values.Keys.Where(k => !known.Contains(k)).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"Unknown option(s): {string.Join(", ", unknown.Select(u => "--" + u))}.");
    }
}
