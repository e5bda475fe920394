namespace VendorGrid.Grains.Jobs;

// Hangfire stores the type a recurring job was registered with and the dashboard loads that type to show the job.
// Registering against these interfaces (implemented in the silo) means the gateway, which hosts the dashboard but
// not the silo assembly, can resolve every job it renders.

/// <summary>Proves the job server is alive (one row per minute).</summary>
public interface IHeartbeatJob { Task BeatAsync(); }

/// <summary>Sends due reminders for every contract with a deadline at or before now.</summary>
public interface IDeadlineSweepJob { Task SweepAsync(); }

/// <summary>Delivers queued e-mails and webhooks, with retries.</summary>
public interface INotificationDispatchJob { Task DispatchAsync(); }

/// <summary>The morning digest per party.</summary>
public interface IDailyDigestJob { Task RunAsync(); }

/// <summary>Issues last month's statements.</summary>
public interface IMonthlyStatementJob { Task RunAsync(); }

/// <summary>Prunes ended sessions, lapsed invitations and expired idempotency keys.</summary>
public interface IHousekeepingJob { Task RunAsync(); }
