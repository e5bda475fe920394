namespace VendorGrid.Domain.Calendar;

/// <summary>
/// One date named in a State Council holiday notice. The name is kept so that a statement can say
/// <em>why</em> a deadline moved (e.g. "09-15 – 09-17 中秋节"), not only that it did.
/// </summary>
/// <param name="Date">The civil date in mainland China.</param>
/// <param name="Name">The holiday block as the notice words it, e.g. <c>国庆节、中秋节</c>.</param>
public sealed record HolidayDate(DateOnly Date, string Name);

