using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace VendorGrid.Tests.Notifications;

/// <summary>An HttpListener on 127.0.0.1 that answers with the given status codes in turn (the last one repeats) and keeps every request.</summary>
public sealed class LoopbackWebhookReceiver : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Queue<int> statuses;
    private readonly Task loop;

    public LoopbackWebhookReceiver(params int[] statuses)
    {
        this.statuses = new Queue<int>(statuses);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = ServeAsync();
    }

    public int Port { get; }
    public string Url => $"http://127.0.0.1:{Port}/hook";

    public ConcurrentQueue<(string PathAndQuery, Dictionary<string, string> Headers, string Body, int Answered)> Requests { get; } = new();

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            var status = statuses.Count > 1 ? statuses.Dequeue() : statuses.Peek();
            var headers = context.Request.Headers.AllKeys.OfType<string>().ToDictionary(k => k, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
            Requests.Enqueue((context.Request.Url!.PathAndQuery, headers, body, status));
            context.Response.StatusCode = status;
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await loop;
    }
}
