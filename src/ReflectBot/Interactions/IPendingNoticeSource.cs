namespace ReflectBot.Interactions;

/// <summary>
/// Something a feature must tell a person the next time they run any command, such as why their
/// check-ins stopped. The router asks every source after a command has been answered; a notice is
/// taken (and so shown) once.
/// </summary>
public interface IPendingNoticeSource
{
    /// <returns>The notice to show privately, or null when there is nothing to say.</returns>
    Task<string?> TakeAsync(ulong userId, CancellationToken cancellationToken);
}
