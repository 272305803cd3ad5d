using CeasefireMonitor.Extraction;

namespace CeasefireMonitor.Application.Ingestion;

public static class DateOrders
{
    public static DateOrder Parse(string? value) =>
        Enum.TryParse<DateOrder>(value, ignoreCase: true, out var order) ? order : DateOrder.Unknown;
}
