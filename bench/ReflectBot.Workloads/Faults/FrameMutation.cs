namespace ReflectBot.Workloads.Faults;

/// <summary>The ways the fuzzer spoils a valid gateway frame.</summary>
public enum FrameMutation
{
    /// <summary>A field somewhere in the payload is removed.</summary>
    RemoveField,

    /// <summary>A value somewhere in the payload becomes another JSON type.</summary>
    SwapType,

    /// <summary>A string somewhere in the payload becomes a megabyte long.</summary>
    HugeString,

    /// <summary>A value somewhere in the payload becomes arrays nested 10,000 deep.</summary>
    DeepNesting,

    /// <summary>The frame's text is cut off part-way (a raw frame).</summary>
    Truncate,

    /// <summary>Bytes that are not UTF-8 are spliced into the frame (a raw frame).</summary>
    InvalidUtf8,

    /// <summary>The opcode becomes one Discord never sends (a raw frame).</summary>
    UnknownOpcode,

    /// <summary>The dispatch's event name becomes one no handler knows.</summary>
    UnknownEvent,
}
