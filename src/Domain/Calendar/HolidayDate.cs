namespace VendorGrid.Domain.Calendar;

/// <summary>
/// One date named in a State Council holiday notice. The name is kept so that a statement can say
/// <em>why</em> a deadline moved (e.g. "09-15 – 09-17 中秋节"), not only that it did.
/// </summary>
/// <param name="Date">The civil date in mainland China.</param>
/// <param name="Name">The holiday block as the notice words it, e.g. <c>国庆节、中秋节</c>.</param>
public sealed record HolidayDate(DateOnly Date, string Name);

/// <summary>
/// A validation problem tied to the input field that caused it, so an admin API can return
/// RFC 9457 problem details listing each field instead of a single opaque message.
/// </summary>
/// <param name="Field">JSON-style path of the offending value, e.g. <c>work[0].date</c>.</param>
/// <param name="Message">What is wrong, in terms an administrator can fix.</param>
public sealed record FieldError(string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Field}: {Message}";
}
