using Microsoft.Extensions.Options;
using ReflectBot.Core.Checkins;
using ReflectBot.Data.Checkins;
using ReflectBot.Interactions;

namespace ReflectBot.Commands.Checkins;

/// <summary>Tells a person, once, that their check-ins stopped because DMs could not reach them.</summary>
public sealed class UnreachableCheckinNotice(CheckinRepository repository, IOptions<CheckinOptions> options) : IPendingNoticeSource
{
    public async Task<string?> TakeAsync(ulong userId, CancellationToken cancellationToken)
        => await repository.TakeUnreachableNoticeAsync(userId, cancellationToken) ? CheckinTexts.UnreachableNotice(options.Value.FailuresBeforeStop) : null;
}
