using CeasefireMonitor.Store.Port;
using CeasefireMonitor.Store.Postgres.Events;
using CeasefireMonitor.TestSupport;

namespace CeasefireMonitor.Store.Tests.Postgres;

/// <summary>The contract on real PostgreSQL, a fresh schema per test in a database of this class.</summary>
public sealed class PostgresEventStoreTests(PostgresTestDatabase database) : EventStoreContract, IClassFixture<PostgresTestDatabase>
{
    protected override async Task<IEventStore> CreateStoreAsync() => await PostgresEventStore.OpenAsync(await database.NewSchemaAsync());
}
