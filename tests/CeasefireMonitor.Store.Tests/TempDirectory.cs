namespace CeasefireMonitor.Store.Tests;

/// <summary>A fresh directory for one test's database files, deleted with everything in it.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("ceasefire-store-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
