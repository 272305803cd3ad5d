namespace CeasefireMonitor.Messaging.Bus;

/// <summary>Where notifications go: MassTransit's in-memory transport (the embedded default) or a RabbitMQ broker.</summary>
public sealed record BusAddress(string Host, ushort Port, string VirtualHost, string Username, string Password)
{
    public static BusAddress? InMemory => null;

    /// <summary>Parses rabbitmq://user:pass@host:port/vhost; null, empty or "memory" mean in-memory. Credentials are required: there is no default user.</summary>
    public static BusAddress? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Equals("memory", StringComparison.OrdinalIgnoreCase)) return InMemory;
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("rabbitmq" or "amqp"))
            throw new FormatException($"--bus '{Redact(value)}': expected rabbitmq://user:password@host:port/vhost or 'memory'");
        var credentials = uri.UserInfo.Split(':', 2);
        if (credentials.Length != 2 || credentials[0].Length == 0 || credentials[1].Length == 0)
            throw new FormatException($"--bus '{Redact(value)}': the URL must carry a user and a password (there is no default user)");
        var vhost = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        return new BusAddress(uri.Host, (ushort)(uri.IsDefaultPort || uri.Port < 0 ? 5672 : uri.Port), vhost.Length == 0 ? "/" : vhost,
            Uri.UnescapeDataString(credentials[0]), Uri.UnescapeDataString(credentials[1]));
    }

    public override string ToString() => $"rabbitmq://{Username}:***@{Host}:{Port}/{VirtualHost}";

    private static string Redact(string value) =>
        System.Text.RegularExpressions.Regex.Replace(value, "(//[^:/@]+:)[^@]*@", "$1***@");
}
