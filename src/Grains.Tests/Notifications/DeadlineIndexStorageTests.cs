using Npgsql;
using VendorGrid.Grains.Reminders;
using VendorGrid.Silo.Storage;
using VendorGrid.Tests.Infrastructure;

namespace VendorGrid.Tests.Notifications;

/// <summary>vg.deadline_index as the contract grain writes it: a whole replacement, or the rows a committed group moved.</summary>
public sealed class DeadlineIndexStorageTests() : DatabaseTest("deadline-index")
{
    private const string Contract = "inst-a/c-1";
    private static readonly DateTimeOffset Due = new(2026, 12, 10, 17, 0, 0, TimeSpan.FromHours(8));

    private static DeadlineRow Row(string id, string status = "open", string? point = "1d-before", DateTimeOffset? next = null) =>
        new(id, "inst-a", "vend-b", "vendor", "vendor:vend-b", $"义务 {id}", Due, status, point, point is null ? null : next ?? Due.AddDays(-1));

    [Fact]
    public async Task AnUpdate_UpsertsTheMovedRows_RemovesTheGoneOnes_AndLeavesTheOthers()
    {
        var index = new PostgresDeadlineIndex(Source);
        await index.ReplaceAsync(Contract, [Row("a"), Row("b"), Row("c", "late", point: null)]);

        // b moved (late now, no more reminders), c is met (gone), d is new.
        await index.UpdateAsync(Contract, [Row("b", "late", point: null), Row("d", next: Due.AddHours(-2))], ["c"]);

        Assert.Equal([Row("a"), Row("b", "late", point: null), Row("d", next: Due.AddHours(-2))], await index.ReadAsync(Contract));
    }

    [Fact]
    public async Task AFailingUpdate_ChangesNothing_TheDeleteIsRolledBackWithIt()
    {
        var index = new PostgresDeadlineIndex(Source);
        await index.ReplaceAsync(Contract, [Row("a"), Row("b")]);

        // A row the table refuses (no title) in the same batch as the delete of a.
        await Assert.ThrowsAsync<PostgresException>(() => index.UpdateAsync(Contract, [Row("b") with { Title = null! }], ["a"]));

        Assert.Equal([Row("a"), Row("b")], await index.ReadAsync(Contract));
    }

    [Fact]
    public async Task AReplacement_WritesEveryRow_AndAnEmptyOneClearsTheContract()
    {
        var index = new PostgresDeadlineIndex(Source);
        await index.ReplaceAsync(Contract, [Row("a"), Row("b")]);
        await index.ReplaceAsync(Contract, [Row("c", "late", point: null)]);
        Assert.Equal([Row("c", "late", point: null)], await index.ReadAsync(Contract));

        await index.ReplaceAsync(Contract, []);
        Assert.Empty(await index.ReadAsync(Contract));
    }
}
