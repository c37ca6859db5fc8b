namespace ReflectBot.Data.Checkins;

/// <summary>
/// What an undeliverable DM did to the subscription: the closed DMs in a row so far, and whether
/// that made check-ins stop (the subscription is now unreachable).
/// </summary>
public sealed record DeliveryFailureOutcome(int ConsecutiveFailures, bool Stopped);
