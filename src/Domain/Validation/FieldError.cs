namespace VendorGrid.Domain.Validation;

/// <summary>A problem with one field of an input, named by its JSON path (e.g. <c>penalties[2].cap.rate</c>).</summary>
public sealed record FieldError(string Path, string Message);

/// <summary>Either a value or the field errors that prevented it; nothing half-valid gets through.</summary>
public sealed record Validated<T>(T? Value, IReadOnlyList<FieldError> Errors) where T : class
{
    public bool IsValid => Errors.Count == 0 && Value is not null;

    public static Validated<T> Ok(T value) => new(value, []);
    public static Validated<T> Fail(IReadOnlyList<FieldError> errors) => new(null, errors);
    public static Validated<T> Fail(string path, string message) => new(null, [new FieldError(path, message)]);
}
