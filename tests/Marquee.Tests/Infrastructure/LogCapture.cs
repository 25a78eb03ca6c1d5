using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Marquee.Tests.Infrastructure;

/// <summary>A logger provider that keeps what an app logs at <see cref="MinimumLevel"/> and above, for tests that read the log.</summary>
public sealed class LogCapture(LogLevel minimumLevel = LogLevel.Warning) : ILoggerProvider
{
    public sealed record Entry(LogLevel Level, string Category, string Message, Exception? Exception)
    {
        public override string ToString() => $"{Level} {Category}: {Message}{(Exception is null ? "" : "\n" + Exception)}";
    }

    public LogLevel MinimumLevel { get; } = minimumLevel;

    public ConcurrentQueue<Entry> Entries { get; } = new();

    private readonly Lock gate = new();
    private readonly List<(Func<Entry, bool> Match, TaskCompletionSource<Entry> Seen)> waiters = [];

    /// <summary>
    /// The first entry that matches, logged already or still to come: how a test waits for what a background service
    /// did, on the event itself rather than by polling. Bound the wait only as a guard against a hang.
    /// </summary>
    public Task<Entry> WaitForAsync(Func<Entry, bool> match)
    {
        lock (gate)
        {
            if (Entries.FirstOrDefault(match) is { } logged) return Task.FromResult(logged);
            var seen = new TaskCompletionSource<Entry>(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((match, seen));
            return seen.Task;
        }
    }

    private void Add(Entry entry)
    {
        lock (gate)
        {
            Entries.Enqueue(entry);
            foreach (var waiter in waiters.Where(w => w.Match(entry)).ToList())
            {
                waiter.Seen.TrySetResult(entry);
                waiters.Remove(waiter);
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= capture.MinimumLevel;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) capture.Add(new Entry(logLevel, category, formatter(state, exception), exception));
        }
    }
}
