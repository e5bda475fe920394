using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace VendorGrid.Domain.Validation;

/// <summary>A problem with one field of an input, named by its JSON path (e.g. <c>penalties[2].cap.rate</c>).</summary>
public sealed record FieldError(string Path, string Message);

/// <summary>
/// The outcome of reading untrusted input: either a value or the complete list of field errors.
/// Input from people is expected to be wrong sometimes, so this is a result, not an exception.
/// </summary>
public sealed record Parsed<T>(T? Value, ImmutableArray<FieldError> Errors) where T : class
{
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => Value is not null && Errors.IsEmpty;

    public static Parsed<T> Ok(T value) => new(value, []);
    public static Parsed<T> Fail(IEnumerable<FieldError> errors) => new(null, [.. errors]);
    public static Parsed<T> Fail(string path, string message) => new(null, [new FieldError(path, message)]);
}
