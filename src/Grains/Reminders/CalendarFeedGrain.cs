using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Orleans.Concurrency;

namespace VendorGrid.Grains.Reminders;

/// <inheritdoc cref="ICalendarFeedGrain"/>
[StatelessWorker, GrainType("calendar-feed")]
public sealed class CalendarFeedGrain(INotificationStore store) : Grain, ICalendarFeedGrain
{
    public async Task<string?> GetIcsAsync()
    {
        if (await store.FeedOwnerAsync(this.GetPrimaryKeyString()) is not { } owner) return null;
        return Ics(await store.DeadlinesAsync(owner, 1000));
    }

    /// <summary>One event per open or late deadline, at its due instant, with a stable UID per obligation instance.</summary>
    public static string Ics(IEnumerable<(string ContractKey, DeadlineRow Row)> deadlines)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//VendorGrid//Deadlines//ZH" };
        calendar.AddProperty("X-WR-CALNAME", "VendorGrid 合同期限");
        foreach (var (contract, row) in deadlines)
        {
            var due = new CalDateTime(row.DueAt.UtcDateTime);
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{contract}/{row.ObligationId}@vendorgrid",
                Summary = row.Status == "late" ? $"[已逾期] {row.Title}" : row.Title,
                Description = $"合同 {contract}，义务 {row.ObligationId}，截止 {row.DueAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}（北京时间）",
                DtStart = due,
                DtEnd = due,
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
