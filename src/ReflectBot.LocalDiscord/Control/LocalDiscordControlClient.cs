using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ReflectBot.LocalDiscord.Control;

/// <summary>
/// Typed client of the control API. Give it an HttpClient whose BaseAddress is
/// <see cref="LocalDiscordServer.ControlAddress"/>. Waits are long-polls with a timeout; a timeout throws
/// <see cref="TimeoutException"/>, any other refusal <see cref="LocalDiscordControlException"/>.
/// </summary>
public sealed class LocalDiscordControlClient
{
    private readonly HttpClient _http;

    public LocalDiscordControlClient(HttpClient httpClient)
    {
        _http = httpClient;
        if (_http.BaseAddress is null)
        {
            throw new ArgumentException("The HttpClient needs BaseAddress set to the server's ControlAddress.", nameof(httpClient));
        }
    }

    public Task<InjectedInteraction> InjectInteractionAsync(InjectInteractionRequest request, CancellationToken cancellationToken) =>
        SendAsync<InjectedInteraction>(HttpMethod.Post, "interactions", request, cancellationToken);

    public Task<InteractionState> GetInteractionAsync(ulong interactionId, CancellationToken cancellationToken) =>
        SendAsync<InteractionState>(HttpMethod.Get, $"interactions/{Id(interactionId)}", null, cancellationToken);

    /// <summary>Long-polls until the bot's initial response to the interaction has arrived.</summary>
    public Task<InteractionState> WaitForInitialResponseAsync(ulong interactionId, TimeSpan timeout, CancellationToken cancellationToken) =>
        SendAsync<InteractionState>(HttpMethod.Get, $"interactions/{Id(interactionId)}/response?timeoutMs={Ms(timeout)}", null, cancellationToken);

    /// <summary>Dispatches <paramref name="rawData"/> verbatim as the <c>d</c> of an event, even if it is not valid JSON.</summary>
    public async Task<int> RawDispatchAsync(string eventName, string rawData, CancellationToken cancellationToken)
    {
        var answer = await SendAsync<JsonObject>(HttpMethod.Post, "raw-dispatch", new RawDispatchRequest(eventName, rawData), cancellationToken);
        return answer["sequence"]!.GetValue<int>();
    }

    public Task RawFrameAsync(string text, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "raw-frame", new RawFrameRequest(Text: text), cancellationToken);

    /// <summary>Sends <paramref name="bytes"/> as one text frame, verbatim: they need not be valid UTF-8.</summary>
    public Task RawFrameBytesAsync(byte[] bytes, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "raw-frame", new RawFrameRequest(Base64: Convert.ToBase64String(bytes)), cancellationToken);

    /// <summary>Sends frames and raw dispatches in order; answers how many were sent.</summary>
    public async Task<int> SendRawBatchAsync(IReadOnlyList<RawGatewayItem> items, CancellationToken cancellationToken)
    {
        var answer = await SendAsync<JsonObject>(HttpMethod.Post, "raw-batch", new RawBatchRequest(items), cancellationToken);
        return answer["sent"]!.GetValue<int>();
    }

    public Task<InteractionSummary> GetInteractionSummaryAsync(CancellationToken cancellationToken) =>
        SendAsync<InteractionSummary>(HttpMethod.Get, "interactions/summary", null, cancellationToken);

    public Task<DirectMessageSummary> GetDirectMessageSummaryAsync(CancellationToken cancellationToken) =>
        SendAsync<DirectMessageSummary>(HttpMethod.Get, "dm-counts/summary", null, cancellationToken);

    /// <summary>Long-polls until at least <paramref name="users"/> people have a DM from the bot.</summary>
    public Task<DirectMessageSummary> WaitForDirectMessageUsersAsync(int users, TimeSpan timeout, CancellationToken cancellationToken) =>
        SendAsync<DirectMessageSummary>(HttpMethod.Get, $"dm-counts/wait?users={users}&timeoutMs={Ms(timeout)}", null, cancellationToken);

    public Task StartRestStormAsync(RestStormRequest storm, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "faults/rest-storm", storm, cancellationToken);

