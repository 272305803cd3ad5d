namespace CeasefireMonitor.Cli.Hosting;

public static class ExitCodes
{
    public const int Ok = 0;
    public const int InputRejected = 1;
    public const int UsageError = 2;
    public const int StoreUnavailable = 3;
}
