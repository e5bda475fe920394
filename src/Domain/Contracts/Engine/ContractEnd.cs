using VendorGrid.Domain.Contracts.Definition;
using VendorGrid.Domain.Contracts.Facts;
using VendorGrid.Domain.Time;

namespace VendorGrid.Domain.Contracts.Engine;

/// <summary>
/// When the contract ends (DOMAIN.md §2 status): a recorded termination, or else the end of the term's last day. After
/// it no new instance arises and the vendor's lateness stops growing — except for duties that survive the end (the
/// clause says so) or fall due after it (a summary report, vacating, source code), and money still owed.
/// </summary>
internal sealed record ContractEnd(DateTimeOffset At, DateOnly LastDay, bool Terminated)
{
    public static ContractEnd Of(ContractDefinition definition, FactIndex facts)
    {
        var termEnd = Deadlines.EndOfDay(definition.Term.End);
        return facts.First<ContractTerminated>()?.OccurredAt is { } terminated && terminated < termEnd
            ? new(terminated, ShanghaiTime.LocalDate(terminated), true)
            : new(termEnd, definition.Term.End, false);
    }

    /// <summary>Whether lateness of an instance keeps growing after the end.</summary>
    public bool Survives(ObligationDefinition clause, DateTimeOffset? due) => clause.SurvivesEnd || due is null || due >= At;

    /// <summary>The instant up to which an instance of <paramref name="clause"/> can be late: <paramref name="at"/>, stopped at the end.</summary>
    public DateTimeOffset LateUntil(ObligationDefinition clause, DateTimeOffset? due, DateTimeOffset at) =>
        Survives(clause, due) || at <= At ? at : At;

    /// <summary>A period of a recurring or counted clause, cut at the end; null when it starts after it.</summary>
    public ServicePeriod? Cut(ServicePeriod period) =>
        period.First > LastDay ? null : period with { Last = period.Last > LastDay ? LastDay : period.Last };
}