    public Task EndRestStormAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "faults/rest-storm/end", null, cancellationToken);

    public Task<RateLimitStats> GetRateLimitStatsAsync(CancellationToken cancellationToken) =>
        SendAsync<RateLimitStats>(HttpMethod.Get, "rate-limits", null, cancellationToken);

    public Task<RequestLogSnapshot> GetRequestsAsync(long sinceId, CancellationToken cancellationToken) =>
        SendAsync<RequestLogSnapshot>(HttpMethod.Get, $"requests?since={sinceId}", null, cancellationToken);

    /// <summary>
    /// Long-polls until <paramref name="count"/> requests after <paramref name="sinceId"/> match. <paramref name="path"/>
    /// matches the redacted path or the route template ("/channels/{channel_id}/messages"); a trailing * matches a prefix.
    /// </summary>
    public Task<RequestLogSnapshot> WaitForRequestsAsync(string? method, string? path, int count, TimeSpan timeout,
        CancellationToken cancellationToken, long sinceId = 0)
    {
        var query = $"requests/wait?count={count}&timeoutMs={Ms(timeout)}&since={sinceId}";
        query += method is null ? string.Empty : "&method=" + Uri.EscapeDataString(method);
        query += path is null ? string.Empty : "&path=" + Uri.EscapeDataString(path);
        return SendAsync<RequestLogSnapshot>(HttpMethod.Get, query, null, cancellationToken);
    }

    public Task<List<LocalMessage>> GetChannelMessagesAsync(ulong channelId, CancellationToken cancellationToken) =>
        SendAsync<List<LocalMessage>>(HttpMethod.Get, $"channels/{Id(channelId)}/messages", null, cancellationToken);

    /// <summary>For each user with at least one bot message in their DM channel: user id → how many messages it holds.</summary>
    public async Task<IReadOnlyDictionary<ulong, int>> GetDirectMessageCountsAsync(CancellationToken cancellationToken)
    {
        var counts = await SendAsync<Dictionary<string, int>>(HttpMethod.Get, "dm-counts", null, cancellationToken);
        return counts.ToDictionary(entry => ulong.Parse(entry.Key, NumberStyles.None, CultureInfo.InvariantCulture), entry => entry.Value);
    }

    public async Task<byte[]> GetAttachmentAsync(ulong attachmentId, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri($"attachments/{Id(attachmentId)}", UriKind.Relative), cancellationToken);
        await ThrowIfFailedAsync(response, cancellationToken);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    public Task<List<RegisteredCommands>> GetCommandsAsync(CancellationToken cancellationToken) =>
        SendAsync<List<RegisteredCommands>>(HttpMethod.Get, "commands", null, cancellationToken);

    public Task<GatewaySnapshot> GetGatewayAsync(CancellationToken cancellationToken) =>
        SendAsync<GatewaySnapshot>(HttpMethod.Get, "gateway", null, cancellationToken);

    /// <summary>Long-polls until the gateway counted <paramref name="count"/> of an event: ready, resumed, identify, connect, disconnect, heartbeat, invalid_session.</summary>
    public Task<GatewaySnapshot> WaitForGatewayAsync(string gatewayEvent, int count, TimeSpan timeout, CancellationToken cancellationToken) =>
        SendAsync<GatewaySnapshot>(HttpMethod.Get, $"gateway/wait?event={Uri.EscapeDataString(gatewayEvent)}&count={count}&timeoutMs={Ms(timeout)}", null, cancellationToken);

    public Task DropSocketAsync(CancellationToken cancellationToken) => SendAsync(HttpMethod.Post, "faults/drop-socket", null, cancellationToken);

    public Task StopHeartbeatAcksAsync(CancellationToken cancellationToken) => SendAsync(HttpMethod.Post, "faults/stop-heartbeat-acks", null, cancellationToken);

    public Task ResumeHeartbeatAcksAsync(CancellationToken cancellationToken) => SendAsync(HttpMethod.Post, "faults/resume-heartbeat-acks", null, cancellationToken);

    public Task SendReconnectAsync(CancellationToken cancellationToken) => SendAsync(HttpMethod.Post, "faults/reconnect", null, cancellationToken);

    public Task SendInvalidSessionAsync(bool resumable, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "faults/invalid-session", new InvalidSessionFaultRequest(resumable), cancellationToken);

    public Task CloseSocketAsync(int code, string? reason, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "faults/close", new CloseFaultRequest(code, reason), cancellationToken);

    public Task FailRestRequestsAsync(RestFaultRequest fault, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "faults/rest", fault, cancellationToken);

    /// <summary>Removes the bot from the seeded guild: GUILD_DELETE without <c>unavailable</c>; its REST calls then get 403 Missing Access.</summary>
    public Task<GuildEventSent> RemoveBotFromGuildAsync(CancellationToken cancellationToken) =>
        SendAsync<GuildEventSent>(HttpMethod.Post, "guild/remove-bot", null, cancellationToken);

    /// <summary>Adds the bot back to the seeded guild after a removal: GUILD_CREATE.</summary>
    public Task<GuildEventSent> AddBotToGuildAsync(CancellationToken cancellationToken) =>
        SendAsync<GuildEventSent>(HttpMethod.Post, "guild/add-bot", null, cancellationToken);

    /// <summary>Starts an outage of the seeded guild: GUILD_DELETE with <c>unavailable: true</c>; the bot stays a member.</summary>
    public Task<GuildEventSent> StartGuildOutageAsync(CancellationToken cancellationToken) =>
        SendAsync<GuildEventSent>(HttpMethod.Post, "faults/guild-outage", null, cancellationToken);

    /// <summary>Ends the outage: GUILD_CREATE.</summary>
    public Task<GuildEventSent> EndGuildOutageAsync(CancellationToken cancellationToken) =>
        SendAsync<GuildEventSent>(HttpMethod.Post, "faults/guild-outage/end", null, cancellationToken);

    public Task ResetFaultsAsync(CancellationToken cancellationToken) => SendAsync(HttpMethod.Post, "faults/reset", null, cancellationToken);

    private async Task<T> SendAsync<T>(HttpMethod method, string relative, object? body, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(method, relative, body, cancellationToken);
        return await response.Content.ReadFromJsonAsync<T>(ControlJson.Options, cancellationToken)
            ?? throw new LocalDiscordControlException(response.StatusCode, "Empty answer from the control API.");
    }

    private async Task SendAsync(HttpMethod method, string relative, object? body, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(method, relative, body, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string relative, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(relative, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: ControlJson.Options);
        }

        var response = await _http.SendAsync(request, cancellationToken);
        try
        {
            await ThrowIfFailedAsync(response, cancellationToken);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static async Task ThrowIfFailedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode == HttpStatusCode.RequestTimeout)
        {
            throw new TimeoutException($"The control API gave up waiting: {text}");
        }

        throw new LocalDiscordControlException(response.StatusCode, text);
    }

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private static long Ms(TimeSpan timeout) => (long)timeout.TotalMilliseconds;
}

public sealed class LocalDiscordControlException(HttpStatusCode status, string message)
    : Exception($"Control API answered {(int)status}: {message}")
{
    public HttpStatusCode Status { get; } = status;
}
