using VendorGrid.Domain.Contracts;
using VendorGrid.Domain.Contracts.Ledger;

namespace VendorGrid.Grains.Contracts;

/// <summary>
/// Group commit for one contract (issue 15). Commands that arrive while an append is in flight are not decided one
/// commit after another: they wait in a queue, and when the append in flight is done the whole queue is decided in
/// arrival order — each command against the book with the events of the commands before it — and appended in one
/// statement. Every caller is answered only once the append that carries its events has committed, so no acknowledged
/// change can be lost; a failed append fails every caller of its group (and only them) and rolls the book back.
/// <para>
/// The book is held twice. <see cref="Durable"/> holds exactly what is committed: every read, the deadline index and the
/// reminders use it, so nothing reads an event that is not durable. <see cref="Working"/> is the durable book plus the
/// group being appended: only decisions use it. A committed group is applied to the durable book; a failed one is undone
/// by rebuilding the working book from the durable one (rare, and in memory).
/// </para>
/// Not thread-safe beyond the queue itself: one owner (the grain, whose turns never run in parallel) uses the books.
/// </summary>
public sealed class ContractCommits
{
    private readonly string key;
    private readonly IContractHistory history;
    private readonly Queue<Waiting> waiting = new();
    private bool pumping;

    /// <param name="decide">The pure decision (ContractDecider) of one command against the working book.</param>
    /// <param name="committed">Runs after each committed group, before its callers are answered (the deadline index).</param>
    /// <param name="rebuilt">Runs whenever the working book is replaced: caches keyed by event counts must forget it.</param>
    public ContractCommits(string key, IContractHistory history, ContractBook durable, ContractBook working,
        Func<ContractBook, ContractCommand, Decision> decide, Func<IReadOnlyList<ContractEvent>, Task> committed, Action rebuilt)
    {
        (this.key, this.history, Durable, Working) = (key, history, durable, working);
        (Decide, Committed, Rebuilt) = (decide, committed, rebuilt);
    }

    /// <summary>A book built from <paramref name="events"/> for each side.</summary>
    public static (ContractBook Durable, ContractBook Working) Books(Domain.Contracts.Definition.ContractDefinition definition, IReadOnlyList<ContractEvent> events) =>
        (new ContractBook(definition).ApplyAll(events), new ContractBook(definition).ApplyAll(events));

    public ContractBook Durable { get; private set; }
    public ContractBook Working { get; private set; }
    private Func<ContractBook, ContractCommand, Decision> Decide { get; }
    private Func<IReadOnlyList<ContractEvent>, Task> Committed { get; }
    private Action Rebuilt { get; }

    /// <summary>The command's decision, once its events (if any) are committed.</summary>
    public Task<Decision> ExecuteAsync(ContractCommand command)
    {
        var caller = new Waiting(command);
        lock (waiting)
        {
            waiting.Enqueue(caller);
            if (pumping) return caller.Answer.Task;
            pumping = true;
        }
        _ = PumpAsync();
        return caller.Answer.Task;
    }

    /// <summary>One group after another until the queue is empty; never throws (each failure goes to its group's callers).</summary>
    private async Task PumpAsync()
    {
        while (true)
        {
            Waiting[] group;
            lock (waiting)
            {
                if (waiting.Count == 0) { pumping = false; return; }
                group = [.. waiting];
                waiting.Clear();
            }
            await CommitAsync(group);
        }
    }

    private async Task CommitAsync(Waiting[] group)
    {
        for (var attempt = 1; ; attempt++)
        {
            var events = new List<ContractEvent>();
            foreach (var caller in group)
            {
                try
                {
                    caller.Decision = Decide(Working, caller.Command);
                }
                catch (Exception e)
                {
                    caller.Answer.TrySetException(e);  // the decision is pure: nothing of it reached the book
                    continue;
                }
                Working.ApplyAll(caller.Decision.Events);
                events.AddRange(caller.Decision.Events);
            }
            var durable = false;
            try
            {
                if (events.Count > 0 && !await history.AppendAsync(key, events))
                {
                    // Another activation appended first: both books from what is stored, and the group decided again.
                    if (attempt == 2) throw new InvalidOperationException($"contract {key}: events could not be appended twice in a row");
                    (Durable, Working) = Books(Durable.Original, await history.ReadEventsAsync(key));
                    Rebuilt();
                    continue;
                }
                Durable.ApplyAll(events);
                durable = true;
                if (events.Count > 0) await Committed(events);
            }
            catch (Exception e)
            {
                if (!durable && events.Count > 0)
                {
                    Working = new ContractBook(Durable.Original).ApplyAll(Durable.Events);
                    Rebuilt();
                }
                foreach (var caller in group) caller.Answer.TrySetException(e);
                return;
            }
            foreach (var caller in group) caller.Answer.TrySetResult(caller.Decision!);
            return;
        }
    }

    private sealed class Waiting(ContractCommand command)
    {
        public ContractCommand Command { get; } = command;
        public Decision? Decision { get; set; }
        public TaskCompletionSource<Decision> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
