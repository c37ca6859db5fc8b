using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ReflectBot.LocalDiscord.Control;

/// <summary>Control API: read what the bot did, and long-poll until it has done something.</summary>
internal static class ControlInspectionRoutes
{
    public static void Map(RouteGroupBuilder control, ServerState state)
    {
        control.MapGet("/requests", (long? since) => ControlHttp.Json(state.Requests.Since(since ?? 0)));
        control.MapGet("/requests/wait", WaitForRequestsAsync);
        control.MapGet("/channels/{id}/messages", (ulong id) => ControlHttp.Json(state.Messages.InChannel(id)
            .Select(m => new LocalMessage(m.Json.DeepClone(), m.AllowedMentions?.DeepClone(), m.Pings.MentionsEveryone,
                m.Pings.UserIds, m.Pings.RoleIds, m.Ephemeral, m.InteractionId))
            .ToList()));
        control.MapGet("/dm-counts", () => ControlHttp.Json(DirectMessageCounts.Read(state)));
        control.MapGet("/rate-limits", () =>
        {
            var (injectedRoute, injectedGlobal) = state.Faults.Storm.Injected();
            var (routeViolations, globalViolations) = state.Limits.Violations();
            return ControlHttp.Json(new RateLimitStats(state.Faults.Storm.IsActive(state.Time.GetUtcNow()), injectedRoute, injectedGlobal,
                routeViolations, globalViolations, state.Requests.Since(long.MaxValue).InvalidRequests)
            {
                RecentViolations = state.Limits.RecentViolations(),
            });
        });
        control.MapGet("/dm-counts/summary", () => ControlHttp.Json(DirectMessageCounts.Summarize(state)));
        control.MapGet("/dm-counts/wait", WaitForDirectMessagesAsync);
        control.MapGet("/interactions/summary", () =>
        {
            var (injected, answered, inTime, refused) = state.Interactions.Totals();
            return ControlHttp.Json(new InteractionSummary(injected, answered, inTime, injected - answered, refused));
        });
        control.MapGet("/attachments/{id}", (ulong id) => state.Messages.FindAttachment(id) is { } attachment
            ? Results.File(attachment.Content, attachment.ContentType, attachment.Filename)
            : ControlHttp.Error("Unknown attachment.", 404));
        control.MapGet("/commands", () => ControlHttp.Json(state.Commands.All()
            .Select(set => new RegisteredCommands(set.Scope == 0 ? null : set.Scope, set.Commands, set.RawBody))
            .ToList()));
        control.MapGet("/gateway", () => ControlHttp.Json(state.Sessions.Snapshot()));
        control.MapGet("/gateway/wait", WaitForGatewayAsync);

        async Task<IResult> WaitForRequestsAsync(string? method, string? path, int? count, long? since, int? timeoutMs, CancellationToken cancellationToken)
        {
            bool Matches(RequestRecord record) =>
                (method is null || string.Equals(record.Method, method, StringComparison.OrdinalIgnoreCase))
                && (path is null || PathMatches(record, path));
            var wanted = Math.Max(count ?? 1, 1);
            var reached = await state.Requests.Changed.WaitUntilAsync(
                () => state.Requests.Since(since ?? 0, Matches).Requests.Count >= wanted, ControlHttp.Timeout(timeoutMs), cancellationToken);
            return ControlHttp.Json(state.Requests.Since(since ?? 0, Matches), reached ? 200 : StatusCodes.Status408RequestTimeout);
        }

        async Task<IResult> WaitForDirectMessagesAsync(int? users, int? timeoutMs, CancellationToken cancellationToken)
        {
            var wanted = Math.Max(users ?? 1, 1);
            var reached = await state.Messages.Changed.WaitUntilAsync(
                () => state.Messages.TallySummary().Channels >= wanted, ControlHttp.Timeout(timeoutMs), cancellationToken);
            return ControlHttp.Json(DirectMessageCounts.Summarize(state), reached ? 200 : StatusCodes.Status408RequestTimeout);
        }

        async Task<IResult> WaitForGatewayAsync(string? @event, int? count, int? timeoutMs, CancellationToken cancellationToken)
        {
            var name = @event ?? "ready";
            try
            {
                _ = state.Sessions.Count(name);
            }
            catch (ArgumentException exception)
            {
                return ControlHttp.Error(exception.Message);
            }

            var reached = await state.Sessions.Changed.WaitUntilAsync(
                () => state.Sessions.Count(name) >= Math.Max(count ?? 1, 1), ControlHttp.Timeout(timeoutMs), cancellationToken);
            return ControlHttp.Json(state.Sessions.Snapshot(), reached ? 200 : StatusCodes.Status408RequestTimeout);
        }
    }

    /// <summary>A filter matches the redacted path or the route template; a trailing * matches a prefix.</summary>
    private static bool PathMatches(RequestRecord record, string filter)
    {
        var routePath = record.Route is { } route && route.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? route[(space + 1)..] : null;
        if (filter.EndsWith('*'))
        {
            var prefix = filter[..^1];
            return record.Path.StartsWith(prefix, StringComparison.Ordinal) || (routePath?.StartsWith(prefix, StringComparison.Ordinal) ?? false);
        }

        return string.Equals(record.Path, filter, StringComparison.Ordinal) || string.Equals(routePath, filter, StringComparison.Ordinal);
    }
}
