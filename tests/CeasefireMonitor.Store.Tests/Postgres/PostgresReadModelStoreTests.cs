using CeasefireMonitor.Store.Port;
using CeasefireMonitor.Store.Postgres.ReadModels;
using CeasefireMonitor.TestSupport;

namespace CeasefireMonitor.Store.Tests.Postgres;

/// <summary>The read-model contract on real PostgreSQL, a fresh schema per test in a database of this class.</summary>
public sealed class PostgresReadModelStoreTests(PostgresTestDatabase database) : ReadModelStoreContract, IClassFixture<PostgresTestDatabase>
{
    protected override async Task<IReadModelStore> CreateStoreAsync() => await PostgresReadModelStore.OpenAsync(await database.NewSchemaAsync());
}
