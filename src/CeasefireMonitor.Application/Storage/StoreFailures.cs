using System.Data.Common;

namespace CeasefireMonitor.Application.Storage;

/// <summary>Tells a store server that stopped answering from a fault in the request or the data.</summary>
public static class StoreFailures
{
    /// <summary>A lost connection, a server shutting down or refusing connections, a busy database: worth another try later.</summary>
    public static bool IsUnavailable(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
            if (ex is DbException db && (db.IsTransient || db.SqlState is { } state && (state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("57P", StringComparison.Ordinal))))
                return true;
        return false;
    }
}
