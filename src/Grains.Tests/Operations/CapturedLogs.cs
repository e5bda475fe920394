using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace VendorGrid.Tests.Operations;

/// <summary>
/// Every log line of an app at every level, written out the way a structured formatter sees it: message, the
/// message's named values, every scope's values and the exception, so a test can search all of it for a secret.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<CapturedLine> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);
    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;
    public void Dispose() { }

    public sealed record CapturedLine(string Category, LogLevel Level, string Text, IReadOnlyDictionary<string, string> Scope);

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner.scopes.Push(state);
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scope = new Dictionary<string, string>();
            var text = new System.Text.StringBuilder(formatter(state, exception)).Append('\n').Append(exception);
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
                foreach (var (key, value) in values) text.Append('\n').Append(key).Append('=').Append(value);
            owner.scopes.ForEachScope((item, _) =>
            {
                text.Append("\nscope: ").Append(item);
                if (item is IEnumerable<KeyValuePair<string, object?>> pairs)
                    foreach (var (key, value) in pairs) scope[key] = value?.ToString() ?? "";
            }, (object?)null);
            foreach (var (key, value) in scope) text.Append('\n').Append(key).Append('=').Append(value);
            owner.Lines.Enqueue(new CapturedLine(category, logLevel, text.ToString(), scope));
        }
    }
}
