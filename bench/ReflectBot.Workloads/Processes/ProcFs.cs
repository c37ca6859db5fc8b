using System.Globalization;

namespace ReflectBot.Workloads.Processes;

/// <summary>Reads a process's resident memory and CPU time from /proc/&lt;pid&gt;/status and /proc/&lt;pid&gt;/stat.</summary>
internal static class ProcFs
{
    // USER_HZ: the unit of utime/stime in /proc/<pid>/stat. It is part of Linux's user-space ABI and 100 on every
    // architecture .NET runs on, whatever the kernel's internal tick rate.
    private const int ClockTicksPerSecond = 100;

    public static ProcessSample Read(int processId)
    {
        var status = File.ReadAllLines($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/status");
        var stat = File.ReadAllText($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/stat");
        return new ProcessSample(KilobytesField(status, "VmRSS:") * 1024, KilobytesField(status, "VmHWM:") * 1024, CpuTime(stat));
    }

    /// <summary>utime + stime (fields 14 and 15); the command name in field 2 may hold spaces, so fields count from its closing parenthesis.</summary>
    internal static TimeSpan CpuTime(string stat)
    {
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // fields[0] is field 3 (state), so field n is fields[n - 3].
        var ticks = long.Parse(fields[14 - 3], CultureInfo.InvariantCulture) + long.Parse(fields[15 - 3], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds((double)ticks / ClockTicksPerSecond);
    }

    internal static long KilobytesField(IEnumerable<string> statusLines, string name)
    {
        var line = statusLines.FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal));
        if (line is null)
        {
            return 0;
        }

        var value = line[name.Length..].Trim();
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        return long.Parse(space < 0 ? value : value[..space], CultureInfo.InvariantCulture);
    }
}
