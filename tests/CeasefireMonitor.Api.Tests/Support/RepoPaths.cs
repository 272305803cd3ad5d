namespace CeasefireMonitor.Api.Tests.Support;

public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CeasefireMonitor.sln"))) return dir.FullName;
        throw new InvalidOperationException("CeasefireMonitor.sln not found above the test assembly");
    }
}
