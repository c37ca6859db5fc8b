using System.Diagnostics.CodeAnalysis;
using NodaTime;
using NodaTime.TimeZones;

namespace ReflectBot.Core.Checkins;

/// <summary>
/// Finds IANA time zones by id, and suggests them by id, city or country, from the TZDB data NodaTime embeds,
/// so every machine knows the same zones.
/// </summary>
public static class TimeZoneDirectory
{
    /// <summary>Discord's limit on the name of an autocomplete choice.</summary>
    public const int MaxLabelLength = 100;

    private const string Utc = "UTC";

    private static readonly IDateTimeZoneProvider Provider = DateTimeZoneProviders.Tzdb;

    private static readonly Dictionary<string, string> IdsIgnoringCase = BuildIdsIgnoringCase();

    private static readonly Dictionary<string, string> CountryById = BuildCountryById();

    private static readonly IReadOnlyList<TimeZoneEntry> Searchable = BuildSearchable();

    private static readonly IReadOnlyList<string> Common =
    [
        Utc,
        "America/New_York",
        "America/Chicago",
        "America/Denver",
        "America/Los_Angeles",
        "America/Sao_Paulo",
        "Europe/London",
        "Europe/Paris",
        "Europe/Berlin",
        "Africa/Lagos",
        "Asia/Kolkata",
        "Asia/Singapore",
        "Asia/Tokyo",
        "Australia/Sydney",
        "Pacific/Auckland",
    ];

    /// <summary>Finds a zone by its IANA id, ignoring case and surrounding spaces; "UTC" works too.</summary>
    public static bool TryFind(string? id, [NotNullWhen(true)] out DateTimeZone? zone)
    {
        zone = null;
        var trimmed = id?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return false;
        }

        if (string.Equals(trimmed, Utc, StringComparison.OrdinalIgnoreCase))
        {
            zone = DateTimeZone.Utc;
            return true;
        }

        if (!IdsIgnoringCase.TryGetValue(trimmed, out var exactId))
        {
            return false;
        }

        zone = Provider[exactId];
        return true;
    }

    /// <summary>
    /// Zones whose id, city (with '_' read as a space) or country contains <paramref name="query"/>, ignoring case:
    /// ids that start with it first, then cities that do, then the rest, each in id order. A blank query gives
    /// a short list of widely used zones. Never more than <paramref name="max"/>.
    /// </summary>
    public static IReadOnlyList<TimeZoneSuggestion> Search(string? query, int max = 25)
    {
        if (max <= 0)
        {
            return [];
        }

        var text = query?.Trim() ?? "";
        if (text.Length == 0)
        {
            return [.. Common.Take(max).Select(Suggest)];
        }

        return
        [
            .. Searchable
                .Select(entry => (entry.Id, Rank: entry.Rank(text)))
                .Where(match => match.Rank is not null)
                .OrderBy(match => match.Rank)
                .ThenBy(match => match.Id, StringComparer.Ordinal)
                .Take(max)
                .Select(match => Suggest(match.Id)),
        ];
    }

    private static TimeZoneSuggestion Suggest(string id)
    {
        var label = CountryById.TryGetValue(id, out var country) ? $"{id} ({country})" : id;
        return new TimeZoneSuggestion(id, label.Length <= MaxLabelLength ? label : id);
    }

    private static Dictionary<string, string> BuildIdsIgnoringCase()
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in Provider.Ids)
        {
            ids.TryAdd(id, id);
        }

        return ids;
    }

    private static Dictionary<string, string> BuildCountryById()
    {
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var location in TzdbDateTimeZoneSource.Default.ZoneLocations ?? [])
        {
            countries.TryAdd(location.ZoneId, location.CountryName);
        }

        return countries;
    }

    // Canonical ids and every id with a place in zone.tab; old aliases such as "US/Eastern" still work in TryFind.
    private static List<TimeZoneEntry> BuildSearchable()
    {
        var canonical = TzdbDateTimeZoneSource.Default.CanonicalIdMap;
        return
        [
            .. Provider.Ids
                .Where(id => CountryById.ContainsKey(id) || (canonical.TryGetValue(id, out var target) && target == id))
                .Append(Utc)
                .Distinct(StringComparer.Ordinal)
                .Select(id => new TimeZoneEntry(id, CityOf(id), CountryById.GetValueOrDefault(id))),
        ];
    }

    private static string CityOf(string id) => id[(id.LastIndexOf('/') + 1)..].Replace('_', ' ');

    private sealed record TimeZoneEntry(string Id, string City, string? Country)
    {
        public int? Rank(string query)
        {
            if (Id.StartsWith(query, StringComparison.OrdinalIgnoreCase))
            {
                return 0;
            }

            if (City.StartsWith(query, StringComparison.OrdinalIgnoreCase))
            {
                return 1;
            }

            var matches = Id.Contains(query, StringComparison.OrdinalIgnoreCase)
                || City.Contains(query, StringComparison.OrdinalIgnoreCase)
                || (Country?.Contains(query, StringComparison.OrdinalIgnoreCase) ?? false);
            return matches ? 2 : null;
        }
    }
}
