namespace CeasefireMonitor.Store.Tests;

internal static class AsyncEnumerables
{
    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>Takes the first items of an endless sequence such as a subscription, then stops it.</summary>
    public static async Task<List<T>> TakeAsync<T>(this IAsyncEnumerable<T> source, int count)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
            if (list.Count == count)
            {
                break;
            }
        }

        return list;
    }
}
