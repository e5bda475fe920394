using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using VendorGrid.Domain.Calendar;
using VendorGrid.Domain.Validation;
using VendorGrid.Grains.Calendar;

namespace VendorGrid.Silo.Storage;

/// <summary>
/// National holidays from the shipped data file plus the years an administrator added (vg.holiday_years),
/// with each institution's closures and hours (vg.institution_calendars). Every silo re-reads the tables
/// periodically, so a year added through one silo reaches the others within <see cref="RefreshEvery"/>.
/// </summary>
public sealed class PostgresCalendarSource(NpgsqlDataSource database, HolidayCalendarData shipped, ILogger<PostgresCalendarSource> log)
    : BackgroundService, ICalendarSource
{
    public static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(30);
    private volatile Snapshot current = new(WorkingCalendar.FromNational(shipped), new Dictionary<string, WorkingCalendar>());

    private sealed record Snapshot(WorkingCalendar National, IReadOnlyDictionary<string, WorkingCalendar> Institutions);

    public WorkingCalendar ForInstitution(string institutionId) =>
        current.Institutions.TryGetValue(institutionId, out var calendar) ? calendar : current.National;

    public async Task RefreshAsync(CancellationToken cancellation = default)
    {
        var national = WorkingCalendar.FromNational(shipped);
        await using (var years = database.CreateCommand("SELECT announcement FROM vg.holiday_years ORDER BY year"))
        await using (var reader = await years.ExecuteReaderAsync(cancellation))
            while (await reader.ReadAsync(cancellation))
            {
                var parsed = HolidayCalendarData.ParseAnnouncement(reader.GetString(0));
                if (parsed.IsValid) national = national.WithYear(parsed.Value);
            }
        var institutions = new Dictionary<string, WorkingCalendar>(StringComparer.Ordinal);
        await using (var rows = database.CreateCommand("SELECT institution_id, closures, work_starts, work_ends FROM vg.institution_calendars"))
        await using (var reader = await rows.ExecuteReaderAsync(cancellation))
            while (await reader.ReadAsync(cancellation))
                institutions[reader.GetString(0)] = national
                    .WithClosures(reader.GetFieldValue<DateOnly[]>(1))
                    .WithHours(new WorkingHours(reader.GetFieldValue<TimeOnly>(2), reader.GetFieldValue<TimeOnly>(3)));
        current = new Snapshot(national, institutions);
    }

    public async Task<IReadOnlyList<FieldError>> AddYearAsync(string announcementJson, string addedBy, CancellationToken cancellation = default)
    {
        var parsed = HolidayCalendarData.ParseAnnouncement(announcementJson);
        if (!parsed.IsValid) return parsed.Errors;
        var announcement = parsed.Value;
        try { current.National.WithYear(announcement); }
        catch (ArgumentException e) { return [new FieldError("year", e.Message)]; }
        await using var command = database.CreateCommand("""
            INSERT INTO vg.holiday_years (year, announcement, added_by) VALUES ($1, $2, $3)
            ON CONFLICT (year) DO UPDATE SET announcement = excluded.announcement, added_by = excluded.added_by, added_at = now()
            """);
        command.Parameters.AddWithValue(announcement.Year);
        command.Parameters.AddWithValue(announcementJson);
        command.Parameters.AddWithValue(addedBy);
        await command.ExecuteNonQueryAsync(cancellation);
        await RefreshAsync(cancellation);
        return [];
    }

    public async Task SetInstitutionCalendarAsync(string institutionId, IReadOnlyCollection<DateOnly> closures, WorkingHours hours, CancellationToken cancellation = default)
    {
        await using var command = database.CreateCommand("""
            INSERT INTO vg.institution_calendars (institution_id, closures, work_starts, work_ends, updated_at) VALUES ($1, $2, $3, $4, now())
            ON CONFLICT (institution_id) DO UPDATE SET closures = excluded.closures, work_starts = excluded.work_starts,
                work_ends = excluded.work_ends, updated_at = now()
            """);
        command.Parameters.AddWithValue(institutionId);
        command.Parameters.AddWithValue(closures.Order().ToArray());
        command.Parameters.AddWithValue(hours.Start);
        command.Parameters.AddWithValue(hours.End);
        await command.ExecuteNonQueryAsync(cancellation);
        await RefreshAsync(cancellation);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RefreshEvery);
        do
        {
            try { await RefreshAsync(stoppingToken); }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                log.LogWarning(e, "Calendar refresh failed; keeping the previous calendar");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
