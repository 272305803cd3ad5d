using CeasefireMonitor.Store.Port;

namespace CeasefireMonitor.Store.Tests;

/// <summary>What every IReadModelStore must do; an implementation's test class only says how to create a fresh store.</summary>
public abstract class ReadModelStoreContract : IAsyncLifetime
{
    private readonly List<IReadModelStore> _stores = [];

    /// <summary>A new store with no documents or checkpoints, isolated from every other test.</summary>
    protected abstract Task<IReadModelStore> CreateStoreAsync();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var store in _stores.OfType<IAsyncDisposable>())
        {
            await store.DisposeAsync();
        }
    }

    private async Task<IReadModelStore> NewStoreAsync()
    {
        var store = await CreateStoreAsync();
        _stores.Add(store);
        return store;
    }

    [Fact]
    public async Task GetCheckpointAsync_NewProjection_IsZero()
    {
        var store = await NewStoreAsync();

        Assert.Equal(0, await store.GetCheckpointAsync("phases"));
        Assert.Null(await store.LoadAsync("phases", "truce-1"));
        Assert.Empty(await store.LoadAllAsync("phases"));
    }

    [Fact]
    public async Task CommitAsync_Changes_StoresDocumentsAndCheckpointTogether()
    {
        var store = await NewStoreAsync();

        await store.CommitAsync("phases", [new("truce-2", """{"b":2}"""), new("truce-1", """{"a":1}""")], 0, 7);

        Assert.Equal(7, await store.GetCheckpointAsync("phases"));
        Assert.Equal("""{"a":1}""", await store.LoadAsync("phases", "truce-1"));
        Assert.Equal([("truce-1", """{"a":1}"""), ("truce-2", """{"b":2}""")], await store.LoadAllAsync("phases"));
    }

    [Fact]
    public async Task CommitAsync_ExistingKey_ReplacesDocument()
    {
        var store = await NewStoreAsync();
        await store.CommitAsync("phases", [new("truce-1", """{"v":1}""")], 0, 1);

        await store.CommitAsync("phases", [new("truce-1", """{"v":2}""")], 1, 2);

        Assert.Equal([("truce-1", """{"v":2}""")], await store.LoadAllAsync("phases"));
    }

    [Fact]
    public async Task CommitAsync_StaleExpectedCheckpoint_ThrowsAndChangesNothing()
    {
        var store = await NewStoreAsync();
        await store.CommitAsync("phases", [new("truce-1", """{"v":1}""")], 0, 5);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => store.CommitAsync("phases", [new("truce-1", """{"v":2}"""), new("truce-2", "{}")], 3, 6));

        Assert.Equal(5, await store.GetCheckpointAsync("phases"));
        Assert.Equal([("truce-1", """{"v":1}""")], await store.LoadAllAsync("phases"));
    }

    [Fact]
    public async Task CommitAsync_NullJson_DeletesDocument()
    {
        var store = await NewStoreAsync();
        await store.CommitAsync("phases", [new("truce-1", "{}"), new("truce-2", "{}")], 0, 1);

        await store.CommitAsync("phases", [new("truce-1", null), new("truce-9", null)], 1, 2);

        Assert.Null(await store.LoadAsync("phases", "truce-1"));
        Assert.Equal(["truce-2"], (await store.LoadAllAsync("phases")).Select(d => d.Key));
        Assert.Equal(2, await store.GetCheckpointAsync("phases"));
    }

    [Fact]
    public async Task CommitAsync_CheckpointBackwards_Throws()
    {
        var store = await NewStoreAsync();
        await store.CommitAsync("phases", [], 0, 5);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.CommitAsync("phases", [], 5, 4));

        Assert.Equal(5, await store.GetCheckpointAsync("phases"));
    }

    [Fact]
    public async Task CommitAsync_SameKeyInTwoProjections_KeepsThemApart()
    {
        var store = await NewStoreAsync();

        await store.CommitAsync("phases", [new("truce-1", """{"p":1}""")], 0, 3);
        await store.CommitAsync("alerts", [new("truce-1", """{"a":1}""")], 0, 9);

        Assert.Equal("""{"p":1}""", await store.LoadAsync("phases", "truce-1"));
        Assert.Equal("""{"a":1}""", await store.LoadAsync("alerts", "truce-1"));
        Assert.Equal((3L, 9L), (await store.GetCheckpointAsync("phases"), await store.GetCheckpointAsync("alerts")));
    }

    [Fact]
    public async Task ReplaceAsync_ExistingDocuments_LeavesOnlyTheNewOnesAndTheirCheckpoint()
    {
        var store = await NewStoreAsync();
        await store.CommitAsync("phases", [new("truce-1", "{}"), new("truce-2", "{}")], 0, 9);
        await store.CommitAsync("alerts", [new("truce-1", "{}")], 0, 4);

        await store.ReplaceAsync("phases", [new("truce-3", """{"v":3}"""), new("truce-2", """{"v":2}""")], 9, 6);

        Assert.Equal([("truce-2", """{"v":2}"""), ("truce-3", """{"v":3}""")], await store.LoadAllAsync("phases"));
        Assert.Equal(6, await store.GetCheckpointAsync("phases"));
        Assert.Equal(4, await store.GetCheckpointAsync("alerts"));
        Assert.Single(await store.LoadAllAsync("alerts"));
    }

    [Fact]
    public async Task ReplaceAsync_StaleExpectedCheckpoint_ThrowsAndChangesNothing()
    {
        var store = await NewStoreAsync();
        await store.CommitAsync("phases", [new("truce-1", """{"v":1}""")], 0, 5);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.ReplaceAsync("phases", [new("truce-2", "{}")], 3, 7));

        Assert.Equal(5, await store.GetCheckpointAsync("phases"));
        Assert.Equal([("truce-1", """{"v":1}""")], await store.LoadAllAsync("phases"));
    }

    [Fact]
    public async Task ReplaceAsync_NewProjection_StoresDocumentsAndCheckpoint()
    {
        var store = await NewStoreAsync();

        await store.ReplaceAsync("phases", [new("truce-1", "{}")], 0, 2);

        Assert.Equal(["truce-1"], (await store.LoadAllAsync("phases")).Select(d => d.Key));
        Assert.Equal(2, await store.GetCheckpointAsync("phases"));
    }

    [Fact]
    public async Task ResetAsync_Projection_DeletesItsDocumentsAndCheckpointOnly()
    {
        var store = await NewStoreAsync();
        await store.CommitAsync("phases", [new("truce-1", "{}"), new("truce-2", "{}")], 0, 4);
        await store.CommitAsync("alerts", [new("truce-1", "{}")], 0, 4);

        await store.ResetAsync("phases");

        Assert.Equal(0, await store.GetCheckpointAsync("phases"));
        Assert.Empty(await store.LoadAllAsync("phases"));
        Assert.Equal(4, await store.GetCheckpointAsync("alerts"));
        Assert.Single(await store.LoadAllAsync("alerts"));
        await store.CommitAsync("phases", [new("truce-1", "{}")], 0, 1);
    }
}
