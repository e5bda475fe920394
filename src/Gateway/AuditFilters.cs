using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace VendorGrid.Gateway;

/// <summary>
/// The audit list's filters: a resource (a contract id matches the rows whose route values start with it, so the
/// contract's ledger decisions, facts and incidents come with it), part of the caller's name, and a day range in
/// Asia/Shanghai (inclusive), read into the query's parameters $4..$7.
/// </summary>
public sealed record AuditFilters(string? Resource, string? Subject, DateTimeOffset? From, DateTimeOffset? Before)
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>Days the audit log can hold; outside them a day is refused rather than overflowing the range's end.</summary>
    private static readonly DateOnly Earliest = new(2000, 1, 1), Latest = new(2099, 12, 31);

    public static bool TryRead(string? resource, string? subject, string? from, string? to, out AuditFilters filters, out (string Path, string Message) problem)
    {
        filters = new(Blank(resource), Blank(subject), null, null);
        problem = default;
        if (filters.Resource is { Length: > 200 }) problem = ("resource", "must be at most 200 characters");
        else if (filters.Subject is { Length: > 200 }) problem = ("subject", "must be at most 200 characters");
        else if (!TryDay(from, out var first)) problem = ("from", "must be a date between 2000-01-01 and 2099-12-31, such as 2026-11-01");
        else if (!TryDay(to, out var last)) problem = ("to", "must be a date between 2000-01-01 and 2099-12-31, such as 2026-11-30");
        else if (first is not null && last is not null && last < first) problem = ("to", "must not be before from");
        else filters = filters with { From = first, Before = last?.AddDays(1) };
        return problem == default;
    }

    public void AddTo(NpgsqlCommand command)
    {
        command.Parameters.Add(new() { Value = (object?)Resource ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)Subject ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = From is { } f ? f.ToUniversalTime() : DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new() { Value = Before is { } b ? b.ToUniversalTime() : DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool TryDay(string? value, out DateTimeOffset? start)
    {
        start = null;
        if (string.IsNullOrWhiteSpace(value)) return true;
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || day < Earliest || day > Latest) return false;
        start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Beijing);
        return true;
    }
}
