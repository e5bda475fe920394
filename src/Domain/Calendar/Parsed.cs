using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace VendorGrid.Domain.Calendar;

/// <summary>
/// The outcome of reading untrusted input: either a value or the complete list of field errors.
/// Admin input is expected to be wrong sometimes, so this is a result, not an exception.
/// </summary>
public sealed record Parsed<T>(T? Value, ImmutableArray<FieldError> Errors) where T : class
{
    /// <summary>True when <see cref="Value"/> is present and there are no errors.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => Value is not null && Errors.IsEmpty;

    internal static Parsed<T> Ok(T value) => new(value, []);

    internal static Parsed<T> Fail(IEnumerable<FieldError> errors) => new(null, [.. errors]);
}
